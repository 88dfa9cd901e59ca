import type { Rng } from './prng'
import type { Template } from './templates'

// Held-out log formats. templates.ts was written alongside the engine and its rules were tuned
// on it; these sources were written separately, from the formats themselves, and none of them
// appears in templates.ts. Do not tune rules against this file: score on it
// (`npm run eval:privacy -- --templates heldout`, test/privacy/eval-heldout.test.ts).
// Each header carries the format's own timestamp (a keep item); `{x}` sits in a different
// syntactic spot per body, and `escape` says how the format escapes what is put there.

interface When {
  y: number
  mo: number
  d: number
  h: number
  mi: number
  s: number
  frac: string
}
const pad = (n: number, w = 2): string => String(n).padStart(w, '0')
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const when = (rng: Rng): When => ({
  y: rng.int(2023, 2025),
  mo: rng.int(1, 12),
  d: rng.int(1, 28),
  h: rng.int(0, 23),
  mi: rng.int(0, 59),
  s: rng.int(0, 59),
  frac: rng.digits(7)
})
const ymd = (w: When, sep = '-'): string => `${w.y}${sep}${pad(w.mo)}${sep}${pad(w.d)}`
const hms = (w: When): string => `${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}`
const epoch = (w: When): number => Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) / 1000
const guid = (rng: Rng): string => `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-a${rng.hex(3)}-${rng.hex(12)}`.toUpperCase()
const offset = (rng: Rng): string => rng.pick(['+0000', '+0100', '+0200', '-0500', '-0800', '+0530', '+0900'])

// Security 4624 as `wevtutil qe Security /f:xml` prints it: one event per line, attributes in
// single quotes. The service logon itself carries only well-known values.
const EVENT_4624_DATA: Array<[string, string]> = [
  ['SubjectUserSid', 'S-1-5-18'],
  ['SubjectUserName', 'MTR-RM4$'],
  ['SubjectDomainName', 'WORKGROUP'],
  ['SubjectLogonId', '0x3e7'],
  ['TargetUserSid', 'S-1-5-18'],
  ['TargetUserName', 'SYSTEM'],
  ['TargetDomainName', 'NT AUTHORITY'],
  ['TargetLogonId', '0x3e7'],
  ['LogonType', '5'],
  ['LogonProcessName', 'Advapi  '],
  ['AuthenticationPackageName', 'Negotiate'],
  ['WorkstationName', '-'],
  ['LogonGuid', '{00000000-0000-0000-0000-000000000000}'],
  ['TransmittedServices', '-'],
  ['LmPackageName', '-'],
  ['KeyLength', '0'],
  ['ProcessId', '0x2d4'],
  ['ProcessName', 'C:\\Windows\\System32\\services.exe'],
  ['IpAddress', '-'],
  ['IpPort', '-'],
  ['ImpersonationLevel', '%%1833'],
  ['RestrictedAdminMode', '-'],
  ['TargetOutboundUserName', '-'],
  ['TargetOutboundDomainName', '-'],
  ['VirtualAccount', '%%1843'],
  ['TargetLinkedLogonId', '0x0'],
  ['ElevatedLogonType', '%%1842']
]
const eventData = (slot?: string): string =>
  `<EventData>${EVENT_4624_DATA.map(([k, v]) => `<Data Name='${k}'>${k === slot ? '{x}' : v}</Data>`).join('')}</EventData></Event>`
const SYSTEM_TAIL = "<Execution ProcessID='704' ThreadID='7812'/><Channel>Security</Channel>"

export const HELDOUT_TEMPLATES: Template[] = [
  {
    source: 'win-event-xml',
    escape: 'xml',
    timestamp: /SystemTime='([^']+)'/,
    header: (rng) => {
      const w = when(rng)
      return `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-a5ba-3e3b0328c30d}'/><EventID>4624</EventID><Version>3</Version><Level>0</Level><Task>12544</Task><Opcode>0</Opcode><Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime='${ymd(w)}T${hms(w)}.${w.frac}Z'/><EventRecordID>${rng.int(100000, 9999999)}</EventRecordID><Correlation ActivityID='{${guid(rng)}}'/>{body}`
    },
    bodies: [
      `${SYSTEM_TAIL}<Computer>MTR-RM4</Computer><Security/></System>${eventData('TargetUserName')}`,
      `${SYSTEM_TAIL}<Computer>MTR-RM4</Computer><Security/></System>${eventData('WorkstationName')}`,
      `${SYSTEM_TAIL}<Computer>MTR-RM4</Computer><Security/></System>${eventData('IpAddress')}`,
      `${SYSTEM_TAIL}<Computer>{x}</Computer><Security/></System>${eventData()}`,
      `${SYSTEM_TAIL}<Computer>MTR-RM4</Computer><Security UserID='{x}'/></System>${eventData()}`
    ]
  },
  {
    // Start-Transcript of an admin script that stamps its own Write-Verbose/Write-Warning lines.
    source: 'powershell-transcript',
    header: (rng) => {
      const w = when(rng)
      return `${rng.pick(['VERBOSE:', 'WARNING:', 'VERBOSE:'])} [${w.mo}/${w.d}/${w.y} ${w.h % 12 || 12}:${pad(w.mi)}:${pad(w.s)} ${w.h < 12 ? 'AM' : 'PM'}]`
    },
    bodies: [
      "Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon' -Name DefaultUserName -Value '{x}'",
      'UserPrincipalName : {x}',
      'Performing the operation "Remove-Item" on target "{x}".',
      '@{RoomName=Board Room; Description={x}; Status=Online}',
      'Invoke-RestMethod : The remote server returned an error: (401) Unauthorized. ({x})'
    ]
  },
  {
    // setupapi.dev.log sub-operation lines: `<tag>: {<operation>} <time>`.
    source: 'setupapi-dev',
    header: (rng) => {
      const w = when(rng)
      return `     ${rng.pick(['dvi', 'ndv', 'sto', 'inf', 'dvi'])}: {{body}} ${hms(w)}.${w.frac.slice(0, 3)}`
    },
    bodies: [
      'Setup Import Driver Package: {x}',
      'Install Device - USB\\VID_046D&PID_0881\\{x}',
      'Core Device Install - BTHENUM\\{0000110b-0000-1000-8000-00805f9b34fb}_LOCALMFG&000f\\7&2a8b1c4f&0&{x}_C00000000',
      'Configure Driver Package: C:\\Windows\\System32\\DriverStore\\FileRepository\\logi_usb.inf_amd64_3f2a9c1d8e7b6a50\\logi_usb.inf; {x}'
    ]
  },
  {
    // Intune Management Extension (CMTrace format): the time trails the message.
    source: 'intune-ime',
    header: (rng) => {
      const w = when(rng)
      return `<![LOG[{body}]LOG]!><time="${hms(w)}.${w.frac}" date="${w.mo}-${w.d}-${w.y}" component="${rng.pick(['IntuneManagementExtension', 'AppWorkload', 'AgentExecutor'])}" context="" type="${rng.pick(['1', '1', '2', '3'])}" thread="${rng.int(1, 80)}" file="">`
    },
    bodies: [
      "[Win32App] ExecManager: processing targeted app (name='{x}', id='2f1c2a8e-6b4d-4e1f-9a0c-7d3e5b8f1a24') with intent=3",
      'After impersonation: {x}',
      '[Win32App][ReportingManager] Detection state changed, details: {x}.',
      '[Win32App] Received Install Command line = "{x}"'
    ]
  },
  {
    // macOS unified log, `log show` default and --style compact.
    source: 'macos-unified',
    timestamp: /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+(?:[+-]\d{4})?/,
    header: (rng) => {
      const w = when(rng)
      const [proc, lib, cat] = rng.pick([
        ['airportd', 'CoreWLAN', 'com.apple.wifi:scan'],
        ['zoom.us', 'CFNetwork', 'com.apple.CFNetwork:Default'],
        ['Microsoft Teams', 'libnetwork.dylib', 'com.apple.network:connection'],
        ['mDNSResponder', 'mDNSResponder', 'com.apple.mDNSResponder:Default']
      ] as const)
      const pid = rng.int(90, 4000)
      const tid = `0x${rng.hex(6).replace(/^0+/, '')}`
      return rng.chance(0.5)
        ? `${ymd(w)} ${hms(w)}.${w.frac.slice(0, 6)}${offset(rng)} ${tid.padEnd(10)} Default     0x0                  ${String(pid).padEnd(6)} 0    ${proc}: (${lib}) [${cat}]`
        : `${ymd(w)} ${hms(w)}.${w.frac.slice(0, 3)} Df ${proc}[${pid}:${tid.slice(2)}] (${lib}) [${cat}]`
    },
    bodies: [
      '[C42 {x} tcp, url hash: 5d0a83c1] start',
      'Task <6F1B2C3D-9E8A-4B7C-8D6E-5F4A3B2C1D0E>.<1> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 "The request timed out." UserInfo={NSErrorFailingURLStringKey={x}}',
      'Received configuration update ({x})',
      'Attempting to join network {x}',
      'Reachability changed: {x}'
    ]
  },
  {
    // journalctl -o json --output-fields=PRIORITY,SYSLOG_IDENTIFIER,MESSAGE,_PID,_SYSTEMD_UNIT
    source: 'journald-json',
    escape: 'json',
    timestamp: /"__REALTIME_TIMESTAMP":"(\d+)"/,
    header: (rng) => {
      const w = when(rng)
      return `{"__CURSOR":"s=${rng.hex(32)};i=${rng.hex(5)};b=${rng.hex(32)};m=${rng.hex(9)};t=${rng.hex(13)};x=${rng.hex(16)}","__REALTIME_TIMESTAMP":"${epoch(w)}${w.frac.slice(0, 6)}","__MONOTONIC_TIMESTAMP":"${rng.int(1e7, 9e10)}","_BOOT_ID":"${rng.hex(32)}","PRIORITY":"${rng.pick(['6', '6', '4', '3'])}",{body}`
    },
    bodies: [
      '"SYSLOG_IDENTIFIER":"NetworkManager","MESSAGE":"<info>  [1709634121.4411] device (wlp2s0): Activation: starting connection \'{x}\' (0c5a7f3e-2b1d-4c8e-9f6a-3d2e1b0c9a87)","_PID":"812","_SYSTEMD_UNIT":"NetworkManager.service"}',
      '"SYSLOG_IDENTIFIER":"sudo","MESSAGE":"pam_unix(sudo:session): session opened for user root(uid=0) by {x}(uid=1000)","_PID":"20931"}',
      '"SYSLOG_IDENTIFIER":"wpa_supplicant","MESSAGE":"wlp2s0: CTRL-EVENT-CONNECTED - Connection to {x} completed [id=0 id_str=]","_PID":"901","_SYSTEMD_UNIT":"wpa_supplicant.service"}',
      '"SYSLOG_IDENTIFIER":"logi-sync-agent","MESSAGE":"{x}","_PID":"1544","_SYSTEMD_UNIT":"logi-sync-agent.service"}'
    ]
  },
  {
    // NetworkManager through `journalctl -o short-iso-precise`.
    source: 'linux-networkmanager',
    header: (rng) => {
      const w = when(rng)
      const off = offset(rng)
      return `${ymd(w)}T${hms(w)}.${w.frac.slice(0, 6)}${off.slice(0, 3)}:${off.slice(3)} roomhub NetworkManager[${rng.int(500, 2000)}]: ${rng.pick(['<info> ', '<info> ', '<warn> '])} [${epoch(w)}.${w.frac.slice(0, 4)}]`
    },
    bodies: [
      "dhcp4 (wlp2s0): option domain_search        => '{x}'",
      "device (wlp2s0): Activation: (wifi) connection '{x}' has security, and secrets exist.  No new secrets needed.",
      'audit: op="connection-activate" uuid="0c5a7f3e-2b1d-4c8e-9f6a-3d2e1b0c9a87" name="{x}" pid=2231 uid=1000 result="success"',
      "policy: set '{x}' (wlp2s0) as default for IPv4 routing and DNS",
      'manager: NetworkManager state is now CONNECTED_GLOBAL; {x}'
    ]
  },
  {
    // Teams Rooms app log through .NET's JSON console formatter (System.Text.Json default encoder).
    source: 'teams-rooms-json',
    escape: 'json-ascii',
    header: (rng) => {
      const w = when(rng)
      return `{"Timestamp":"${ymd(w)}T${hms(w)}.${w.frac.slice(0, 3)}Z","EventId":${rng.pick([0, 0, 1001, 2003])},"LogLevel":"${rng.pick(['Information', 'Information', 'Warning', 'Error'])}","Category":"${rng.pick(['Microsoft.SkypeRoomSystem.Calendar', 'Microsoft.SkypeRoomSystem.Auth', 'Microsoft.SkypeRoomSystem.Devices', 'Microsoft.SkypeRoomSystem.Call'])}",{body}`
    },
    bodies: [
      '"Message":"{x}","State":{"Detail":"(see message)","{OriginalFormat}":"{Detail}"}}',
      '"Message":"Calendar item fetched","State":{"Subject":"{x}","{OriginalFormat}":"Calendar item fetched"}}',
      '"Message":"Sign-in state changed","Scopes":["{x}"]}',
      '"Message":"Peripheral health changed","State":{"Device":"Front of room display","Detail":"{x}","Healthy":false}}'
    ]
  },
  {
    // Zoom Rooms settings dump: key=value pairs, some quoted, some chained with `;`.
    source: 'zoom-rooms-config',
    timestamp: /^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d\.\d{3}/,
    header: (rng) => {
      const w = when(rng)
      return `${pad(w.mo)}/${pad(w.d)}/${w.y} ${hms(w)}.${w.frac.slice(0, 3)} ${rng.int(1000, 30000)} INFO [zRoomSettings]`
    },
    bodies: [
      'config: room_name={x}',
      'config: calendar_service=exchange;resource_account={x};sync_interval=300',
      'config: proxy_pac_url="{x}"',
      'config: display_name[0]={x},enabled=1'
    ]
  },
  {
    // CSV export (event viewer / portal exports): every cell quoted, quotes doubled.
    source: 'csv-export',
    escape: 'csv',
    header: (rng) => {
      const w = when(rng)
      const ts = rng.chance(0.5)
        ? `${w.mo}/${w.d}/${w.y} ${w.h % 12 || 12}:${pad(w.mi)}:${pad(w.s)} ${w.h < 12 ? 'AM' : 'PM'}`
        : `${ymd(w)} ${hms(w)}`
      return `"${ts}","${rng.pick(['Information', 'Warning', 'Error'])}",{body}`
    },
    bodies: [
      '"Microsoft-Windows-WLAN-AutoConfig","8001","{x}"',
      '"{x}","Logon","4624"',
      '"Board Room","Online","{x}"',
      '"Sync","Room inventory","Notes: {x}",""'
    ]
  },
  {
    // HTTP access log, combined format plus a trailing X-Forwarded-For field.
    source: 'http-access',
    escape: 'apache',
    timestamp: /\[([^\]]+)\]/,
    header: (rng) => {
      const w = when(rng)
      return `127.0.0.1 - - [${pad(w.d)}/${MONTHS[w.mo - 1]}/${w.y}:${hms(w)} ${offset(rng)}]`
    },
    bodies: [
      '"GET /api/rooms/{x} HTTP/1.1" 200 512 "-" "LogiSync/3.5.241"',
      '"POST /v1/telemetry HTTP/1.1" 204 0 "{x}" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"',
      '"GET /health HTTP/1.1" 200 17 "-" "Mozilla/5.0 ({x})"',
      '"GET /calendar?q={x} HTTP/1.1" 401 0 "-" "curl/8.4.0"',
      '"GET /status HTTP/1.1" 200 2 "-" "okhttp/4.12.0" "{x}"'
    ]
  },
  {
    // Chromium/Electron log (`--enable-logging`): [pid:tid:MMDD/HHMMSS.mmm:LEVEL:file(line)] message.
    source: 'chromium-log',
    timestamp: /:(\d{4}\/\d{6}\.\d{3}):/,
    header: (rng) => {
      const w = when(rng)
      return `[${rng.int(1000, 30000)}:${rng.int(1000, 30000)}:${pad(w.mo)}${pad(w.d)}/${pad(w.h)}${pad(w.mi)}${pad(w.s)}.${w.frac.slice(0, 3)}:{body}`
    },
    bodies: [
      'INFO:CONSOLE(2187)] "{x}", source: https://teams.microsoft.com/v2/ (2187)',
      'WARNING:cert_verify_proc_builtin.cc(1061)] CertVerifyProcBuiltin for {x} failed:',
      'INFO:CONSOLE(88)] "[AuthProvider] acquireToken succeeded [{x}]", source: file:///C:/Program%20Files/WindowsApps/MSTeams_24033.811.2738.2546_x64__8wekyb3d8bbwe/app.asar/main.js (88)',
      'VERBOSE1:network_delegate.cc(32)] NetworkDelegate::NotifyBeforeURLRequest: {x}'
    ]
  },
  {
    // Logitech Sync-style agent log: pino JSON lines, epoch-ms time.
    source: 'sync-agent-json',
    escape: 'json',
    header: (rng) => {
      const w = when(rng)
      return `{"level":${rng.pick([30, 30, 40, 50])},"time":${epoch(w)}${w.frac.slice(0, 3)},"pid":${rng.int(1000, 30000)},{body}`
    },
    bodies: [
      '"module":"device-manager","msg":"{x}"}',
      '"module":"provisioning","room":{"name":"Huddle 2","notes":"{x}"},"msg":"room updated"}',
      '"module":"cloud","err":{"type":"FetchError","message":"request to https://api.sync.logitech.com/v1/heartbeat failed, reason: {x}","code":"ECONNRESET"},"msg":"heartbeat failed"}',
      '"module":"updater","args":["--channel","stable","{x}"],"msg":"spawn"}'
    ]
  }
]
