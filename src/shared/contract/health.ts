// Health findings and the USB topology picture: what `logi-diag health --json` prints and what
// the Health panel shows.
import { z } from 'zod'
import { UsbSpeed } from './device'

export const Severity = z.enum(['error', 'warning', 'info'])
export type Severity = z.infer<typeof Severity>

export const Finding = z.object({
  /** Stable per problem and place, e.g. "link-speed:usb:1-2". */
  id: z.string(),
  /** The kind of check, e.g. "link-speed". */
  check: z.string(),
  severity: Severity,
  devices: z.array(z.string()),
  title: z.string(),
  detail: z.string(),
  /** Plain-language, actionable. */
  fix: z.string(),
  /** A library's own error text, for technical details and --json; never the main text. */
  technical: z.string().optional()
})
export type Finding = z.infer<typeof Finding>

export interface TopologyNode {
  id: string
  kind: 'host' | 'hub' | 'device'
  name: string
  speed: UsbSpeed | null
  /** Room device id when this node is a listed device. */
  deviceId: string | null
  /** Finding ids that concern the link into this node. */
  problems: string[]
  children: TopologyNode[]
}

export const TopologyNode: z.ZodType<TopologyNode> = z.lazy(() =>
  z.object({
    id: z.string(),
    kind: z.enum(['host', 'hub', 'device']),
    name: z.string(),
    speed: UsbSpeed.nullable(),
    deviceId: z.string().nullable(),
    problems: z.array(z.string()),
    children: z.array(TopologyNode)
  })
)

export const HealthReport = z.object({
  findings: z.array(Finding),
  /** One tree per USB bus that leads to a room device. */
  topology: z.array(TopologyNode),
  counts: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() })
})
export type HealthReport = z.infer<typeof HealthReport>
