import type { Rng } from './prng'

// Realistic line headers and bodies for the logs this app collects. `{x}` marks where
// fragments go. The header's timestamp is always a keep item.
export interface Template {
  source: string
  /**
   * Line start, then a space and the body; a header holding `{body}` takes the body there instead,
   * with no space (a trailing timestamp, a JSON/CSV/XML record).
   */
  header: (rng: Rng) => string
  bodies: string[]
  /** How the format escapes the text put at `{x}` (fragments, keep values and text probes alike). Default: none, JSON for `this-app`. */
  escape?: Escape
  /** Where the header's timestamp is, when the first date-like run of digits is something else (group 1 if it has one). */
  timestamp?: RegExp
}

/** json: JSON string; json-ascii: .NET System.Text.Json default encoder (non-ASCII and <>&'+"` as \uXXXX);
 *  xml: entities for & < > " '; csv: doubled quotes; apache: access-log escaping (\" \\ and \xhh for non-ASCII bytes). */
export type Escape = 'json' | 'json-ascii' | 'xml' | 'csv' | 'apache'

const pad = (n: number, w = 2): string => String(n).padStart(w, '0')
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const hms = (rng: Rng): string => `${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}`
const iso = (rng: Rng): string => `2024-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}T${hms(rng)}.${pad(rng.int(0, 999), 3)}Z`

export const TEMPLATES: Template[] = [
  {
    source: 'windows-cbs',
    header: (rng) => `2024-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))} ${hms(rng)}, Info                  CBS`,
    bodies: [
      'Loaded Servicing Stack v6.1.7601.23505 with Core: {x}',
      'Session: 30546354_3518407052 initialized by client WindowsUpdateAgent. {x}',
      'Failed to internally open package. {x} [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]',
      'Warning: Unrecognized packageExtended attribute. {x}'
    ]
  },
  {
    source: 'windows-event',
    header: (rng) => `${pad(rng.int(1, 12))}/${pad(rng.int(1, 28))}/2024 ${hms(rng)} Microsoft-Windows-Security-Auditing 4624`,
    bodies: [
      'An account was successfully logged on. {x}',
      'Logon Type: 10 Workstation Name: ROOM-PC01 {x}',
      'Process Information: {x} Elevated Token: Yes'
    ]
  },
  {
    source: 'macos-system',
    header: (rng) => `${rng.pick(MONTHS)} ${String(rng.int(1, 28)).padStart(2, ' ')} ${hms(rng)} rooms-mac kernel[0]:`,
    bodies: [
      'ARPT: 620.702 wl0: MDNS: IPV6 Addr: {x}',
      'AirPort: Link Up on en0 {x}',
      'com.apple.xpc.launchd[1] (com.apple.mdworker.shared): {x}',
      'Sandbox: zoom.us(482) deny(1) file-read-data {x}'
    ]
  },
  {
    source: 'linux-syslog',
    header: (rng) => `${rng.pick(MONTHS)} ${String(rng.int(1, 28)).padStart(2, ' ')} ${hms(rng)} roompc sshd[${rng.int(100, 32000)}]:`,
    bodies: [
      'Accepted publickey for svc {x}',
      'pam_unix(sshd:session): session opened {x}',
      'NetworkManager: <info> device (wlp2s0): {x}',
      'kernel: usb 3-1.2.3.4: new high-speed USB device number 5 {x}'
    ]
  },
  {
    source: 'zoom-rooms',
    header: (rng) => `[${iso(rng)}] [ZoomRooms] [INFO]`,
    bodies: ['MeetingMgr::OnJoin {x}', 'CalendarSync: next meeting {x}', 'ZRC paired controller {x}', 'network check: {x}']
  },
  {
    source: 'teams-rooms',
    header: (rng) => `${iso(rng)} [MTR] Info:`,
    bodies: ['SkypeSrv: call state changed {x}', 'Calendar event fetched {x}', 'Front-of-room display ready; {x}', 'AuthService: {x}']
  },
  {
    source: 'logi-sync',
    header: (rng) => `${iso(rng)} | INFO | LogiSync.Agent |`,
    bodies: ['Device inventory update: {x}', 'Cloud heartbeat {x}', 'Firmware check {x}', 'Room provisioning {x}']
  },
  {
    source: 'this-app',
    header: (rng) => `{"t":"${iso(rng)}","lvl":"info","mod":"diag",`,
    bodies: ['"msg":"health check","detail":"{x}"}', '"msg":"usb scan","detail":"{x}"}']
  }
]
