import { describe, it, expect } from 'vitest'
import { createRedactionSession } from '../../src/main/privacy'

// Chromium-style tables: [input, expected output]. Each table is also run as one blob, whose
// whole output must equal the rows' expectations (derived below), which checks rule order and
// that one value keeps one token across lines.
type Row = [string, string]
const redact = (s: string, opts = {}): string => createRedactionSession(opts).redactText(s).text

const TOKEN = /<([a-z][a-z0-9]*(?:-[a-z0-9.:/]+)*)-(\d+)>/g
/** Tokens are numbered per counter: one per kind, except that all MACs share one (pseudonyms.ts). */
const counterOf = (kind: string): string => (kind.startsWith('mac-') ? 'mac' : kind)

/**
 * Renumbers every token by where what it stands for first appears, per counter, top to bottom.
 * A blob is redacted rule by rule over all its lines, so its numbers follow rule order, not line
 * order; after this, two texts are equal exactly when they differ in nothing but those numbers.
 */
function renumber(lines: string[], identity: (line: number, token: string) => string): string {
  const numbers = new Map<string, Map<string, number>>()
  return lines
    .map((line, i) =>
      line.replace(TOKEN, (token, kind: string) => {
        const seen = numbers.get(counterOf(kind)) ?? new Map<string, number>()
        numbers.set(counterOf(kind), seen)
        const id = identity(i, token)
        if (!seen.has(id)) seen.set(id, seen.size + 1)
        return `<${kind}-${seen.get(id)}>`
      })
    )
    .join('\n')
}

/**
 * The per-row expectations as one blob: a token stands for the value its own row's redaction gave
 * it (that row's pseudonym map). Differently spelled values can be one value, so two values are
 * one when they agree in letters and digits ignoring case (a MAC with dashes or colons, a meeting
 * number with spaces), or when the redactor, seeing each alone in one session, gives both the same
 * token (an IPv4-mapped IPv6 address and its IPv4 form). A token already in the input stands for
 * itself.
 */
function expectedBlob(rows: Row[], opts: object): string {
  const valueOf = rows.map(([input]) => {
    const session = createRedactionSession(opts)
    session.redactText(input)
    return new Map(session.pseudonymMap().map((e) => [e.token, e.value]))
  })
  // Union-find over "letters and digits" keys, joined by the token each value gets alone.
  const parent = new Map<string, string>()
  const find = (k: string): string => {
    const p = parent.get(k) ?? k
    return p === k ? k : find(p)
  }
  const alone = createRedactionSession(opts)
  const byAloneToken = new Map<string, string>()
  const keyOf = (value: string): string => {
    const key = value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
    const text = alone.redactText(value).text
    if (new RegExp(`^${TOKEN.source}$`).test(text)) {
      const other = byAloneToken.get(text)
      if (other === undefined) byAloneToken.set(text, key)
      else if (find(other) !== find(key)) parent.set(find(key), find(other))
    }
    return key
  }
  const keys = valueOf.map((m) => new Map([...m].map(([token, value]) => [token, keyOf(value)])))
  return renumber(
    rows.map((r) => r[1]),
    (row, token) => {
      const key = keys[row]!.get(token)
      return key === undefined ? `literal ${token}` : find(key)
    }
  )
}

function table(name: string, rows: Row[], opts = {}): void {
  describe(name, () => {
    it.each(rows)('%s', (input, expected) => {
      expect(redact(input, opts)).toBe(expected)
    })
    it('as one blob', () => {
      const blob = redact(rows.map((r) => r[0]).join('\n'), opts)
      expect(renumber(blob.split('\n'), (_line, token) => token)).toBe(expectedBlob(rows, opts))
    })
  })
}

describe('the blob expectation itself', () => {
  it('numbers distinct values apart and respellings of one value alike, across rows', () => {
    const rows: Row[] = [
      ['ether aa:bb:cc:dd:ee:ff', 'ether <mac-aa:bb:cc-1>'],
      ['cisco 00a1.b2c3.d4e5', 'cisco <mac-00:a1:b2-1>'],
      ['aa_bb_cc_dd_ee_ff', '<mac-aa:bb:cc-1>']
    ]
    expect(expectedBlob(rows, {})).toBe('ether <mac-aa:bb:cc-1>\ncisco <mac-00:a1:b2-2>\n<mac-aa:bb:cc-1>')
  })

  it('does not match a blob that gives one value two tokens', () => {
    const rows: Row[] = [
      ['to a@x.io', 'to <email-1>'],
      ['cc a@x.io', 'cc <email-1>']
    ]
    expect(renumber(['to <email-1>', 'cc <email-2>'], (_line, token) => token)).not.toBe(expectedBlob(rows, {}))
  })
})

table('email', [
  ['mail jane.doe@example.com ok', 'mail <email-1> ok'],
  ['JANE.DOE@EXAMPLE.COMPANY', '<email-1>'],
  ['/calendars/jane%40corp.example/events', '/calendars/<email-1>/events'],
  ['example@@1234', 'example@@1234'],
  ['mailto:a+rooms@x.io', 'mailto:<email-1>']
])

table('ipv4', [
  ['from 203.0.113.45 port 22', 'from <ip-public-1> port 22'],
  ['gw 192.168.1.1 lan 10.2.3.4 vpn 172.20.0.5', 'gw <ip-192.168/16-1> lan <ip-10/8-1> vpn <ip-172.16/12-1>'],
  ['dns 8.8.8.8 1.1.1.1 lo 127.0.0.1 any 0.0.0.0', 'dns 8.8.8.8 1.1.1.1 lo 127.0.0.1 any 0.0.0.0'],
  ['mask 255.255.255.0 mcast 224.0.0.251', 'mask 255.255.255.0 mcast 224.0.0.251'],
  ['usb 3-1.2.3.4 and 4-3.3.3.3', 'usb 3-1.2.3.4 and 4-3.3.3.3'],
  ['1.2.3.4.5 75.748.86.91 255.255.259.255', '1.2.3.4.5 75.748.86.91 255.255.259.255'],
  ['version 10.0.22631.3296 build=6.1.7601.23505', 'version 10.0.22631.3296 build=6.1.7601.23505'],
  ['Version: 2.1.0.4 v1.2.3.4 fw 3.1.4.139', 'Version: 2.1.0.4 v1.2.3.4 fw 3.1.4.139'],
  ['aaaa123.123.45.4aaa', 'aaaa<ip-public-1>aaa'],
  ['[client 81.2.3.4] end 81.2.3.4.', '[client <ip-public-1>] end <ip-public-1>.']
])

table('ipv6', [
  ['from 2001:db8:1:2:3:4:5:6 x', 'from <ipv6-public-1> x'],
  ['[2001:db8::ff00:42:8329]:443', '[<ipv6-public-1>]:443'],
  ['inet6 fe80::c6b3:1ff:fecd:467f%en0', 'inet6 <ipv6-fe80/10-1>%en0'],
  ['::ffff:a0a:a0a and ::ffff:10.10.10.10', '<ip-10/8-1> and <ip-10/8-1>'],
  ['64:ff9b::a0a:a0a', '<ip-10/8-1>'],
  ['lo ::1 any :: ff02::1 fe80::', 'lo ::1 any :: ff02::1 fe80::'],
  ['Instance::Set net::ERR_CONN_TIMEOUT State::Abort', 'Instance::Set net::ERR_CONN_TIMEOUT State::Abort'],
  ['11:11:abcdef:0:0:0:0:0 at 12:34:56.789', '11:11:abcdef:0:0:0:0:0 at 12:34:56.789'],
  // after a file-name prefix's `_`, two full groups open an address; a scope operator does not
  ['conn_2a02:fd00:bb59::38c:8a80.log', 'conn_<ipv6-public-1>.log'],
  ['Manager_add::Init ts_10:11:12:13', 'Manager_add::Init ts_10:11:12:13']
])

table('mac', [
  // a USB Ethernet adapter's address after its name, a Cisco phone's SEP device name, the Windows DHCP
  // server's audit log (the client's name and MAC in its sixth and seventh fields)
  ['r8152 2-2:1.0 eth1: v1.12.13 Realtek USB Ethernet 00e04c68a1f2', 'r8152 2-2:1.0 eth1: v1.12.13 Realtek USB Ethernet <mac-00:e0:4c-1>'],
  [
    'CuilApp: Registered to CUCM as SEP00A3D1F49B20; SEPARATOR ABCDEF012345',
    'CuilApp: Registered to CUCM as SEP<mac-00:a3:d1-1>; SEPARATOR ABCDEF012345'
  ],
  [
    '10,03/14/24,07:40:12,Assign,10.1.2.3,ROOMPC01,F8E43B12A07C,,2184302211,0,,,,0x4D53465420352E30,MSFT 5.0,,,,0',
    '10,03/14/24,07:40:12,Assign,<ip-10/8-1>,<host-1>,<mac-f8:e4:3b-1>,,2184302211,0,,,,0x4D53465420352E30,MSFT 5.0,,,,0'
  ],
  // a phone's or room device's provisioning file named by its MAC; other 12-hex file names are not
  [
    'Fetching https://prov.example.com/yealink/805ec0a1b2c3.cfg (HTTP 200)',
    'Fetching https://<host-1>/yealink/<mac-80:5e:c0-1>.cfg (HTTP 200)'
  ],
  ['GET /poly/0004f2a1b2c3-phone.cfg 200', 'GET /poly/<mac-00:04:f2-1>-phone.cfg 200'],
  ['loaded cache/9f86d081884c.json', 'loaded cache/9f86d081884c.json'],
  ['ether aa:bb:cc:dd:ee:ff', 'ether <mac-aa:bb:cc-1>'],
  ['bB:Cc:DD:ee:ff:00 and bb-cc-dd-ee-ff-00', '<mac-bb:cc:dd-1> and <mac-bb:cc:dd-1>'],
  ['aa_bb_cc_dd_ee_ff', '<mac-aa:bb:cc-1>'],
  ['cisco 00a1.b2c3.d4e5', 'cisco <mac-00:a1:b2-1>'],
  ['bcast ff:ff:ff:ff:ff:ff arp 00:00:00:00:00:00', 'bcast ff:ff:ff:ff:ff:ff arp 00:00:00:00:00:00'],
  ["bssid 'aa:bb'", "bssid 'aa:bb'"],
  ['ether aabbccddeeff', 'ether <mac-aa:bb:cc-1>'],
  // an underscore before a `:`/`-` MAC ends a file-name prefix; `_`-spelled MACs need a boundary
  ['conn_aa:bb:cc:dd:ee:ff.log', 'conn_<mac-aa:bb:cc-1>.log'],
  ['dump_AA-BB-CC-DD-EE-FF_2024.txt', 'dump_<mac-aa:bb:cc-1>_2024.txt'],
  ['id_aa_bb_cc_dd_ee_ff', 'id_aa_bb_cc_dd_ee_ff'],
  ['x1aa:bb:cc:dd:ee:ff', 'x1aa:bb:cc:dd:ee:ff']
])

table('payment-card', [
  ['Use 4012888888881881 or moms creditcard', 'Use <card-1> or moms creditcard'],
  ['card 4111 1111 1111 1111 ok', 'card <card-1> ok'],
  ['foo=4012888888881881ms', 'foo=4012888888881881ms'],
  ['foo=4111 1111 1111 1112', 'foo=4111 1111 1111 1112'],
  ['0000-0000-0000-0000', '0000-0000-0000-0000'],
  ['epoch 1700000000000 ms', 'epoch 1700000000000 ms'],
  ['foo=12:00:00.359  1000   155   155 INFO', 'foo=12:00:00.359  1000   155   155 INFO'],
  // a comma before the next CSV cell, or after grouped digits, is no decimal comma
  ['31,NACK,,pan=6011-7833-3458-8980,0,6,,0', '31,NACK,,pan=<card-1>,0,6,,0'],
  ['x,4012888888881881,0,6', 'x,<card-1>,0,6'],
  ['pan=5581 8393 6058 8583,0', 'pan=<card-1>,0'],
  ['total 4012888888881881,5', 'total 4012888888881881,5'],
  ['ratio 4012888888881881.5', 'ratio 4012888888881881.5'],
  // an underscore before the digits is a file name's separator after a payment word; a letter is not
  ['card_4111111111111111.txt', 'card_<card-1>.txt'],
  ['receipt_4111111111111111.pdf', 'receipt_<card-1>.pdf'],
  // … after another word the digits number that word's thing (HDFS blocks pass Luhn one time in ten)
  ['NameSystem.delete: blk_4318179566727871532 is added', 'NameSystem.delete: blk_4318179566727871532 is added'],
  ['v4111111111111111', 'v4111111111111111'],
  // a card inside a longer run of groups another number opens (a property test's find: the phone
  // rule took the number, and a second pass found the card)
  ['call +1 (415) 555-0123 4111 1111 1111 1111', 'call <phone-1> <card-1>'],
  ['ref 12-34 4111 1111 1111 1111 ok', 'ref 12-34 <card-1> ok']
])

table('iban', [
  [':GB82-WEST-1234-5698-7654-32', ':<iban-1>'],
  ['IBAN: GB82 WEST 1234 5698 7654 32', 'IBAN: <iban-1>'],
  ['GB82WEST12345698765433', 'GB82WEST12345698765433']
])

table('street-address', [
  ['Ship replacement to 221B Baker Street, London NW1 6XE', 'Ship replacement to <address-1>'],
  ['RMA ship-to: 1600 Amphitheatre Pkwy, Mountain View, CA 94043 (front desk)', 'RMA ship-to: <address-1> (front desk)'],
  ['office at 350 Fifth Avenue, Suite 3300, New York, NY 10118', 'office at <address-1>'],
  ['Lieferadresse: Hauptstraße 12, 10115 Berlin', 'Lieferadresse: <address-1>'],
  // Catalan street words; a street without a street word before a city and a UK postcode or a US state and ZIP
  ['Location: Edifici Nord, Carrer de Pallars 193, 08005 Barcelona, floor 4', 'Location: Edifici Nord, <address-1>, floor 4'],
  ['ship to 8 Heol y Deri, Cardiff CF14 6HF; or 1 Infinite Loop, Cupertino, CA 95014 today', 'ship to <address-1>; or <address-2> today'],
  // … not a count and a word before a city with no such postcode
  ['Rally Bar 2 ports, Status OK; 3 Rooms, Oslo 0150', 'Rally Bar 2 ports, Status OK; 3 Rooms, Oslo 0150'],
  ['Keizersgracht 123, 1015 CJ Amsterdam', '<address-1>'],
  ['Storgatan 5, 114 55 Stockholm', '<address-1>'],
  ['adresse 12 rue de la Paix, 75002 Paris', 'adresse <address-1>'],
  ['deliver to Calle Mayor 12, 28013 Madrid', 'deliver to <address-1>'],
  ['Via Roma 1, 00184 Roma', '<address-1>'],
  // Irish street words, a city's postal district and an Eircode; Polish ul./al. with a flat number;
  // Japanese block numbers and ward
  ['Attn: 4 Grand Canal Quay, Dublin 2, D02 X576 - old unit', 'Attn: <address-1> - old unit'],
  ['"ul. Floriańska 14/3, 31-019 Kraków" al. Jerozolimskie 65, 00-697 Warszawa', '"<address-1>" <address-2>'],
  ['on file: 1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005 (Reception)', 'on file: <address-1> (Reception)'],
  // Korean road names (`-daero`, `-ro`, `-gil` and the number); not a name ending so (`Pedro 12`)
  ['desk (Gangnam-daero 382, 14F); office Teheran-ro 152; Pedro 12 items', 'desk (<address-1>, 14F); office <address-2>; Pedro 12 items'],
  ['os.Getenv 12; usb 3-1.2 Rally, Huddle', 'os.Getenv 12; usb 3-1.2 Rally, Huddle'],
  // a capitalised word after a street with no postcode is the log's, not a city
  ['12 Main St, Status OK', '<address-1>, Status OK'],
  // English words after a number are no street: no street word, or a French one English uses too
  ['Found 2 New devices', 'Found 2 New devices'],
  ['from client ap-3f port 0 via TLS tunnel', 'from client ap-3f port 0 via TLS tunnel'],
  ['elapsed 31s, route PSTN', 'elapsed 31s, route PSTN'],
  ['String 12 found', 'String 12 found'],
  ['usb 3-1.2 Rally Way', 'usb 3-1.2 Rally Way']
])

table('recipient-list', [
  ['ResourceDelegates                   : {Ferenczi, Ildikó}', 'ResourceDelegates                   : {<name-1>, <name-2>}'],
  ['BookInPolicy : {Nakamura Hiroshi, Okafor Chidi}', 'BookInPolicy : {<name-1>, <name-2>}'],
  ['GrantSendOnBehalfTo : {Siobhán Ní Bhriain}', 'GrantSendOnBehalfTo : {<name-1>}'],
  // a canonical name gives its last segment; a long list cut by Format-List keeps its dots
  ['ManagedBy           : {contoso.com/Users/Ana Souza}', 'ManagedBy           : {<host-1>/Users/<name-1>}'],
  ['RequestInPolicy : {Facilities Team, ana@contoso.com, Li Wei...}', 'RequestInPolicy : {<name-1>, <email-1>, <name-2>...}'],
  // a distinguished name is the directory rule's, and its CN the same person's token
  [
    'Members : {CN=Ana Souza,OU=Users,DC=contoso,DC=com, CN=Li Wei,OU=Users,DC=contoso,DC=com}',
    'Members : {CN=<name-1>,OU=Users,DC=<domain-1>, CN=<name-2>,OU=Users,DC=<domain-1>}'
  ],
  // groups a mailbox belongs to, a mailbox's capabilities and an empty list name no one
  ['MemberOf : {Rooms, Staff}', 'MemberOf : {Rooms, Staff}'],
  ['Capabilities : {ResourceMailbox, Room}', 'Capabilities : {ResourceMailbox, Room}'],
  ['AcceptMessagesOnlyFrom : {}', 'AcceptMessagesOnlyFrom : {}'],
  ['ModeratedBy : {-, 42}', 'ModeratedBy : {-, 42}']
])

table('wifi-scan', [
  // the profile `netsh wlan show profile` opens with, in the system's language
  [
    'Profile Büro 5G on interface Wi-Fi:\nProfil "MüllerBau-Gäste" auf Schnittstelle WLAN:\nPerfil Oficinas-Álvarez en la interfaz Wi-Fi:',
    'Profile <ssid-1> on interface Wi-Fi:\nProfil "<ssid-2>" auf Schnittstelle WLAN:\nPerfil <ssid-3> en la interfaz Wi-Fi:'
  ],
  ['Profile information on interface loaded', 'Profile information on interface loaded'],
  [
    `scan: "L'atelier de Zoé" -61dBm, "Fabrikam Staff" -48dBm, "HUAWEI-B535-9F2C" -77dBm`,
    'scan: "<ssid-1>" -61dBm, "<ssid-2>" -48dBm, "<ssid-3>" -77dBm'
  ],
  ['"Guest" (-70 dBm) "Büro" RSSI -58', '"<ssid-1>" (-70 dBm) "<ssid-2>" RSSI -58'],
  // a number after a quoted value is no signal without its unit or word; a duration is none either
  ['name "Bonjour" -103, "x" -100ms, "temp" -40.5, "Rally Bar" -3', 'name "Bonjour" -103, "x" -100ms, "temp" -40.5, "Rally Bar" -3'],
  // the NPS accounting XML closes the RADIUS MAC:SSID field with its element
  [
    '<Called-Station-Id data_type="1">7C-21-0E-11-22-33:Fabrikam-Corp</Called-Station-Id>',
    '<Called-Station-Id data_type="1"><mac-7c:21:0e-1>:<ssid-1></Called-Station-Id>'
  ],
  // netsh's connected profile, one token with the SSID line; unindented or unpadded it is another tool's
  [
    '    SSID                   : Maison Lefèvre\n    Profile                : Maison Lefèvre',
    '    SSID                   : <ssid-1>\n    Profile                : <ssid-1>'
  ],
  [
    '    Connection mode        : Profile\nProfile        : Default\n    Profile : Work',
    '    Connection mode        : Profile\nProfile        : Default\n    Profile : Work'
  ]
])

table('registry-value', [
  ["    RegisteredOwner    REG_SZ    O'Connor, Seán", '    RegisteredOwner    REG_SZ    <name-1>'],
  ['    USERDOMAIN    REG_SZ    FABRIKAM', '    USERDOMAIN    REG_SZ    <domain-1>'],
  ['    LastLoggedOnUser    REG_SZ    FABRIKAM\\conor.mcgrath', '    LastLoggedOnUser    REG_SZ    <domain-1>\\<user-1>'],
  ['    COMPUTERNAME    REG_SZ    RIB-LIS-ZR-TEJO', '    COMPUTERNAME    REG_SZ    <host-1>'],
  ['    LOGONSERVER    REG_SZ    \\\\DC01', '    LOGONSERVER    REG_SZ    \\\\<host-1>'],
  // Winlogon's automatic sign-in password
  ['    DefaultPassword    REG_SZ    Isar!Room2023#', '    DefaultPassword    REG_SZ    <secret-1>'],
  // what names no one: other value names, built-in and room-system accounts, the workgroup
  ['    ProductName    REG_SZ    Windows 11 IoT Enterprise', '    ProductName    REG_SZ    Windows 11 IoT Enterprise'],
  ['    RegisteredOwner    REG_SZ    Skype', '    RegisteredOwner    REG_SZ    Skype'],
  ['    LastLoggedOnSAMUser    REG_SZ    .\\Administrator', '    LastLoggedOnSAMUser    REG_SZ    .\\Administrator'],
  ['    USERDOMAIN    REG_SZ    WORKGROUP', '    USERDOMAIN    REG_SZ    WORKGROUP']
])

table('phone', [
  ['call +1 (415) 555-0123 now', 'call <phone-1> now'],
  ['uk 07700 900123 / +44 7700 900123', 'uk <phone-1> / <phone-1>'],
  ['fr 06.12.34.56.78', 'fr <phone-1>'],
  ['callerId=+49 30 12345678', 'callerId=<phone-1>'],
  ['date 01.02.2024 time 16:13:38.811', 'date 01.02.2024 time 16:13:38.811'],
  ['03-17 16:13:38.811 err -1001 1603', '03-17 16:13:38.811 err -1001 1603'],
  // a dial string's conference PIN after its pauses is the meeting's; an extension is part of the number
  ['Dial-in: +1 425-555-0123,,734920117# (United States)', 'Dial-in: <phone-1>,,<meeting-1># (United States)'],
  ['tel +49 30 12345678,,1234 ok', 'tel <phone-1>,,<meeting-1> ok'],
  ['call +44 20 7946 0958 ext. 4471 now', 'call <phone-1> now'],
  ['call 07700 900123, 2024', 'call <phone-1>, 2024'],
  ['+44 20 7946 0123,5112,T01', '<phone-1>,5112,T01'],
  ['+44 20 7946 0123,5112#', '<phone-1>,<meeting-1>#'],
  // every PIN of the string: the meeting's, then a participant's
  ['+1 646 931 3860,,84512993017#,,,,*609172# (x', '<phone-1>,,<meeting-1>#,,,,*<meeting-2># (x'],
  // the PIN a dial-in line spells out ends in `#`; a connector's pin does not
  ['dial +1 646 931 3860 PIN 556 774 219#; gpio pin 12', 'dial <phone-1> PIN <meeting-1>#; gpio pin 12'],
  // a decimal is no phone: seconds and microseconds after a time's commas
  ['IOReporters/[2017-07-06_08,33,08.335034] - AuthFail', 'IOReporters/[2017-07-06_08,33,08.335034] - AuthFail'],
  // milliseconds after a comma are no trunk prefix; a phone after a CSV comma still is
  ['ts=2026-06-23 19:07:02,036 10091 does not', 'ts=2026-06-23 19:07:02,036 10091 does not'],
  ['x,020 7946 0958', 'x,<phone-1>'],
  // after a file-name prefix's `_` only the international form counts
  ['call_+44 7700 900123.wav', 'call_<phone-1>.wav'],
  ['x_020 7946 0958', 'x_020 7946 0958'],
  // a duration before `ms` (one run of digits) is kept; an international or grouped number before a line's `ms` is not one
  ['took 07700900946 ms', 'took 07700900946 ms'],
  ['took 07700900946ms', 'took 07700900946ms'],
  ['Dialing 07700 900946 ms', 'Dialing <phone-1> ms'],
  ['Dialing 030 98765432 ms', 'Dialing <phone-1> ms'],
  // an access log's status and sizes after the number are not part of it
  ['x, dialing +44 7700 900219 302 0 0 0', 'x, dialing <phone-1> 302 0 0 0'],
  ['Dialing +44 7700 900377 ms -> 5.000 fps', 'Dialing <phone-1> ms -> 5.000 fps'],
  ['Dialing 06.06.41.19.19 ms)', 'Dialing <phone-1> ms)']
])

table('home-path', [
  // a file share's home folder in a URL; a web route's `/Home/` is none
  [
    'Mounting smb://nas.corp/Home/ingrid.berg; afp://mac-srv/Users/kim.lee/x; GET /Home/Index',
    'Mounting smb://<host-1>/Home/<user-1>; afp://<host-2>/Users/<user-2>/x; GET /Home/Index'
  ],
  // a command-line switch's colon opens a UNC path; a drive's or a registry drive's colon does not
  [
    'Dism.exe /Source:\\\\fs-deploy-02\\wim$\\install.wim {"k":"HKLM:\\\\SOFTWARE\\\\Microsoft","p":"C:\\\\Users\\\\Public"}',
    'Dism.exe /Source:\\\\<host-1>\\wim$\\install.wim {"k":"HKLM:\\\\SOFTWARE\\\\Microsoft","p":"C:\\\\Users\\\\Public"}'
  ],
  ['C:\\Users\\Jane Doe\\AppData\\x', 'C:\\Users\\<user-1>\\AppData\\x'],
  ['{"p":"C:\\\\Users\\\\jdoe\\\\x"}', '{"p":"C:\\\\Users\\\\<user-1>\\\\x"}'],
  ['/Users/jane.doe2024/Library /home/user1/x', '/Users/<user-1>/Library /home/<user-2>/x'],
  ['file:///C:/Users/J%C3%B6rg/x', 'file:///C:/Users/<user-1>/x'],
  ['C:\\Users\\Public\\x /home/%USERNAME%', 'C:\\Users\\Public\\x /home/%USERNAME%'],
  ['\\\\fileserver01\\share\\x', '\\\\<host-1>\\share\\x']
])

table('url', [
  ['http://userid:password@example.com:8080/x', 'http://<cred-1>@<host-1>:8080/x'],
  ['http://example.com/foo?email=foo@bar.com', 'http://<host-1>/foo?email=<url-param-1>'],
  ['https://us02web.zoom.us/j/85212345678?pwd=aBcD1234', 'https://us02web.zoom.us/j/<meeting-1>?pwd=<url-param-1>'],
  ['zoommtg://zoom.us/join?action=join&confno=85212345678', 'zoommtg://zoom.us/join?action=join&confno=<url-param-1>'],
  ['msteams:/l/meetup-join/19%3ameeting_abc%40thread.v2/0', 'msteams:/l/meetup-join/<meeting-1>/0'],
  ['https://meet.google.com/abc-defg-hij', 'https://meet.google.com/<meeting-1>'],
  // an application's id under client_id is no one's; other GUIDs in a query are
  [
    'https://login.microsoftonline.com/common/oauth2/authorize?client_id=1fec8e78-bce4-4aaf-ab1b-5451cc387264&state=8e2f4c1a-7b3d-4e59-a0c6-1d9f2b7e3a58',
    'https://login.microsoftonline.com/common/oauth2/authorize?client_id=1fec8e78-bce4-4aaf-ab1b-5451cc387264&state=<url-param-1>'
  ],
  // a fragment or a query part that is itself a link is redacted as one (property tests' finds)
  [
    'https://us02web.zoom.us/j/85212345678?pwd=x;https://us02web.zoom.us/j/85212345678?pwd=x',
    'https://us02web.zoom.us/j/<meeting-1>?pwd=<url-param-1>;https://us02web.zoom.us/j/<meeting-1>?pwd=<url-param-1>'
  ],
  [
    'https://us02web.zoom.us/j/85212345678?pwd=x#https://us02web.zoom.us/j/85212345678?pwd=x',
    'https://us02web.zoom.us/j/<meeting-1>?pwd=<url-param-1>#https://us02web.zoom.us/j/<meeting-1>?pwd=<url-param-1>'
  ],
  // … also after a stray `?` or `:`
  [
    'https://us02web.zoom.us/j/85212345678?pwd=x#?https://us02web.zoom.us/j/85212345678?pwd=x',
    'https://us02web.zoom.us/j/<meeting-1>?pwd=<url-param-1>#?https://us02web.zoom.us/j/<meeting-1>?pwd=<url-param-1>'
  ],
  [
    'https://us02web.zoom.us/j/85212345678?pwd=x;:https://us02web.zoom.us/j/85212345678?pwd=x',
    'https://us02web.zoom.us/j/<meeting-1>?pwd=<url-param-1>;:https://us02web.zoom.us/j/<meeting-1>?pwd=<url-param-1>'
  ],
  ['https://acme.webex.com/meet/jdoe', 'https://<host-1>.webex.com/meet/<meeting-1>'],
  ['https://support.logitech.com/en_us/product/rally?v=2', 'https://support.logitech.com/en_us/product/rally?v=2'],
  ['Meeting ID: 852 1234 5678 Passcode: 482913', 'Meeting ID: <meeting-1> Passcode: <secret-1>']
])

table('secrets', [
  ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig_abc-123', 'Authorization: Bearer <secret-1>'],
  ['password=hunter2 pwd: x1 "token":"abc123"', 'password=<secret-1> pwd: <secret-2> "token":"<secret-3>"'],
  ['key sk_live_abcdefghijklmnop1234 aws AKIAABCDEFGHIJKLMNOP', 'key <secret-1> aws <secret-2>'],
  ['password: null token=<secret-9>', 'password: null token=<secret-9>'],
  [
    '-----BEGIN RSA PRIVATE KEY-----MIIBOgIBAAJB-----END RSA PRIVATE KEY-----',
    '-----BEGIN RSA PRIVATE KEY-----<pem-1>-----END RSA PRIVATE KEY-----'
  ],
  ['Failed password for jdoe from 10.0.0.1', 'Failed password for <user-1> from <ip-10/8-1>']
])

table('Slack member mentions', [
  [
    '{"text":"<@U04H2KQ7LBA> please check <@U024BE7LH|bob.smith> <!here> <#C024BE7LR>"}',
    '{"text":"<@<user-1>> please check <@<user-2>|<user-3>> <!here> <#C024BE7LR>"}'
  ]
])

table('Teams participant ids', [
  // the same account token as Graph's `-UserId` gives the id, whatever its case
  [
    'participant "x" (8:orgid:5D8E2F14-3C7A-4B9E-A0D1-6F2E8C4B9A73) joined; Get-MgUser -UserId 5d8e2f14-3c7a-4b9e-a0d1-6f2e8c4b9a73',
    'participant "x" (8:orgid:<user-1>) joined; Get-MgUser -UserId <user-1>'
  ]
])

table('licence keys and pairing codes', [
  [
    'Provisioning code accepted: 7QK2-M9XR-4HTP-WB3D; key VK7JG-NPHTM-C97JM-9MPGT-3V66T; Pairing code 482 913 issued',
    'Provisioning code accepted: <secret-1>; key <secret-2>; Pairing code <secret-3> issued'
  ],
  // a FileVault personal recovery key: six groups of four
  ['recovery key escrowed (PRK: K3QF-7WHX-2LMB-9PTD-YC4N-RV8A)', 'recovery key escrowed (PRK: <secret-1>)'],
  // a GUID, a date, letters or digits alone are no key
  [
    'guid 5E1C0A9B-22D7-D8F4-3C61-A7B09E4F2D18; 2024-03-12-0900-1000; ABCD-EFGH-IJKL-MNOP; 1234-5678-9012-3456; pairing code expired',
    'guid 5E1C0A9B-22D7-D8F4-3C61-A7B09E4F2D18; 2024-03-12-0900-1000; ABCD-EFGH-IJKL-MNOP; 1234-5678-9012-3456; pairing code expired'
  ],
  // the code that shares a screen to the room, a PIN said with no colon
  [
    'share screen key=KQ7R2M accepted; Sharing Code: 58213907; Screen share started, PIN 6620; Dial-in PIN 731904#',
    'share screen key=<secret-1> accepted; Sharing Code: <secret-2>; Screen share started, PIN <secret-3>; Dial-in PIN <secret-4>#'
  ],
  // … not a word, a short number or a GPIO's pin
  [
    'sharing key rotated; sharing code: none; PIN 12; GPIO pin 4711 high',
    'sharing key rotated; sharing code: none; PIN 12; GPIO pin 4711 high'
  ]
])

table('Teams thread ids', [
  [
    'join started conversationId=19:meeting_NjE0YTk1ZWMtYzQ4Ny00ZDM5LWI2MGEtOWU1ZjA3Mzg4ZTIx@thread.v2 chat 19:abc123def456@thread.skype',
    'join started conversationId=<meeting-1> chat <meeting-2>'
  ],
  ['mail to team@thread.example.com', 'mail to <email-1>']
])

table('command-line, Wi-Fi and PowerShell secrets', [
  // a command line's flags are keys; a hyphen inside a name is not a flag's
  [
    'ZoomRooms.exe --activation-code=7731-5520-9984 --password=Tejo#2024!room',
    'ZoomRooms.exe --activation-code=<secret-1> --password=<secret-2>'
  ],
  ['no-password=1 x-user=bob', 'no-password=1 x-user=bob'],
  // a Wi-Fi network's key: its own keys anywhere, a bare `key=` only on a line about Wi-Fi
  [
    'SSID "Guest", auth WPA2-Personal, key=Kr0lewska!88; wpa_passphrase=S3cret!pass psk="abc12345" Network key: hunter22',
    'SSID "<ssid-1>", auth WPA2-Personal, key=<secret-1>; wpa_passphrase=<secret-2> psk="<secret-3>" Network key: <secret-4>'
  ],
  ['registry key=HKLM\\Software\\Run primary key=customer_id', 'registry key=HKLM\\Software\\Run primary key=customer_id'],
  ['Wi-Fi journal -[Engine write:key:atLOI:ofKind:isFaulty:]', 'Wi-Fi journal -[Engine write:key:atLOI:ofKind:isFaulty:]'],
  // a plain-text password made a secure string; a variable stays
  [
    "(ConvertTo-SecureString -String 'Ip@nema-Pa55-77' -AsPlainText -Force); ConvertTo-SecureString $pw",
    "(ConvertTo-SecureString -String '<secret-1>' -AsPlainText -Force); ConvertTo-SecureString $pw"
  ]
])

table('session cookies and key fingerprints', [
  // Microsoft refresh tokens and sign-in cookies under no known key; a version is none
  [
    'refresh failed, cached rt=0.ARoAv4j5cvGGr0GRqy180BHbR1tVQn8NwzxLj7ZkQ9mUfXs2AAA.AgABAAEAAAD--DLA3VO7QrddgJg7Wev cleared',
    'refresh failed, cached rt=<secret-1> cleared'
  ],
  ['Teams 0.4.2.1 ok; ratio 0.A', 'Teams 0.4.2.1 ok; ratio 0.A'],
  // crypt(3) password hashes; a price is none
  ['new hash=$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy ok', 'new hash=<secret-1> ok'],
  ['price $20$ ok', 'price $20$ ok'],
  // codes in dash-separated groups after their name and a blank; the name alone is no code
  ['Activation code 7429-1183-0556 consumed', 'Activation code <secret-1> consumed'],
  ['using seat key 6F3Q-WZ8K-R2TY-91MV', 'using seat key <secret-1>'],
  ['activation code expired; share_key=Q7XK2M', 'activation code expired; share_key=<secret-1>'],
  // a bare `token` and a blank take only a token's shape
  ['nearby device advertised ultrasound token 6f2d91c4, user', 'nearby device advertised ultrasound token <secret-1>, user'],
  [
    'refresh token expired; CSRF token mismatch; token refresh 2 times',
    'refresh token expired; CSRF token mismatch; token refresh 2 times'
  ],
  // the session and sign-in cookies of common servers, named as one word
  ['Cookie: ESTSAUTHPERSISTENT=0.AQEAv4j5cvGGr0GRqy180BHbR8; x-ms-gateway-slice=estsfd', 'Cookie: <secret-1>'],
  [
    'truncated: ESTSAUTHPERSISTENT=0.AQEAv4j5cvGGr0GRqy180BHbR8; x-ms-gateway-slice=estsfd',
    'truncated: ESTSAUTHPERSISTENT=<secret-1>; x-ms-gateway-slice=estsfd'
  ],
  ['GET /app;jsessionid=8F3A2B1C9D8E7F6A5B4C3D2E1F0A9B8C HTTP/1.1', 'GET /app;jsessionid=<secret-1> HTTP/1.1'],
  ['PHPSESSID=el4ukv0kqbvoirg7nkp4dncpk3 expired', 'PHPSESSID=<secret-1> expired'],
  ['__Secure-3PSID=g.a000abcdefghijk; Domain=.google.com', '__Secure-3PSID=<secret-1>; Domain=.google.com'],
  // an SSH key's fingerprint names the key (and its owner); a hex digest is no fingerprint
  ['ssh2: ED25519 SHA256:q3Vx0bL8t2mR9kYwZf1nH4cJp6sA7dE5gU0iO2lT8vB', 'ssh2: ED25519 <secret-1>'],
  [
    'file SHA256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 ok',
    'file SHA256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 ok'
  ]
])

table('names, wifi, gps, sid, hosts', [
  ['organizer="Łukasz Wiśniewski" status=ok', 'organizer="<name-1>" status=ok'],
  ['attendee=Van der Berg, Zoë', 'attendee=<name-1>'],
  ["SSID='Joe's' ok", "SSID='<ssid-1>' ok"],
  ['Connected to Wi-Fi network: Café Lumière Guest', 'Connected to Wi-Fi network: <ssid-1>'],
  ['lat=47.6062 lon=-122.3321 at 47.60621, -122.33207', 'lat=<geo-1> lon=<geo-2> at <geo-3>'],
  ['sid S-1-5-21-1004336348-1177238915-682003330-512 system S-1-5-18', 'sid <sid-1> system S-1-5-18'],
  // an underscore before it ends a file-name prefix; a letter or digit glued to it does not
  ['export_S-1-5-21-1004336348-1177238915-682003330-1001.reg', 'export_<sid-1>.reg'],
  ['XS-1-5-21-1004336348-1177238915-682003330-1001', 'XS-1-5-21-1004336348-1177238915-682003330-1001'],
  ['Janes-MacBook-Pro.local DESKTOP-AB12CDE calvisitor-10-105-160-95', '<host-1>.local <host-2> <host-3>'],
  ['5.36.59.76.dynamic-dsl-ip.omantel.net api.zoom.us', '<host-1> api.zoom.us']
])

table('kept for support', [
  ['2024-03-01T10:00:00.123Z 1700000000000 took 1532 ms 00:01:23.456', '2024-03-01T10:00:00.123Z 1700000000000 took 1532 ms 00:01:23.456'],
  ['046d:0881 VID_046D&PID_0881 idVendor=046d, idProduct=0881', '046d:0881 VID_046D&PID_0881 idVendor=046d, idProduct=0881'],
  ['hr=0x80070005 ERR_CONNECTION_RESET ETIMEDOUT -1001 0xC0000005', 'hr=0x80070005 ERR_CONNECTION_RESET ETIMEDOUT -1001 0xC0000005'],
  [
    'sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709 b64 aGVsbG8gd29ybGQ=',
    'sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709 b64 aGVsbG8gd29ybGQ='
  ],
  ['Logitech Rally Bar serial=2152LZ0ABC12 fw 1.12.261', 'Logitech Rally Bar serial=2152LZ0ABC12 fw 1.12.261'],
  ['Bus 001 Device 004: ID 046d:0881 iSerial 3 2152LZ0ABC12', 'Bus 001 Device 004: ID 046d:0881 iSerial 3 2152LZ0ABC12'],
  ['BIOS serial=5CG1234XYZ near Logitech', 'BIOS serial=<serial-1> near Logitech'],
  // a bare VID:PID vouches only for the lsusb iSerial descriptor, not for a host SerialNumber
  ['usb 046D:0885 SerialNumber: DBN3NBT', 'usb 046D:0885 SerialNumber: <serial-1>'],
  ['Logi Tap Serial Number: 2152LZ0ABC12 MeetUp S/N 2152LZ0ABC13', 'Logi Tap Serial Number: 2152LZ0ABC12 MeetUp S/N 2152LZ0ABC13']
])

table(
  'inventory serials',
  [['device serial=2152LZ0ABC12 other serial=2152LZ0ABC13', 'device serial=2152LZ0ABC12 other serial=<serial-1>']],
  { deviceSerials: ['2152LZ0ABC12'] }
)

table(
  'host identities and custom terms',
  [
    ['user mkowalczyk on RM-BOARDROOM-07', 'user <user-1> on <host-1>'],
    ['C:\\Users\\MKOWALCZYK\\x Welcome, Marta Kowalczyk (Kowalczyk, Marta)', 'C:\\Users\\<user-1>\\x Welcome, <name-1> (<name-1>)'],
    ['room Contoso Boardroom ready', 'room <term-1> ready'],
    ['keep 203.0.113.9 but not 203.0.113.10', 'keep 203.0.113.9 but not <ip-public-1>']
  ],
  {
    hostIdentities: { userName: 'mkowalczyk', fullName: 'Marta Kowalczyk', hostName: 'RM-BOARDROOM-07' },
    redact: ['Contoso Boardroom'],
    keep: ['203.0.113.9']
  }
)

// URL-encoded addresses, coordinates, and Wi-Fi names that run into the next field.
table('regressions from the e-mail canaries', [
  ['upn=jose.garcia%40contoso12.com ok', 'upn=<user-1> ok'],
  ['lat=12.34567 lon=-45.12345, 38.12345N 137.03003W', 'lat=<geo-1> lon=<geo-2> <geo-3>'],
  ['Connected to Wi-Fi network: Café Lumière Guest location 9.98832,-86.13529', 'Connected to Wi-Fi network: <ssid-1> location <geo-1>'],
  ['Connected to Wi-Fi network: Smith & Sons 5G Service Tag: 5CG76550H2', 'Connected to Wi-Fi network: <ssid-1> Service Tag: <serial-1>'],
  ['Connected to Wi-Fi network: Hotel-AB12! VID_046D&PID_0881', 'Connected to Wi-Fi network: <ssid-1> VID_046D&PID_0881'],
  ["signed in as Mateo García, SSID 'Wohnung Müller', ok", "signed in as <name-1>, SSID '<ssid-1>', ok"]
])

// Text quoted or escaped as the held-out formats do (eval/templates-heldout.ts: XML events, CSV,
// .NET JSON, setupapi, access logs).
table('escaped quotes and escaped text (held-out formats)', [
  // XML entities, CSV-doubled and .NET \uXXXX quotes around keys and values
  ['<Data>organizer=&quot;Anaïs Castellanos&quot;</Data>', '<Data>organizer=&quot;<name-1>&quot;</Data>'],
  ['{&quot;latitude&quot;:31.58740,&quot;longitude&quot;:45.35654}', '{&quot;latitude&quot;:<geo-1>,&quot;longitude&quot;:<geo-2>}'],
  ['"Notes: {""ssid"":""Mireille\'s iPhone""}",""', '"Notes: {""ssid"":""<ssid-1>""}",""'],
  ['"{""password"":""Winter8864!""}"', '"{""password"":""<secret-1>""}"'],
  ['{"m":"\\u0022phone\\u0022: \\u0022\\u002B44 20 7946 0650\\u0022"}', '{"m":"\\"phone\\": \\"<phone-1>\\""}'],
  ['{"m":"organizer=\\u0022Priya Brz\\u0119czyszczykiewicz\\u0022"}', '{"m":"organizer=\\"<name-1>\\""}'],
  [
    '{"u":"zoommtg://zoom.us/join?action=join\\u0026confno=80637527083\\u0026pwd=3riexry1"}',
    '{"u":"zoommtg://zoom.us/join?action=join&confno=<url-param-1>&pwd=<url-param-2>"}'
  ],
  ['{"cc":"\\u00226011-0028-5819-6256\\u0022"}', '{"cc":"\\"<card-1>\\""}'],
  // an empty CSV cell is not an opening quote
  ['user="" next="x"', 'user="" next="x"'],
  // names: apostrophe as an entity, UTF-8 bytes escaped by an access log
  ['signed in as Aoife O&apos;Sullivan, ok', 'signed in as <name-1>, ok'],
  ['"GET /x?displayName: Zo\\xc3\\xab Okonkwo" 200', '"GET /x?displayName: <name-1>" 200'],
  ['displayName: \\xc3\\x89mile Zola', 'displayName: <name-1>'],
  // Windows device and registry ids glue `_…` to values
  [
    'BTHENUM\\{0000110b-0000-1000-8000-00805f9b34fb}_LOCALMFG&000f\\7&2a8b1c4f&0&A4DC4C3606A3_C00000000',
    'BTHENUM\\{0000110b-0000-1000-8000-00805f9b34fb}_LOCALMFG&000f\\7&2a8b1c4f&0&<mac-a4:dc:4c-1>_C00000000'
  ],
  ['BTHLE\\Dev_a4dc4c3606a3\\7&1 BSSID f0_18_45_3b_91_84_C00000000', 'BTHLE\\Dev_<mac-a4:dc:4c-1>\\7&1 BSSID <mac-f0:18:45-2>_C00000000'],
  ['HKEY_USERS\\S-1-5-21-2900470272-2294459695-1225507184-1001_Classes', 'HKEY_USERS\\<sid-1>_Classes'],
  ['from 2001:db8:9695:a53f:576:8187:cc01:c2f8_C00000000', 'from <ipv6-public-1>_C00000000'],
  // still not a MAC: a seventh pair, or hex inside a longer word
  ['id aa_bb_cc_dd_ee_ff_00 x', 'id aa_bb_cc_dd_ee_ff_00 x'],
  // a setupapi section brace is not a JSON object naming Logitech
  [
    'ndv: {Install Device - USB\\VID_046D&PID_0866\\ SerialNumber: HWZ9UM7',
    'ndv: {Install Device - USB\\VID_046D&PID_0866\\ SerialNumber: <serial-1>'
  ],
  ['{"vendor":"Logitech","serialNumber":"2131ABJMWXHA"}', '{"vendor":"Logitech","serialNumber":"2131ABJMWXHA"}'],
  // a serial ends before brackets and a full stop
  ['device serial=5CG8855EY9(uid=1000) and serial=5CG8855EY9.', 'device serial=<serial-1>(uid=1000) and serial=<serial-1>.'],
  // built-in accounts are not people
  ['session opened for user root(uid=0) by user jdoe', 'session opened for user root(uid=0) by user <user-1>']
])

table(
  'known values across underscores',
  [['CONTOSOAD\\mkowalczyk_C00000000 mkowalczyk_2024.pst xmkowalczyk', '<domain-1>\\<user-1>_C00000000 <user-1>_2024.pst xmkowalczyk']],
  { hostIdentities: { userName: 'mkowalczyk', domain: 'CONTOSOAD' } }
)

// Coordinates and MACs glued to log markup.
table('held-out seeds 51–53', [
  ['near 143.67708W_C00000000', 'near <geo-1>_C00000000'],
  [
    'details: ether f0db2716225f.]LOG]!> Physical Address: 5c5a.8a3d.c3c7.]LOG]',
    'details: ether <mac-f0:db:27-1>.]LOG]!> Physical Address: <mac-5c:5a:8a-2>.]LOG]'
  ],
  // a dotted version is still not a MAC
  ['build 1.2.3 v5c5a.8a3d.c3c7.1', 'build 1.2.3 v5c5a.8a3d.c3c7.1']
])

// Home paths with escaped UTF-8, and MACs glued to a suffix.
table('held-out seeds 61–63', [
  [
    '"GET /x HTTP/1.1" 200 "(opened /home/\\xc5\\x81ukasz/.config/x | /Users/\\xc5\\x81ukasz Haddad/Library/Logs/x)"',
    '"GET /x HTTP/1.1" 200 "(opened /home/<user-1>/.config/x | /Users/<user-2>/Library/Logs/x)"'
  ],
  ['usb 046d:089b; mac=f02ffab6cefc_C00000000', 'usb 046d:089b; mac=<mac-f0:2f:fa-1>_C00000000']
])

// Dotted MACs inside CSV, and a name that ends where the next key begins.
table('held-out seeds 71–73, 81–83', [
  [
    '"8001","usb VID_046D&PID_08D3 Physical Address: 0036.6146.2554 firmware 3.9.314"',
    '"8001","usb VID_046D&PID_08D3 Physical Address: <mac-00:36:61-1> firmware 3.9.314"'
  ],
  // a key that takes its value after a blank ends the name before it
  ['displayName: Jane Doe BSSID 00c6bf7cd5af BIOS serial=5CG1', 'displayName: <name-1> BSSID <mac-00:c6:bf-1> BIOS serial=<serial-1>']
])

// Look-alikes the escape and glue handling must leave alone, and shapes it must still read.
table('review of the held-out fixes', [
  // \u in raw Windows paths and plain text is not an escape
  ['Opened "C:\\Users\\u0034567\\Documents": denied', 'Opened "C:\\Users\\<user-1>\\Documents": denied'],
  ['Path: "D:\\build\\u2024_01\\out.txt": ok', 'Path: "D:\\build\\u2024_01\\out.txt": ok'],
  // dotted config keys, locales and modules before an underscore are not host names; nor `cef::bad`, nor a timestamp id
  [
    'camera.home_position=1 Localizable.de_DE.strings tests.test_utils',
    'camera.home_position=1 Localizable.de_DE.strings tests.test_utils'
  ],
  [
    'cef::bad_alloc thrown capture 24_01_02_10_30_00_123.log D:\\dev_202401021530\\build.log',
    'cef::bad_alloc thrown capture 24_01_02_10_30_00_123.log D:\\dev_202401021530\\build.log'
  ],
  // serials in brackets
  [
    'Serial: [2152LZ0ABC12] serial=(ABC12345) serialNumber={ABC12346}',
    'Serial: [<serial-1>] serial=(<serial-2>) serialNumber={<serial-3>}'
  ],
  // an escaped closing quote after an SSID stays an escaped quote (JSON stays valid)
  [
    '{"Message":"Windows reported \\u0022Connected to SSID: HomeNet\\u0022 at 10:00","Level":"Info"}',
    '{"Message":"Windows reported \\"Connected to SSID: <ssid-1>\\" at 10:00","Level":"Info"}'
  ],
  // Logitech serials in PowerShell hashtables and toString records
  ['@{Vendor=Logitech; Name=Rally Bar; SerialNumber=2152LZ0ABC12}', '@{Vendor=Logitech; Name=Rally Bar; SerialNumber=2152LZ0ABC12}'],
  [
    'Device{vendor=Logitech, product=Rally Bar, serialNumber=2152LZ0ABC12}',
    'Device{vendor=Logitech, product=Rally Bar, serialNumber=2152LZ0ABC12}'
  ],
  // empty values are not CSV quotes
  ['ssid="" bssid="" signal=-60 user="" domain="" status=ok', 'ssid="" bssid="" signal=-60 user="" domain="" status=ok'],
  // an entity-quoted value ends at the JSON string it sits in
  [
    '{"title":"Organizer: &quot;Weekly sync","body":"see &quot;notes&quot; for 203.0.113.9"}',
    '{"title":"Organizer: &quot;Weekly sync","body":"see &quot;notes&quot; for <ip-public-1>"}'
  ],
  // Bluetooth ids repeat the address
  [
    'BTHENUM\\DEV_A4DC4C3606A3\\7&2A8D1A5F&0&BLUETOOTHDEVICE_A4DC4C3606A3',
    'BTHENUM\\DEV_<mac-a4:dc:4c-1>\\7&2A8D1A5F&0&BLUETOOTHDEVICE_<mac-a4:dc:4c-1>'
  ],
  ['BTHLE\\DEV_F0F4B5A1B2C3\\8&2a5f7d1&0&F0F4B5A1B2C3', 'BTHLE\\DEV_<mac-f0:f4:b5-1>\\8&2a5f7d1&0&<mac-f0:f4:b5-1>'],
  [
    'BTHLEDevice\\{00001812-0000-1000-8000-00805f9b34fb}_Dev_VID&02046d_PID&b023_REV&0011_d3a1b2c3d4e5\\8&1',
    'BTHLEDevice\\{00001812-0000-1000-8000-00805f9b34fb}_Dev_VID&02046d_PID&b023_REV&0011_<mac-d3:a1:b2-1>\\8&1'
  ],
  // quoted MACs, coordinates and meeting ids are read with their shape
  [
    '{"bssid":"00c6bf7cd5af","lat":"47.6062","meetingId":"852 1234 5678"}',
    '{"bssid":"<mac-00:c6:bf-1>","lat":"<geo-1>","meetingId":"<meeting-1>"}'
  ],
  // other entity spellings of quotes
  [
    'organizer=&#039;Jane Doe&#039; owner=&#x27;John Roe&#x27; author=&amp;quot;Ann Poe&amp;quot;',
    'organizer=&#039;<name-1>&#039; owner=&#x27;<name-2>&#x27; author=&amp;quot;<name-3>&amp;quot;'
  ],
  // \u left in plain text inside a name
  ['INFO displayName: Zo\\u00EB Okonkwo joined', 'INFO displayName: <name-1> joined'],
  // a quote is never looked for on another line
  ['organizer=&apos;Jane Doe&apos;s laptop\nowner=&apos;x&apos;', 'organizer=&apos;<name-1>&apos;s laptop\nowner=&apos;x&apos;'],
  ["SSID 'Joe's'jane.doe@example.com\n'", "SSID '<ssid-1>'<email-1>\n'"]
])

table(
  'short known values and underscores',
  [
    ['dev_server started; max_dev_count=3 on dev', 'dev_server started; max_dev_count=3 on <host-1>'],
    ['acme_config.json for acme', 'acme_config.json for <term-1>']
  ],
  { hostIdentities: { hostName: 'dev' }, redact: ['acme'] }
)

table('windows event xml', [
  [
    "<Data Name='TargetUserName'>jdoe</Data><Data Name='TargetDomainName'>CONTOSO</Data><Data Name='WorkstationName'>RM-PC-04</Data>",
    "<Data Name='TargetUserName'><user-1></Data><Data Name='TargetDomainName'><domain-1></Data><Data Name='WorkstationName'><host-1></Data>"
  ],
  [
    '<Computer>BOARDROOM7</Computer><Data Name="SubjectUserName">MTR-RM4$</Data>',
    '<Computer><host-1></Computer><Data Name="SubjectUserName"><host-2>$</Data>'
  ],
  [
    "<Data Name='TargetUserName'>SYSTEM</Data><Data Name='TargetDomainName'>NT AUTHORITY</Data><Data Name='WorkstationName'>-</Data><Data Name='SubjectUserName'>DWM-1</Data>",
    "<Data Name='TargetUserName'>SYSTEM</Data><Data Name='TargetDomainName'>NT AUTHORITY</Data><Data Name='WorkstationName'>-</Data><Data Name='SubjectUserName'>DWM-1</Data>"
  ],
  [
    "<Data Name='IpAddress'>10.1.2.3</Data><Data Name='LogonType'>10</Data>",
    "<Data Name='IpAddress'><ip-10/8-1></Data><Data Name='LogonType'>10</Data>"
  ]
])

table('device-owner', [
  [
    'Command InstallProfile for device "iPad Pro de Inès" failed; iPhone von Anna Schmidt connected',
    'Command InstallProfile for device "iPad Pro de <name-1>" failed; iPhone von <name-2> connected'
  ],
  ['Pixel 8 de Lucía; iPhone de Ana María Souza', 'Pixel 8 de <name-1>; iPhone de <name-2>'],
  // a model's words in brackets name no owner
  [
    'AirPods Pro (Left); iPhone 15 Pro (Natural Titanium); Pixel 8 (Obsidian)',
    'AirPods Pro (Left); iPhone 15 Pro (Natural Titanium); Pixel 8 (Obsidian)'
  ],
  // a model's words in brackets are no owner
  [
    'MacBook Pro (16-inch, 2021); iPad (Wi-Fi); Surface Pro (5th Gen); Galaxy S23 (SM-S911B)',
    'MacBook Pro (16-inch, 2021); iPad (Wi-Fi); Surface Pro (5th Gen); Galaxy S23 (SM-S911B)'
  ],
  // the owner before a Korean, Japanese or Chinese possessive; a room's, ours and mine are no one's
  [
    'DevDesc - 서연의 Galaxy Buds2 Pro Hands-Free; 美咲のiPhone; ミサキのiPad; 王伟的MacBook Air',
    'DevDesc - <name-1>의 Galaxy Buds2 Pro Hands-Free; <name-2>のiPhone; <name-3>のiPad; <name-4>的MacBook Air'
  ],
  ['会議室のiPad; 我的iPhone; 我们的iPad', '会議室のiPad; 我的iPhone; 我们的iPad']
])

table('Configuration Manager client ids', [
  [
    'Server assigned ClientID is GUID:8E2F4C1A-7B3D-4E59-A0C6-1D9F2B7E3A58. SMSID=GUID:8e2f4c1a-7b3d-4e59-a0c6-1d9f2b7e3a58',
    'Server assigned ClientID is GUID:<serial-1>. SMSID=GUID:<serial-1>'
  ],
  // a GUID after a label and a blank is an interface's or a class's
  ['Interface GUID : {5f1c2a3b-1111-2222-3333-444455556666}', 'Interface GUID : {5f1c2a3b-1111-2222-3333-444455556666}']
])

table('shell-prompt', [
  [
    'amara@amara-xps13:~$ sudo lsusb -v\n[svc-av@rallyhost-akl-03 ~]$ hostnamectl',
    '<user-1>@<host-1>:~$ sudo lsusb -v\n[<user-2>@<host-2> ~]$ hostnamectl'
  ],
  [
    'roomadmin@MTR-Mac-Wellington ~ % system_profiler\nMateus-MBP-14:~ mgoncalves$ ls',
    '<user-1>@<host-1> ~ % system_profiler\n<host-2>:~ <user-2>$ ls'
  ],
  // root is no one, its machine still a host; an argument of a copy command and a price are no prompt
  ['root@rally-01:/var/log# tail -f syslog', 'root@<host-1>:/var/log# tail -f syslog'],
  ['scp file jdoe@host:/tmp/x\nprice is 5$ today', 'scp file jdoe@host:/tmp/x\nprice is 5$ today']
])

table('shell-prompt: folder names, virtual environments', [
  [
    'roomadmin@MTR-Mac-Wellington Downloads % ls\nMateus-MBP-14:Downloads mgoncalves$ ls',
    '<user-1>@<host-1> Downloads % ls\n<host-2>:Downloads <user-2>$ ls'
  ],
  ['(base) amara@amara-xps13:~$ ls', '(base) <user-1>@<host-1>:~$ ls'],
  // a URL at a line's start is no macOS prompt
  ['http://x.example:8080/a b$ c', 'http://<host-1>:8080/a b$ c']
])

table('video systems and firewalls: their own keys', [
  // RoomOS names the unit, its 802.1X account and the far end of a call
  [
    '*c xConfiguration SystemUnit Name: "LYN-4F-Confluence"; *c xConfiguration Network 1 IEEE8021X Identity: "svc-rk-lyn4f"',
    '*c xConfiguration SystemUnit Name: "<host-1>"; *c xConfiguration Network 1 IEEE8021X Identity: "<user-1>"'
  ],
  [
    '*s Call 8 RemoteNumber: "+420603118442"; calling_number=+44 20 7946 0018',
    '*s Call 8 RemoteNumber: "<phone-1>"; calling_number=<phone-2>'
  ],
  // FortiGate's own name and serial; udev's device node and a small id are none
  [
    'date=2024-03-12 devname="FGT-LYON-HQ01" devid="FG100FTK21004512" vd="root"',
    'date=2024-03-12 devname="<host-1>" devid="<serial-1>" vd="root"'
  ],
  ['DEVNAME=/dev/hidraw0 DEVNAME=hidraw0 devid=3 devid=0x0881', 'DEVNAME=/dev/hidraw0 DEVNAME=hidraw0 devid=3 devid=0x0881']
])

table("a command's target machine", [
  [
    'quser /server:KV-MUC-RB04; wmic /node:KV-MUC-RB04 os get caption; mstsc /v:KV-MUC-RB05:3389',
    'quser /server:<host-1>; wmic /node:<host-1> os get caption; mstsc /v:<host-2>:3389'
  ],
  ['Get-Service -ComputerName KV-MUC-RB04 -Name LogiSync', 'Get-Service -ComputerName <host-1> -Name LogiSync'],
  // a flag, a header, prose
  ['/v:on; Server: Microsoft-IIS/10.0; ComputerName value is empty', '/v:on; Server: Microsoft-IIS/10.0; ComputerName value is empty']
])

table('localized labels: Windows, macOS and meeting invitations in other languages', [
  // Security event text, German and French (a French colon has a blank before it)
  [
    '\tKontoname:\t\tj.schneider\n\tKontodomäne:\t\tMUELLERBAU\n\tArbeitsstationsname:\tMUC-PC-0417',
    '\tKontoname:\t\t<user-1>\n\tKontodomäne:\t\t<domain-1>\n\tArbeitsstationsname:\t<host-1>'
  ],
  [
    '\tNom du compte :\t\tc.lefevre\n\tDomaine du compte :\t\tDUPONT\n\tNom de la station de travail :\tPAR-PC-CLEFEVRE',
    '\tNom du compte :\t\t<user-1>\n\tDomaine du compte :\t\t<domain-1>\n\tNom de la station de travail :\t<host-1>'
  ],
  // ipconfig's dot leader, netsh's profiles and key, system_profiler's serial with its qualifier
  [
    '   Nom de l’hôte . . . . . . . . . . : PAR-SALLE-07\n    Perfil de todos los usuarios     : Oficinas-Álvarez\n    Schlüsselinhalt        : Zugspitze#2962!',
    '   Nom de l’hôte . . . . . . . . . . : <host-1>\n    Perfil de todos los usuarios     : <ssid-1>\n    Schlüsselinhalt        : <secret-1>'
  ],
  [
    '      Numéro de série (système) : FVFH31ABQ6L4\n      シリアル番号（システム）: C02G91LXQ05N',
    '      Numéro de série (système) : <serial-1>\n      シリアル番号（システム）: <serial-2>'
  ],
  // Teams and Zoom invitations: the meeting's number and code, the attendees; phones by their local word
  [
    'Besprechungs-ID: 361 555 208 641\nKenncode: Zq7hX3\nId. de reunión: 349 882 117 653\nCódigo de acceso: yT4mNq',
    'Besprechungs-ID: <meeting-1>\nKenncode: <secret-1>\nId. de reunión: <meeting-2>\nCódigo de acceso: <secret-2>'
  ],
  ['Erforderliche Teilnehmer: Jürgen Weiß; Anna Schmidt', 'Erforderliche Teilnehmer: <name-1>; <name-2>'],
  ['Tel.: +34 91 123 45 67 · Móvil: 612 34 56 78', 'Tel.: <phone-1> · Móvil: <phone-2>'],
  // the bare words for a user and a computer, net user's full name (its two columns), an owner
  [
    'Benutzer: jdoe; Utilisateur : c.lefevre; Ordinateur : PAR-PC-07\nVollständiger Name         Jürgen Weiß\nEigentümer: Anna Schmidt',
    'Benutzer: <user-1>; Utilisateur : <user-2>; Ordinateur : <host-1>\nVollständiger Name         <name-1>\nEigentümer: <name-2>'
  ],
  // Nordic, Czech and Turkish labels (a Turkish dotted capital İ too), and in other scripts
  [
    'Värdnamn . . . . . : SE-STO-MR-04\nKontonamn: johan.bergstrom Kontodomän: NORDVIK\nNázev účtu:\ttomas.cerny\nAnahtar İçeriği        : kedi1453Bostanci',
    'Värdnamn . . . . . : <host-1>\nKontonamn: <user-1> Kontodomän: <domain-1>\nNázev účtu:\t<user-2>\nAnahtar İçeriği        : <secret-1>'
  ],
  [
    'Имя учетной записи: ivanov.p\n계정 이름: kim.minjun\n帐户名称: wang.wei\nJelszó: Tit0k!',
    'Имя учетной записи: <user-1>\n계정 이름: <user-2>\n帐户名称: <user-3>\nJelszó: <secret-1>'
  ],
  // the same words in prose, without a separator, stay
  [
    'Das Passwort wurde geändert. Telefon klingelt. Mobil arbeiten; Teilnehmer 5 von 8',
    'Das Passwort wurde geändert. Telefon klingelt. Mobil arbeiten; Teilnehmer 5 von 8'
  ]
])

table("sudo's prompt in any language", [
  ['[sudo] Passwort für lwagner: ', '[sudo] Passwort für <user-1>: '],
  ['[sudo] Mot de passe de tgirard : ', '[sudo] Mot de passe de <user-1> : '],
  ['[sudo] taro のパスワード:', '[sudo] <user-1> のパスワード:'],
  ['[sudo] oguz için parola:', '[sudo] <user-1> için parola:'],
  ['[sudo] käyttäjän tomas salasana:', '[sudo] käyttäjän <user-1> salasana:'],
  ['[sudo] kim의 암호:', '[sudo] <user-1>의 암호:'],
  ['[sudo] contraseña para root:', '[sudo] contraseña para root:']
])

table("PAM's remote user and host, NetworkManager's Wi-Fi connection, a meeting invitation's sender", [
  [
    'pam_unix(sudo:auth): authentication failure; logname= uid=1000 euid=0 tty=/dev/pts/1 ruser=tcerny rhost=kiosk-07  user=tcerny',
    'pam_unix(sudo:auth): authentication failure; logname= uid=1000 euid=0 tty=/dev/pts/1 ruser=<user-1> rhost=<host-1>  user=<user-1>'
  ],
  ['ruser= rhost=  user=root', 'ruser= rhost=  user=root'],
  [
    "NetworkManager[912]: <info>  device (wlp2s0): Activation: (wifi) connection 'Nordvik-Personal' has security, and secrets exist.",
    "NetworkManager[912]: <info>  device (wlp2s0): Activation: (wifi) connection '<ssid-1>' has security, and secrets exist."
  ],
  // the sentence Zoom and Teams open an invitation with, in each language; a product invites no one
  [
    'Line Østergaard is inviting you to a scheduled Zoom meeting.\nJürgen Weiß lädt Sie zu einem geplanten Zoom-Meeting ein.',
    '<name-1> is inviting you to a scheduled Zoom meeting.\n<name-2> lädt Sie zu einem geplanten Zoom-Meeting ein.'
  ],
  ['Logitech Sync is inviting you to update', 'Logitech Sync is inviting you to update'],
  // localized netsh and system_profiler labels
  [
    '        SSID-namn              : "Nordvik-Gäst"\n      Laitteiston UUID: 4E1B7C2A-93D5-5F1E-B8A0-2C6D7E9F1A34',
    '        SSID-namn              : "<ssid-1>"\n      Laitteiston UUID: <serial-1>'
  ]
])

table('what names no one: vendor alert senders, built-in accounts in quotes, a session, a company, an application line', [
  ['From: Meraki Alerts <alerts-noreply@meraki.com>', 'From: Meraki Alerts <<email-1>>'],
  [
    "Service account 'LOCAL SERVICE' started; processing app with intent=3 for user session 0",
    "Service account 'LOCAL SERVICE' started; processing app with intent=3 for user session 0"
  ],
  ['XiO Cloud Alert | Account: Nordlys Energi AS | Room: Fjellsal 5', 'XiO Cloud Alert | Account: Nordlys Energi AS | Room: Fjellsal 5'],
  [
    '2024-06-11T07:25:03.117Z Expensive file: \\Device\\HarddiskVolume3\\x.etl',
    '2024-06-11T07:25:03.117Z Expensive file: \\Device\\HarddiskVolume3\\x.etl'
  ],
  // … while a person, an account and a syslog host with its pid still go
  ['From: Ana Souza <ana@x.org>; Account: jdoe | Room', 'From: <name-1> <<email-1>>; Account: <user-1> | Room'],
  ['2024-08-11T03:31:47+00:00 Fileserver sshd[22]: x', '2024-08-11T03:31:47+00:00 <host-1> sshd[22]: x']
])

table('review of the tenth round: what the new rules must read, and leave', [
  // a device's owner after a character of another script or an emoji; owners that are no one
  ['😀 iPhone von Anna; （iPad de Inès）', '😀 iPhone von <name-1>; （iPad de <name-2>）'],
  [
    '우리의 iPhone; 회의실의 iPad; 회사의 MacBook; わたしのiPhone; オフィスのiPad; テストのiPhone',
    '우리의 iPhone; 회의실의 iPad; 회사의 MacBook; わたしのiPhone; オフィスのiPad; テストのiPhone'
  ],
  // one word after a greeting, or another language's sign-off, only as a listed given name
  ['Liebe Grüße\nDear Customer,\nHallo Zusammen,\nMerci Beaucoup', 'Liebe Grüße\nDear Customer,\nHallo Zusammen,\nMerci Beaucoup'],
  // a capitalised sign-off in another script or with a diacritic; a signature with bullets
  ['Üdvözlettel,\nKovács Anna\nAnna Berg • IT-drift • +47 22 41 88 30', 'Üdvözlettel,\n<name-1>\n<name-2> • IT-drift • <phone-1>'],
  // Norwegian December, a `<PRI>` before an ISO time, a key spelled with a hyphen
  ['Des 12 10:22:31 oslo-pc01 sshd[12]: x', 'Des 12 10:22:31 <host-1> sshd[12]: x'],
  ['<13>2024-06-11T07:25:03Z Expensive file: x', '<13>2024-06-11T07:25:03Z Expensive file: x'],
  ['dev-name=hidraw0 client-name=Teams dev-name=FGT-LYON-HQ01', 'dev-name=hidraw0 client-name=Teams dev-name=<host-1>']
])

describe('a version column keeps its values in its own file', () => {
  it('and not in the next one', () => {
    const session = createRedactionSession()
    const a = session.redactText('"Device","Model","Firmware"\n"TYO-1","A30","10.20.30.40"\nsshd: from 10.20.30.40', 'a.csv').text
    const b = session.redactText('sshd: from 10.20.30.40', 'b.log').text
    expect(a).toBe('"Device","Model","Firmware"\n"TYO-1","A30","10.20.30.40"\nsshd: from 10.20.30.40')
    expect(b).toBe('sshd: from <ip-10/8-1>')
  })
})
