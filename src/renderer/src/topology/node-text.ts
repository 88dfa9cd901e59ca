// What each node and link of the USB picture says, on screen and to a screen reader.
import type { Finding, Severity, TopologyNode, UsbSpeed } from '../../../shared/contract'
import { GROUP_TITLE, SEVERITY_LABEL, SPEED_UNKNOWN } from '../../../shared/wording'
import { speedText } from '../ui/device-format'

export type SpeedClass = 'usb3' | 'usb2' | 'usb1' | 'unknown'

/** Colour and line weight of a link; the label always states the speed as well. */
export function speedClass(speed: UsbSpeed | null): SpeedClass {
  if (speed === 'super' || speed === 'super-plus') return 'usb3'
  if (speed === 'high') return 'usb2'
  if (speed === 'low' || speed === 'full') return 'usb1'
  return 'unknown'
}

/** "USB 2 · 480 Mbit/s" on the picture; "Link speed unknown" (the shared words) without one. */
export function linkLabel(speed: UsbSpeed | null): string {
  return speed ? speedText(speed) : SPEED_UNKNOWN[0]!.toUpperCase() + SPEED_UNKNOWN.slice(1)
}

/** The host bus kind: a root hub running at SuperSpeed is the controller's USB 3 bus. */
export function hostKind(node: TopologyNode): string {
  const c = speedClass(node.speed)
  return c === 'usb3' ? 'USB 3 bus' : c === 'usb2' ? 'USB 2 bus' : c === 'usb1' ? 'USB 1 bus' : 'USB bus'
}

// the same words as the Health screen's groups; one note is a Note
const SUBTITLE: Record<Severity, string> = { error: GROUP_TITLE.error, warning: GROUP_TITLE.warning, info: SEVERITY_LABEL.info }

/** Second line of a node box: what it is, or for a part, how it is doing. */
export function nodeSubtitle(node: TopologyNode, worst: Severity | null = null): string {
  if (node.kind === 'host') return `Computer · ${hostKind(node).replace(' bus', '')}`
  if (node.kind === 'hub') return worst ? `USB hub · ${SUBTITLE[worst]}` : 'USB hub'
  return worst ? SUBTITLE[worst] : 'No problems'
}

export interface NodeFindings {
  /** Findings about the link into this node (the core's `problems`). */
  link: Finding[]
  /** Other findings about the device at this node. */
  other: Finding[]
}

export function nodeFindings(node: TopologyNode, findings: readonly Finding[]): NodeFindings {
  const link = findings.filter((f) => node.problems.includes(f.id))
  const other = node.deviceId ? findings.filter((f) => !node.problems.includes(f.id) && f.devices.includes(node.deviceId as string)) : []
  return { link, other }
}

const count = (n: number, one: string): string => `${n} ${n === 1 ? one : `${one}s`}`

/** "Rally Camera, USB 2 480 Mbit/s link, 1 problem: Rally Camera is running at USB 2 speed" */
export function nodeAriaLabel(node: TopologyNode, f: NodeFindings): string {
  const kind = node.kind === 'hub' ? ' (USB hub)' : ''
  const head =
    node.kind === 'host'
      ? `${node.name}, the computer's ${hostKind(node)}`
      : `${node.name}${kind}, ${node.speed ? `${linkLabel(node.speed).replace(' · ', ' ')} link` : SPEED_UNKNOWN}`
  const link = f.link.length
    ? `${count(f.link.length, 'problem')}: ${f.link.map((x) => x.title).join('; ')}`
    : node.kind === 'host'
      ? ''
      : 'no problems'
  const other = f.other.length ? `also ${count(f.other.length, 'finding')}: ${f.other.map((x) => x.title).join('; ')}` : ''
  return [head, link, other].filter(Boolean).join(', ')
}
