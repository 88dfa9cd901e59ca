// How the screen names and orders the kinds of part the catalog uses ("camera", "table-hub", …).
// Only needed for parts that are missing: a present part carries its own catalog name. The kinds
// and their order are the contract's `PartKind`; every kind must have a label here.
import { PartKind } from '../contract/device'

const LABELS: Readonly<Record<PartKind, string>> = {
  bar: 'Video bar',
  camera: 'Camera',
  'table-hub': 'Table Hub',
  'hdmi-capture': 'HDMI Capture',
  capture: 'Capture',
  sensor: 'Controller',
  audio: 'Audio',
  speakerphone: 'Speakerphone',
  touch: 'Touch controller',
  display: 'Display',
  aux: 'Auxiliary function',
  hub: 'Hub',
  base: 'Base'
}

const KINDS: readonly string[] = PartKind.options
const isPartKind = (part: string): part is PartKind => KINDS.includes(part)

/** "table-hub" → "Table Hub"; unknown kinds are spelled out from their machine name. */
export function partLabel(part: string): string {
  if (isPartKind(part)) return LABELS[part]
  const words = part.split(/[-_\s]+/).filter(Boolean)
  if (words.length === 0) return 'Part'
  return words.map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ')
}

/** Physical order on a card (the order of `PartKind`); unknown kinds go last. */
export function partRank(part: string): number {
  return isPartKind(part) ? KINDS.indexOf(part) : KINDS.length
}
