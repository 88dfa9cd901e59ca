import type { Rng } from './prng'
import type { Template } from './templates'

// A second held-out set of line formats, written independently of the rules and of
// templates-heldout.ts: directory, identity, network gear, mail, printing, developer tooling,
// desktop clients and server frameworks, each imitated from the real format (header, field
// order, quoting). Do not tune rules against this file: score on it
// (`npm run eval:privacy -- --templates second`, test/privacy/eval-second.test.ts).
// Every header carries the format's own timestamp (a keep item, located by `timestamp`); `{x}`
// sits in a different syntactic spot per body, and `escape` says how the format escapes it.
// Formats whose escaping no `Escape` kind spells exactly are noted where they are defined.
// `{x}` is free text, never the value of a field whose name makes it personal (a user, account,
// display name, SSID, host or DN): everything in such a field is personal by the format's own
// word and goes whole, so keep values put there would measure nothing but the placement (and a key
// written twice, `user="x":"Name"`, is not a real log's shape).

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
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const when = (rng: Rng): When => ({
  y: rng.int(2023, 2025),
  mo: rng.int(1, 12),
  d: rng.int(1, 28),
  h: rng.int(0, 23),
  mi: rng.int(0, 59),
  s: rng.int(0, 59),
  frac: rng.digits(9)
})
const ymd = (w: When, sep = '-'): string => `${w.y}${sep}${pad(w.mo)}${sep}${pad(w.d)}`
const hms = (w: When): string => `${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}`
const mon = (w: When): string => MONTHS[w.mo - 1]!
const day = (w: When): string => DAYS[new Date(Date.UTC(w.y, w.mo - 1, w.d)).getUTCDay()]!
const epoch = (w: When): number => Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) / 1000
const h12 = (w: When): string => `${w.h % 12 || 12}:${pad(w.mi)}:${pad(w.s)} ${w.h < 12 ? 'AM' : 'PM'}`
const guid = (rng: Rng): string => `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-a${rng.hex(3)}-${rng.hex(12)}`
const offset = (rng: Rng): string => rng.pick(['+0000', '+0100', '+0200', '-0500', '-0800', '+0530', '+0900'])
const colonOffset = (o: string): string => `${o.slice(0, 3)}:${o.slice(3)}`

export const SECOND_TEMPLATES: Template[] = [
  {
    // `Get-WinEvent -LogName Application` default table view: TimeCreated, Id, LevelDisplayName, Message.
    source: 'win-getwinevent-table',
    timestamp: /^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d\d:\d\d [AP]M/,
    header: (rng) => {
      const w = when(rng)
      return `${w.mo}/${w.d}/${w.y} ${h12(w)}`.padEnd(30)
    },
    bodies: [
      ' 1000 Error            Faulting application name: MSTeams.exe, version: 24033.811.2738.2546, time stamp: 0x65c2f1a0 Faulting module name: {x}',
      '11707 Information      Product: Logi Tune -- Installation completed successfully. {x}',
      ' 1040 Information      Beginning a Windows Installer transaction: {x}. Client Process Id: 4312.',
      ' 6005 Warning          The winlogon notification subscriber <{x}> is taking long time to handle the notification event (Logon).',
      ' 1530 Warning          Windows detected your registry file is still in use by other applications or services. The file will be unloaded now. DETAIL - {x}'
    ]
  },
  {
    // WindowsUpdate.log as Get-WindowsUpdateLog decodes it: date, time with 7 fractional digits, PID, TID, component.
    source: 'windowsupdate-log',
    timestamp: /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\.\d{7}/,
    header: (rng) => {
      const w = when(rng)
      return `${ymd(w, '/')} ${hms(w)}.${w.frac.slice(0, 7)} ${String(rng.int(400, 9000)).padEnd(5)} ${String(rng.int(400, 19000)).padEnd(5)}`
    },
    bodies: [
      'Misc            Got WSUS Client/Server URL: {x}',
      'ComApi          * START *   Search ClientId = {x}',
      'SLS             Get response for service 855E8A7C-ECB4-4CA3-B045-1DFA50104289 - forceExpire[False] asyncRefreshOnExpiry[True] {x}',
      'DownloadManager Error 0x80072ee2 occurred while downloading update; notifying dependent calls. {x}',
      'Agent           Title = {x}'
    ]
  },
  {
    // DHCP server audit log (DhcpSrvLog-Day.log): unquoted CSV, the header line names the cells:
    // ID,Date,Time,Description,IP Address,Host Name,MAC Address,User Name, TransactionID, QResult,Probationtime,
    // CorrelationID,Dhcid,VendorClass(Hex),VendorClass(ASCII),UserClass(Hex),UserClass(ASCII),RelayAgentInformation,DnsRegError.
    source: 'dhcp-server-audit',
    timestamp: /^\d+,(\d\d\/\d\d\/\d\d,\d\d:\d\d:\d\d)/,
    header: (rng) => {
      const w = when(rng)
      return `${rng.pick(['10', '11', '13', '30', '31'])},${pad(w.mo)}/${pad(w.d)}/${pad(w.y % 100)},${hms(w)},{body}`
    },
    bodies: [
      'Assign,{x},,,,3271455816,0,,,,0x4D53465420352E30,MSFT 5.0,,,,0',
      'Renew,,{x},,,1940216733,0,,,,,,,,,0',
      'DNS Update Request,,,{x},,0,6,,,,,,,,,0',
      'NACK,,,,{x},0,6,,,,,,,,,0',
      'Assign,,,,,2213004871,0,,,,0x756468637020312E32382E34,{x},,,,0'
    ]
  },
  {
    // IIS W3C extended log, default fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port
    // cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken.
    source: 'iis-w3c',
    timestamp: /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/,
    header: (rng) => {
      const w = when(rng)
      return `${ymd(w)} ${hms(w)}`
    },
    bodies: [
      '127.0.0.1 GET /EWS/Exchange.asmx {x} 443 - 127.0.0.1 ExchangeServicesClient/15.20.7409.039 - 200 0 0 31',
      '127.0.0.1 GET /autodiscover/autodiscover.xml - 443 {x} 127.0.0.1 Microsoft+Office/16.0+(Windows+NT+10.0;+Microsoft+Outlook+16.0.17328;+Pro) - 401 1 2148074254 0',
      '127.0.0.1 POST /mapi/emsmdb/ - 443 - 127.0.0.1 {x} - 200 0 0 62',
      '127.0.0.1 GET /owa/ - 443 - 127.0.0.1 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) {x} 302 0 0 0',
      '127.0.0.1 GET /owa/{x} - 443 - 127.0.0.1 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 404 0 2 15'
    ]
  },
  {
    // Exchange message tracking log (MSGTRK*.LOG): CSV, cells with commas or quotes quoted and quotes doubled.
    source: 'exchange-msgtrk',
    escape: 'csv',
    timestamp: /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)/,
    header: (rng) => {
      const w = when(rng)
      return `${ymd(w)}T${hms(w)}.${w.frac.slice(0, 3)}Z,{body}`
    },
    bodies: [
      ',,,EX01,08DC43F1A2B3C4D5,,STOREDRIVER,DELIVER,12884901891,<AM0PR10MB1234.eurprd10.prod.outlook.com>,5f1c2a8e-6b4d-4e1f-9a0c-7d3e5b8f1a24,"{x}",,6839,1,,,Board review,,,,Originating,,,,S:Mailboxes=1,Email,5f1c2a8e-6b4d-4e1f-9a0c-7d3e5b8f1a24,15.02.1258.012',
      ',,,EX01,08DC43F1A2B3C4D5,,SMTP,RECEIVE,12884901892,<AM0PR10MB1235.eurprd10.prod.outlook.com>,6a2d3b9f-7c5e-4f20-8b1d-8e4f6c9a2b35,,,4211,1,,,"{x}",,,,Incoming,,,,,Email,6a2d3b9f-7c5e-4f20-8b1d-8e4f6c9a2b35,15.02.1258.012',
      ',,,EX01,,,ROUTING,FAIL,12884901893,<AM0PR10MB1236.eurprd10.prod.outlook.com>,7b3e4c0a-8d6f-4031-9c2e-9f5a7d0b3c46,,"550 5.1.1 RESOLVER.ADR.RecipNotFound; not found {x}",5120,1,,,Quarterly numbers,,,,Originating,,,,,Email,7b3e4c0a-8d6f-4031-9c2e-9f5a7d0b3c46,15.02.1258.012',
      ',,,EX01,,,AGENT,AGENTINFO,12884901894,<AM0PR10MB1237.eurprd10.prod.outlook.com>,8c4f5d1b-9e70-4142-ad3f-a06b8e1c4d57,,,3380,1,,,Room booking,,,,Originating,,,,"S:DeliveryPriority=Normal;S:AccountForest=contoso.local;{x}",Email,8c4f5d1b-9e70-4142-ad3f-a06b8e1c4d57,15.02.1258.012'
    ]
  },
  {
    // Entra ID (Azure AD) sign-in log, Graph `signIns` object as the portal's JSON download holds it, one per line.
    source: 'entra-signin-json',
    escape: 'json',
    timestamp: /"createdDateTime":"([^"]+)"/,
    header: (rng) => {
      const w = when(rng)
      return `{"id":"${guid(rng)}","createdDateTime":"${ymd(w)}T${hms(w)}Z",{body}`
    },
    bodies: [
      '"userDisplayName":"","userPrincipalName":"","userId":"","appId":"1fec8e78-bce4-4aaf-ab1b-5451cc387264","appDisplayName":"Microsoft Teams","clientAppUsed":"Mobile Apps and Desktop clients","conditionalAccessStatus":"notApplied","isInteractive":true,"riskDetail":"none","status":{"errorCode":0,"failureReason":"{x}","additionalDetails":null}}',
      '"userDisplayName":"","userPrincipalName":"","appId":"1fec8e78-bce4-4aaf-ab1b-5451cc387264","appDisplayName":"Microsoft Teams","clientAppUsed":"Mobile Apps and Desktop clients","conditionalAccessStatus":"success","isInteractive":false,"status":{"errorCode":0,"failureReason":"{x}","additionalDetails":null}}',
      '"appDisplayName":"Microsoft Teams Rooms","clientAppUsed":"Mobile Apps and Desktop clients","status":{"errorCode":50126,"failureReason":"Error validating credentials due to invalid username or password.","additionalDetails":"{x}"}}',
      '"appDisplayName":"Microsoft Teams Rooms","deviceDetail":{"deviceId":"","displayName":"","operatingSystem":"Windows10","browser":"Rich Client 4.61.1.0","isCompliant":true,"isManaged":true,"trustType":"Hybrid Azure AD joined"},"status":{"failureReason":"{x}"}}',
      '"appDisplayName":"Microsoft Teams Rooms","location":{"city":"{x}","state":"","countryOrRegion":"GB","geoCoordinates":{"altitude":null,"latitude":null,"longitude":null}}}'
    ]
  },
  {
    // Okta System Log API event (/api/v1/logs): actor, client, …, outcome, then `published`.
    source: 'okta-system-log',
    escape: 'json',
    timestamp: /"published":"([^"]+)"/,
    header: (rng) => {
      const w = when(rng)
      return `{{body},"published":"${ymd(w)}T${hms(w)}.${w.frac.slice(0, 3)}Z","securityContext":{"asNumber":null,"asOrg":null,"isp":null,"domain":null,"isProxy":null},"severity":"${rng.pick(['INFO', 'INFO', 'WARN'])}","legacyEventType":"core.user_auth.login_success","transaction":{"type":"WEB","id":"Zf${rng.alnum(20)}","detail":{}},"uuid":"${guid(rng)}","version":"0","request":{"ipChain":[]},"target":null}`
    },
    bodies: [
      '"actor":{"id":"00u1ab2cd3EF4gh5ij6k7","type":"User","alternateId":"{x}","displayName":"","detailEntry":null},"displayMessage":"User login to Okta","eventType":"user.session.start","outcome":{"result":"SUCCESS","reason":null}',
      '"actor":{"id":"00u1ab2cd3EF4gh5ij6k7","type":"User","alternateId":"unknown","displayName":"unknown","detailEntry":null},"displayMessage":"User login to Okta","eventType":"user.session.start","outcome":{"result":"FAILURE","reason":"{x}"}',
      '"actor":{"id":"00u1ab2cd3EF4gh5ij6k7","type":"User","alternateId":"unknown","displayName":"unknown","detailEntry":null},"displayMessage":"Authentication of user via MFA","eventType":"user.authentication.auth_via_mfa","outcome":{"result":"FAILURE","reason":"{x}"}',
      '"actor":{"id":"0oa1b2c3d4E5f6G7h8i9","type":"PublicClientApp","alternateId":"unknown","displayName":"Teams Rooms","detailEntry":null},"client":{"userAgent":{"rawUserAgent":"{x}","os":"Windows","browser":"UNKNOWN"},"zone":"null","device":"Computer"},"displayMessage":"OIDC access token is granted","eventType":"app.oauth2.as.token.grant.access_token","outcome":{"result":"SUCCESS","reason":null}',
      '"actor":{"id":"00u1ab2cd3EF4gh5ij6k7","type":"User","alternateId":"unknown","displayName":"unknown","detailEntry":null},"client":{"zone":"null","device":"Computer","ipAddress":"{x}"},"displayMessage":"User logout from Okta","eventType":"user.session.end","outcome":{"result":"SUCCESS","reason":null}'
    ]
  },
  {
    // Cisco ASA syslog with `logging timestamp` and no device id.
    source: 'cisco-asa',
    timestamp: /^[A-Z][a-z]{2} \d\d \d{4} \d\d:\d\d:\d\d/,
    header: (rng) => {
      const w = when(rng)
      return `${mon(w)} ${pad(w.d)} ${w.y} ${hms(w)}:`
    },
    bodies: [
      '%ASA-6-302013: Built inbound TCP connection 88123 for outside:{x} to inside:rooms-gw/443 (rooms-gw/443)',
      '%ASA-4-106023: Deny tcp src outside:203.0.113.5/51234 dst inside:10.10.4.20/443 by access-group "OUTSIDE_IN" [0x0, 0x0] {x}',
      '%ASA-4-722051: Group <GroupPolicy_AnyConnect> User <{x}> IP <0.0.0.0> IPv4 Address <0.0.0.0> IPv6 address <::> assigned to session',
      "%ASA-5-111008: User 'enable_15' executed the '{x}' command.",
      '%ASA-6-605005: Login permitted from {x} to management:mgmt/https for user "svc-rooms"'
    ]
  },
  {
    // Cisco Meraki syslog (RFC 5424 framing, epoch seconds with nanoseconds, device name, category).
    source: 'meraki-syslog',
    timestamp: /^<\d+>1 (\d{10}\.\d{9})/,
    header: (rng) => {
      const w = when(rng)
      return `<134>1 ${epoch(w)}.${w.frac} ${rng.pick(['MR46_Board', 'MR36_Lobby', 'MX68_HQ', 'MS120_3F'])}`
    },
    bodies: [
      "events type=8021x_eap_success radio='1' vap='1' client_mac='{x}' aid='1384527'",
      "events type=8021x_eap_failure radio='0' vap='2' client_mac='' identity='{x}' aid='12'",
      'urls src={x} request: GET https://api.sync.logitech.com/v1/heartbeat',
      'flows allow src={x} protocol=udp sport=50012 dport=3478',
      "events type=splash_auth ip='{x}' duration='3600' vap='2' download='5242880bps' upload='5242880bps'"
    ]
  },
  {
    // UniFi Network application server.log: bracketed ISO time with comma-ms, thread, level, logger.
    source: 'unifi-server',
    timestamp: /^\[([^\]]+)\]/,
    header: (rng) => {
      const w = when(rng)
      return `[${ymd(w)}T${hms(w)},${w.frac.slice(0, 3)}]`
    },
    bodies: [
      '<inform-9> INFO  event  - [event] {x} has connected to AP[Board-AP] on "channel 44(na)"',
      "<webapi-12> INFO  api    - login failed for admin '{x}'",
      '<inform-3> WARN  inform - unknown device[{x}] tried to inform',
      '<discover-1> INFO  dev    - adopting device[{x}] model=U6LR',
      '<db-server> INFO  db     - {x}'
    ]
  },
  {
    // Aruba Mobility Controller syslog: month day time year, controller, process[pid], <msgid> <level>.
    source: 'aruba-controller',
    timestamp: /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}/,
    header: (rng) => {
      const w = when(rng)
      return `${mon(w)} ${String(w.d).padStart(2, ' ')} ${hms(w)} ${w.y} aruba-mc01`
    },
    bodies: [
      'authmgr[4321]: <522008> <NOTI> |authmgr|  User Authentication Successful: {x} role=employee VLAN=20 AP=AP-3F-Board SSID=Corp AAA profile=corp_aaa auth method=802.1x auth server=NPS01',
      'stm[3456]: <501093> <NOTI> |AP AP-3F-Board stm|  Auth success: {x}: AP AP-3F-Board',
      'authmgr[4321]: <522038> <INFO> |authmgr|  {x} Authentication result=Authentication Successful(0), method=802.1x, server=NPS01',
      'stm[3456]: <501080> <NOTI> |AP AP-3F-Board stm|  Deauth to sta: {x}: Ageout AP AP-3F-Board Sta has left and is deauthenticated',
      'sapd[2121]: <404400> <NOTI> |AP AP-3F-Board sapd|  AM: SSID Deauth: Station {x} deauthenticated'
    ]
  },
  {
    // wpa_supplicant -t debug output: SSIDs go through printf_encode (\" \\ and \xhh for other bytes).
    source: 'wpa-supplicant',
    escape: 'apache',
    timestamp: /^(\d{10}\.\d{6}):/,
    header: (rng) => {
      const w = when(rng)
      return `${epoch(w)}.${w.frac.slice(0, 6)}:`
    },
    bodies: [
      'wlan0: Trying to associate with {x}',
      'wlan0: CTRL-EVENT-SSID-TEMP-DISABLED id=0 auth_failures=1 duration=10 reason=WRONG_KEY {x}',
      'wlan0: CTRL-EVENT-SSID-REENABLED id=1 {x}',
      'wlan0:    selected BSS {x}'
    ]
  },
  {
    // OpenWrt `logread`: full date with weekday and year, facility.level, then the daemon.
    source: 'openwrt-dnsmasq',
    timestamp: /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}/,
    header: (rng) => {
      const w = when(rng)
      return `${day(w)} ${mon(w)} ${String(w.d).padStart(2, ' ')} ${hms(w)} ${w.y}`
    },
    bodies: [
      'daemon.info dnsmasq[2131]: query[A] {x} from 127.0.0.1',
      'daemon.info dnsmasq-dhcp[2131]: DHCPACK(br-lan) {x}',
      'daemon.info dnsmasq[2131]: reply {x} is <CNAME>',
      'daemon.info dnsmasq-dhcp[2131]: DHCPREQUEST(br-lan) {x}',
      'daemon.warn dnsmasq[2131]: possible DNS-rebind attack detected: {x}'
    ]
  },
  {
    // systemd-resolved through `journalctl -o short-iso`.
    source: 'systemd-resolved',
    timestamp: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}/,
    header: (rng) => {
      const w = when(rng)
      return `${ymd(w)}T${hms(w)}${offset(rng)} roomhub systemd-resolved[${rng.int(300, 900)}]:`
    },
    bodies: [
      'Using degraded feature set UDP instead of UDP+EDNS0 for DNS server {x}.',
      'Switching to DNS server {x} for interface wlp2s0.',
      'wlp2s0: Bus client set search domain list to: {x}',
      'Transaction 48213 for <{x} IN A> scope dns on wlp2s0/* now complete with <failure> from network (unsigned).'
    ]
  },
  {
    // CUPS error_log: level letter, [dd/Mon/yyyy:HH:MM:SS zone], then the job or client.
    source: 'cups-error-log',
    timestamp: /\[(\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d [+-]\d{4})\]/,
    header: (rng) => {
      const w = when(rng)
      return `${rng.pick(['I', 'I', 'E', 'W', 'D'])} [${pad(w.d)}/${mon(w)}/${w.y}:${hms(w)} ${offset(rng)}]`
    },
    bodies: [
      '[Job 42] Queued on "BoardRoom_MFP" by "{x}".',
      '[Client 17] Returning IPP client-error-not-found for Get-Printer-Attributes (ipp://localhost/printers/{x}) from localhost.',
      '[Job 42] argv[3]="{x}"',
      '[Client 17] pam_authenticate() returned 7 (Authentication failure) {x}'
    ]
  },
  {
    // Chrome net-export (netlog) event: sorted keys, params first, times in ms as strings.
    source: 'chrome-netlog',
    escape: 'json',
    timestamp: /"time":"(\d+)"/,
    header: (rng) => {
      const start = rng.int(1_000_000, 90_000_000)
      return `{"params":{body},"phase":${rng.pick([0, 1, 2])},"source":{"id":${rng.int(10, 99999)},"start_time":"${start}","type":${rng.pick([1, 2, 9])}},"time":"${start + rng.int(0, 5000)}","type":${rng.int(2, 480)}},`
    },
    bodies: [
      '{"load_flags":0,"method":"GET","network_isolation_key":"https://microsoft.com https://microsoft.com","priority":"HIGHEST","url":"{x}"}',
      '{"allow_cached_response":true,"dns_query_type":0,"host":"teams.microsoft.com","is_speculative":false,"network_anonymization_key":"https://microsoft.com","secure_dns_policy":0,"description":"{x}"}',
      '{"exclusive":true,"fin":true,"has_priority":true,"headers":[":method: GET",":authority: teams.microsoft.com",":scheme: https",":path: {x}","user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64)"],"parent_stream_id":0,"stream_id":7,"weight":256}',
      '{"headers":["HTTP/1.1 302 Found","location: {x}","content-length: 0"]}',
      '{"results":{"address_list":["{x}"],"aliases":[]}}'
    ]
  },
  {
    // electron-log default file format: [date time.ms] [level] (scope) text.
    source: 'electron-log',
    timestamp: /^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})\]/,
    header: (rng) => {
      const w = when(rng)
      return `[${ymd(w)} ${hms(w)}.${w.frac.slice(0, 3)}] [${rng.pick(['info', 'info', 'warn', 'error', 'debug'])}]`
    },
    bodies: [
      'Checking for update from {x}',
      '(auth) signed in: {x}',
      'IPC settings:get -> {x}',
      '(usb) device list changed: {x}',
      'Error: connect ECONNREFUSED 127.0.0.1:9222 {x}'
    ]
  },
  {
    // A macOS app's stderr through NSLog (zoom_stdout_stderr.log): date time.ms process[pid:tid].
    source: 'macos-nslog',
    timestamp: /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}/,
    header: (rng) => {
      const w = when(rng)
      return `${ymd(w)} ${hms(w)}.${w.frac.slice(0, 3)} zoom.us[${rng.int(300, 9000)}:${rng.int(10000, 999999)}]`
    },
    bodies: [
      '[CZPWebView] load url: {x}',
      '-[ZMAccountManager onLoginResult:] login succeeded for {x}',
      'CoreAudio default input changed: {x}',
      "*** Terminating app due to uncaught exception 'NSInvalidArgumentException', reason: '{x}'"
    ]
  },
  {
    // Teams (classic) logs.txt: JavaScript Date#toString, <pid>, -- level --.
    source: 'teams-classic-logs',
    timestamp: /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d\d \d{4} \d\d:\d\d:\d\d GMT[+-]\d{4}/,
    header: (rng) => {
      const w = when(rng)
      const [off, zone] = rng.pick([
        ['+0100', 'Central European Standard Time'],
        ['+0000', 'Greenwich Mean Time'],
        ['-0500', 'Eastern Standard Time'],
        ['+0530', 'India Standard Time']
      ] as const)
      return `${day(w)} ${mon(w)} ${pad(w.d)} ${w.y} ${hms(w)} GMT${off} (${zone}) <${rng.int(1000, 30000)}> -- ${rng.pick(['info', 'info', 'warning', 'event'])} --`
    },
    bodies: [
      'AuthenticationService: acquireToken for resource https://api.spaces.skype.com with login hint {x}',
      'Navigating to {x}',
      'CallingService: call state changed to Connected for {x}',
      'Telemetry: event=desktop_sso_token_acquired, {x}'
    ]
  },
  {
    // Slack desktop log: [MM/DD/YY, HH:MM:SS:mmm] level: message.
    source: 'slack-desktop',
    timestamp: /^\[(\d\d\/\d\d\/\d\d, \d\d:\d\d:\d\d:\d{3})\]/,
    header: (rng) => {
      const w = when(rng)
      return `[${pad(w.mo)}/${pad(w.d)}/${pad(w.y % 100)}, ${hms(w)}:${w.frac.slice(0, 3)}] ${rng.pick(['info', 'info', 'warn', 'error'])}:`
    },
    bodies: [
      'Store: UPDATE_SETTINGS {x}',
      '[DOWNLOAD-MANAGER] Download finished: {x}',
      '[NOTIFICATIONS] Notification from {x}',
      'webapp: Navigating to {x}'
    ]
  },
  {
    // GIT_TRACE=1 GIT_CURL_VERBOSE=1: time of day with µs, source file:line padded, then the trace.
    source: 'git-trace',
    timestamp: /^(\d\d:\d\d:\d\d\.\d{6})/,
    header: (rng) => {
      const w = when(rng)
      return `${hms(w)}.${w.frac.slice(0, 6)}`
    },
    bodies: [
      'http.c:845              == Info: {x}',
      'http.c:756              => Send header: {x}',
      'http.c:806              <= Recv header: {x}',
      'git.c:463               trace: built-in: git clone {x}'
    ]
  },
  {
    // curl -v --trace-time: time of day with µs, then curl's own prefix (*, >, <).
    source: 'curl-trace-time',
    timestamp: /^(\d\d:\d\d:\d\d\.\d{6})/,
    header: (rng) => {
      const w = when(rng)
      return `${hms(w)}.${w.frac.slice(0, 6)}`
    },
    bodies: ['> {x}', '< {x}', '*   Trying {x}...', '* Connected to {x} port 443', '*  SSL certificate verify ok. {x}']
  },
  {
    // nginx error_log: date time [level] pid#tid: *connection message, client/server/request/host trailer.
    source: 'nginx-error',
    timestamp: /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d/,
    header: (rng) => {
      const w = when(rng)
      const pid = rng.int(100, 9999)
      return `${ymd(w, '/')} ${hms(w)} [${rng.pick(['error', 'error', 'warn', 'crit'])}] ${pid}#${pid}: *${rng.int(1, 99999)}`
    },
    bodies: [
      'connect() failed (111: Connection refused) while connecting to upstream, client: {x}, server: _, request: "GET /api/v1/rooms HTTP/1.1", upstream: "http://127.0.0.1:8080/api/v1/rooms", host: "localhost"',
      'open() "/usr/share/nginx/html/{x}" failed (2: No such file or directory), client: 127.0.0.1, server: localhost, request: "GET /favicon.ico HTTP/1.1", host: "localhost"',
      'upstream timed out (110: Connection timed out) while reading response header from upstream, client: 127.0.0.1, server: _, request: "{x}", upstream: "http://127.0.0.1:8080/", host: "localhost"',
      'client sent invalid request while reading client request line, client: 127.0.0.1, server: _, request: "{x}"',
      'directory index of "/srv/diag/" is forbidden, client: 127.0.0.1, server: _, request: "GET /diag/ HTTP/1.1", host: "localhost", referrer: "{x}"'
    ]
  },
  {
    // Docker json-file logging driver: one JSON object per line, the line in `log` with its newline.
    source: 'docker-json-file',
    escape: 'json',
    timestamp: /"time":"([^"]+)"/,
    header: (rng) => {
      const w = when(rng)
      return `{"log":"{body}\\n","stream":"${rng.pick(['stdout', 'stderr'])}","time":"${ymd(w)}T${hms(w)}.${w.frac}Z"}`
    },
    bodies: ['{x}', '[sync-agent] heartbeat failed: {x}', 'level=info msg=connected peer={x}', 'Error: getaddrinfo ENOTFOUND {x}']
  },
  {
    // Kubernetes klog structured lines: Lmmdd hh:mm:ss.uuuuuu tid file:line] "msg" key="value" (Go %q quoting).
    source: 'k8s-klog',
    escape: 'json',
    timestamp: /^[IWEF](\d{4} \d\d:\d\d:\d\d\.\d{6})/,
    header: (rng) => {
      const w = when(rng)
      return `${rng.pick(['I', 'I', 'W', 'E'])}${pad(w.mo)}${pad(w.d)} ${hms(w)}.${w.frac.slice(0, 6)} ${String(rng.int(1, 99999)).padStart(7)}`
    },
    bodies: [
      'kubelet.go:2457] "SyncLoop ADD" source="api" pods=["{x}"]',
      'event.go:389] "Event occurred" object="rooms/agent-7d9f" fieldPath="" kind="Pod" apiVersion="v1" type="Warning" reason="Failed" message="{x}"',
      'httplog.go:132] "HTTP" verb="GET" URI="{x}" latency="3.104ms" userAgent="kube-probe/1.29" audit-ID="" srcIP="127.0.0.1:51544" resp=200',
      'controller.go:116] "Observed a panic" panic="{x}"'
    ]
  },
  {
    // log4j2 `%d{ISO8601} [%t] %-5level %logger{36} %X - %msg%n`: the MDC map printed as {k=v, k=v}.
    source: 'log4j2-mdc',
    timestamp: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d,\d{3}/,
    header: (rng) => {
      const w = when(rng)
      return `${ymd(w)}T${hms(w)},${w.frac.slice(0, 3)} [${rng.pick(['http-nio-8080-exec-3', 'main', 'scheduling-1', 'ForkJoinPool.commonPool-worker-2'])}] ${rng.pick(['INFO ', 'INFO ', 'WARN ', 'ERROR'])} ${rng.pick(['c.l.r.CalendarSyncService', 'c.l.r.web.RoomController', 'o.s.web.client.RestTemplate'])}`
    },
    bodies: [
      '{requestId=3f2a9c1d, tenant=contoso} - Calendar sync started: {x}',
      '{requestId=3f2a9c1d, tenant=contoso} - Booking created for {x}',
      '{} - I/O error on GET request: java.net.UnknownHostException: {x}',
      '{requestId=7e1b04aa} - Login failed: {x}'
    ]
  },
  {
    // Python logging `%(asctime)s %(levelname)-8s [%(name)s] %(message)s`, with `extra` fields in the message.
    source: 'python-logging',
    timestamp: /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}/,
    header: (rng) => {
      const w = when(rng)
      return `${ymd(w)} ${hms(w)},${w.frac.slice(0, 3)} ${rng.pick(['INFO', 'WARNING', 'ERROR', 'DEBUG']).padEnd(8)} [${rng.pick(['roomsvc.calendar', 'roomsvc.auth', 'urllib3.connectionpool'])}]`
    },
    bodies: [
      'calendar sync failed room=Huddle-2: {x}',
      "request finished: {x} extra={'status': 200}",
      "HTTPSConnectionPool(host='graph.microsoft.com', port=443): Max retries exceeded with url: {x}",
      'Sending notification to {x}'
    ]
  },
  {
    // logrus JSONFormatter: keys sorted (Go map marshalling), `time` last. Go also writes < > & as
    // \u003c \u003e \u0026, which no Escape kind spells; `json` is the nearest.
    source: 'logrus-json',
    escape: 'json',
    timestamp: /"time":"([^"]+)"/,
    header: (rng) => {
      const w = when(rng)
      return `{{body},"time":"${ymd(w)}T${hms(w)}${colonOffset(offset(rng))}"}`
    },
    bodies: [
      '"component":"provision","level":"info","msg":"{x}"',
      '"component":"calendar","error":"{x}","level":"error","msg":"sync failed"',
      '"level":"warning","msg":"retrying","room":"Huddle 2","url":"{x}"',
      '"error":"{x}","level":"info","msg":"token refresh failed"'
    ]
  },
  {
    // Serilog compact JSON (CLEF): @t, @mt/@m, @l, @x, then the properties. Its encoder escapes only " \ and controls.
    source: 'serilog-clef',
    escape: 'json',
    timestamp: /"@t":"([^"]+)"/,
    header: (rng) => {
      const w = when(rng)
      return `{"@t":"${ymd(w)}T${hms(w)}.${w.frac.slice(0, 7)}Z",{body}`
    },
    bodies: [
      '"@mt":"Device {DeviceName} connected: {Reason}","DeviceName":"Rally Bar","Reason":"{x}","SourceContext":"Logi.Sync.Devices"}',
      '"@mt":"Calendar fetch failed","@l":"Error","@x":"System.Net.Http.HttpRequestException: {x}\\r\\n   at Logi.Sync.Calendar.GraphClient.GetAsync()","SourceContext":"Logi.Sync.Calendar"}',
      '"@m":"Sign-in failed: {x}","@i":"1a2b3c4d","SourceContext":"Logi.Sync.Auth"}',
      '"@mt":"Proxy configured {@Proxy}","Proxy":{"Address":"","BypassOnLocal":true,"Error":"{x}"},"SourceContext":"Logi.Sync.Net"}'
    ]
  },
  {
    // macOS `log show --style ndjson`: eventMessage early, timestamp in the middle, `/` written as `\/`.
    source: 'macos-log-ndjson',
    escape: 'json',
    timestamp: /"timestamp":"([^"]+)"/,
    header: (rng) => {
      const w = when(rng)
      const [sub, cat] = rng.pick([
        ['com.apple.network', 'connection'],
        ['com.apple.securityd', 'keychain'],
        ['us.zoom.xos', 'default'],
        ['com.apple.network', 'boringssl']
      ] as const)
      const uuid = (): string => guid(rng).toUpperCase()
      return `{"traceID":${rng.int(1e6, 9e9)},"eventMessage":"{body}","eventType":"logEvent","source":null,"formatString":"%{public}s","activityIdentifier":0,"subsystem":"${sub}","category":"${cat}","threadID":${rng.int(1e5, 9e6)},"senderImageUUID":"${uuid()}","backtrace":{"frames":[{"imageOffset":${rng.int(1e4, 9e6)},"imageUUID":"${uuid()}"}]},"bootUUID":"","processImagePath":"\\/Applications\\/zoom.us.app\\/Contents\\/MacOS\\/zoom.us","timestamp":"${ymd(w)} ${hms(w)}.${w.frac.slice(0, 6)}${offset(rng)}","senderImagePath":"\\/usr\\/lib\\/libnetwork.dylib","machTimestamp":${rng.int(1e9, 9e12)},"messageType":"Default","processImageUUID":"${uuid()}","processID":${rng.int(300, 9000)},"senderProgramCounter":${rng.int(1e4, 9e6)},"parentActivityIdentifier":0,"timezoneName":""}`
    },
    bodies: [
      'nw_endpoint_handler_set_adaptive_write_handler [C4.1.1 {x} ready channel-flow (satisfied (Path is satisfied), viable, interface: en0, ipv4, dns)] unregister notification for write_timeout failed',
      'Keychain item lookup returned -25300: {x}',
      'boringssl_context_info_handler(2069) [C12.1.1:2][0x7f9c0e80] Client handshake done {x}',
      'Sign-in state changed: {x}'
    ]
  },
  {
    // OpenLDAP slapd through rsyslog's RFC 3339 high-precision template.
    source: 'openldap-slapd',
    timestamp: /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}[+-]\d\d:\d\d)/,
    header: (rng) => {
      const w = when(rng)
      return `${ymd(w)}T${hms(w)}.${w.frac.slice(0, 6)}${colonOffset(offset(rng))} ldap01 slapd[${rng.int(300, 9000)}]:`
    },
    bodies: [
      'conn=1042 op=0 BIND dn="" method=128 {x}',
      'conn=1042 op=1 SRCH base="ou=People,dc=contoso,dc=com" scope=2 deref=0 filter="(&(objectClass=inetOrgPerson)(mail={x}))"',
      'conn=1042 fd=14 ACCEPT from IP={x} (IP=0.0.0.0:636)',
      'conn=1042 op=1 RESULT tag=97 err=49 qtime=0.000012 etime=0.001234 text={x}',
      'conn=1042 op=2 MOD attr=description {x}'
    ]
  },
  {
    // RFC 5322 Received header (Postfix, Exchange, Exim): the date trails after the last `;`.
    source: 'mail-received',
    timestamp: /; ([A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d [+-]\d{4})$/,
    header: (rng) => {
      const w = when(rng)
      return `Received: {body}; ${day(w)}, ${w.d} ${mon(w)} ${w.y} ${hms(w)} ${offset(rng)}`
    },
    bodies: [
      'from {x} by mx01.contoso.com (Postfix) with ESMTPS id 4TwXyZ1k2Lz9rx8',
      'from {x} (::1) by EX01.contoso.local (::1) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1258.12',
      'by mx01.contoso.com (Postfix, from userid 1000) id 4TwXyZ1k2Lz9rx8 for <{x}>',
      'from [{x}] (helo=roompc) by smtp.contoso.com with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) id 1rkXyZ-0001Ab-2C'
    ]
  },
  {
    // NPS accounting in DTS-compliant (XML) format: one <Event> per line, typed elements.
    source: 'nps-dts-xml',
    escape: 'xml',
    timestamp: /<Timestamp data_type="4">([^<]+)</,
    header: (rng) => {
      const w = when(rng)
      return `<Event><Timestamp data_type="4">${pad(w.mo)}/${pad(w.d)}/${w.y} ${hms(w)}.${w.frac.slice(0, 3)}</Timestamp><Computer-Name data_type="1">NPS01</Computer-Name><Event-Source data_type="1">IAS</Event-Source>{body}</Event>`
    },
    bodies: [
      '<User-Name data_type="1">{x}</User-Name><NAS-Port-Type data_type="0">19</NAS-Port-Type><Client-Friendly-Name data_type="1">AP-3F-Board</Client-Friendly-Name><Packet-Type data_type="0">1</Packet-Type><Reason-Code data_type="0">0</Reason-Code>',
      '<Calling-Station-Id data_type="1">{x}</Calling-Station-Id><Client-Friendly-Name data_type="1">AP-3F-Board</Client-Friendly-Name><Packet-Type data_type="0">3</Packet-Type><Reason-Code data_type="0">16</Reason-Code>',
      '<Called-Station-Id data_type="1">{x}</Called-Station-Id><NAS-Port-Type data_type="0">19</NAS-Port-Type><Packet-Type data_type="0">2</Packet-Type><Reason-Code data_type="0">0</Reason-Code>',
      '<SAM-Account-Name data_type="1">{x}</SAM-Account-Name><Authentication-Type data_type="0">11</Authentication-Type><Packet-Type data_type="0">2</Packet-Type><Reason-Code data_type="0">0</Reason-Code>',
      '<Client-IP-Address data_type="3">{x}</Client-IP-Address><Client-Vendor data_type="0">0</Client-Vendor><Packet-Type data_type="0">1</Packet-Type><Reason-Code data_type="0">0</Reason-Code>'
    ]
  },
  {
    // FreeRADIUS radius.log: ctime-style date, ` : Auth: (request) …`.
    source: 'freeradius-log',
    timestamp: /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}/,
    header: (rng) => {
      const w = when(rng)
      return `${day(w)} ${mon(w)} ${String(w.d).padStart(2, ' ')} ${hms(w)} ${w.y} :`
    },
    bodies: [
      'Auth: (1234) Login OK: [{x}] (from client ap-3f-board port 0 via TLS tunnel)',
      'Auth: (1235) Login incorrect (mschap: MS-CHAP2-Response is incorrect): [{x}] (from client ap-3f-board port 0 via TLS tunnel)',
      'Auth: (1236) Login OK: [rooms-svc] (from client ap-3f-board port 0 cli {x})',
      'Error: (1237) eap_peap: ERROR: TLS Alert read:fatal:unknown CA {x}'
    ]
  },
  {
    // Postfix through classic syslog: queue id, then to=<>, from=<>, relay=host[ip]:port.
    source: 'postfix-maillog',
    timestamp: /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d/,
    header: (rng) => {
      const w = when(rng)
      return `${mon(w)} ${String(w.d).padStart(2, ' ')} ${hms(w)} mx01`
    },
    bodies: [
      'postfix/smtpd[1877]: connect from {x}',
      'postfix/cleanup[1880]: 4TwXyZ1k2Lz9rx8: message-id=<{x}>',
      'postfix/qmgr[912]: 4TwXyZ1k2Lz9rx8: from=<{x}>, size=4211, nrcpt=1 (queue active)',
      'postfix/smtp[2211]: 4TwXyZ1k2Lz9rx8: to=<{x}>, relay=none, delay=0.12, delays=0.01/0/0.1/0, dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=example.invalid type=A: Host not found)',
      'postfix/smtpd[1877]: NOQUEUE: reject: RCPT from unknown[{x}]: 554 5.7.1 Relay access denied; proto=ESMTP helo=<roompc>'
    ]
  }
]
