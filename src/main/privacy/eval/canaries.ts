import type { Rng } from './prng'

// Synthetic personal data of every category the engine must remove. Each canary carries
// probes: the strings whose presence after redaction counts as a leak.
export type ProbeKind = 'text' | 'word' | 'digits' | 'hex'
export interface Probe {
  kind: ProbeKind
  value: string
}
export interface Canary {
  type: string
  fragment: string
  probes: Probe[]
}

const FIRST = [
  'Zoë',
  'Łukasz',
  'Siobhán',
  'José',
  'Anaïs',
  'Björn',
  'Priya',
  'Wei',
  'Oluwaseun',
  'Mateo',
  'Ingrid',
  'Kenji',
  'Fatima',
  'Dmitri',
  'Aoife',
  'Henrik',
  'Mireille',
  'Tomasz',
  'Ximena',
  'Yusuf'
]
const LAST = [
  'Wiśniewski',
  "O'Sullivan",
  'García',
  'Van der Berg',
  'Nakamura',
  'Okonkwo',
  'Lindqvist',
  'Raghunathan',
  'Müller',
  'Brzęczyszczykiewicz',
  'Haddad',
  'Kowalczyk',
  'Fitzgerald',
  'Dubois',
  'Oyelaran',
  'Castellanos',
  'Bergström',
  'Chandrasekar',
  'Moreau',
  'Abernathy'
]
const TLDS = ['com', 'org', 'net', 'example', 'company', 'co.uk', 'de', 'io']

const word = (v: string): Probe => ({ kind: 'word', value: v })
const text = (v: string): Probe => ({ kind: 'text', value: v })
const digits = (v: string): Probe => ({ kind: 'digits', value: v.replace(/\D/g, '') })

function person(rng: Rng): { first: string; last: string } {
  return { first: rng.pick(FIRST), last: rng.pick(LAST) }
}
function nameProbes(first: string, last: string): Probe[] {
  return [
    text(`${first} ${last}`),
    ...last
      .split(/[ ']/)
      .filter((p) => p.length >= 4 && !['der', 'van'].includes(p.toLowerCase()))
      .map(word)
  ]
}
const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase()

function emailParts(rng: Rng): { first: string; last: string; local: string; domain: string; probe: string } {
  const { first, last } = person(rng)
  const local = rng.pick([
    `${ascii(first)}.${ascii(last)}`,
    `${ascii(first)[0]}${ascii(last)}${rng.int(1, 99)}`,
    `${ascii(first)}+rooms`,
    `${ascii(last)}_${rng.digits(3)}`
  ])
  const domain = `${rng.pick(['contoso', 'fabrikam', 'northwind', 'acme-corp', 'example'])}${rng.int(1, 99)}.${rng.pick(TLDS)}`
  return { first, last, local, domain, probe: local.split('+')[0]! }
}

// Probes are per spelling: a plain address leaks as `@domain`, an encoded one as `%40domain`
// (asking for both made every e-mail canary fail the generator's own probe check).
function email(rng: Rng): Canary {
  const { first, last, local, domain, probe } = emailParts(rng)
  const addr = `${local}@${domain}`
  const fragment = rng.pick([
    `user ${addr}`,
    `account=${addr.toUpperCase()}`,
    `mailto:${addr}`,
    `organizer="${first} ${last}" <${addr}>`,
    `{"mail":"${addr}"}`,
    `invite sent to ${addr}.`,
    `delivered to <${addr}>, status 250`,
    `calendar owner ${addr}; sync ok`
  ])
  return { type: 'email', fragment, probes: [text(probe), text(`@${domain}`)] }
}

function emailUrlEncoded(rng: Rng): Canary {
  const { local, domain, probe } = emailParts(rng)
  const enc = `${local}%40${domain}`
  const fragment = rng.pick([
    `GET https://caldav.${domain}/calendars/${enc}/events/`,
    `redirect https://login.microsoftonline.com/common/oauth2/authorize?client_id=1&login_hint=${enc}&prompt=none`,
    `upn=${enc}`,
    `href=mailto%3A${enc}`,
    `path /api/users/${enc}/presence`
  ])
  return { type: 'email_urlencoded', fragment, probes: [text(probe), text(`%40${domain}`)] }
}

function phone(rng: Rng): Canary {
  const n3 = rng.digits(3)
  const forms = [
    `+1 (415) 555-01${rng.digits(2)}`,
    `(206) 555-01${rng.digits(2)}`,
    `+1-212-555-01${rng.digits(2)}`,
    `+44 7700 900${n3}`,
    `07700 900${n3}`,
    `+44 20 7946 0${n3}`,
    `+49 30 ${rng.int(1000, 9999)} ${rng.int(1000, 9999)}`,
    `+33 1 ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
    `06.${rng.int(10, 99)}.${rng.int(10, 99)}.${rng.int(10, 99)}.${rng.int(10, 99)}`,
    `+81 3-${rng.int(1000, 9999)}-${rng.int(1000, 9999)}`,
    `+91 98${rng.digits(3)} ${rng.digits(5)}`,
    `+86 138 ${rng.digits(4)} ${rng.digits(4)}`,
    `+55 11 9${rng.digits(4)}-${rng.digits(4)}`,
    `+61 2 9${rng.digits(3)} ${rng.digits(4)}`,
    `+41 44 ${rng.int(200, 799)} ${rng.int(10, 99)} ${rng.int(10, 99)}`
  ]
  const num = rng.pick(forms)
  const fragment = rng.pick([
    `callerId=${num}`,
    `dialing ${num}`,
    `PSTN call from ${num} connected`,
    `"phone": "${num}"`,
    `contact: ${num}`
  ])
  return { type: 'phone', fragment, probes: [digits(num.replace(/^\+\d{1,2}[ -]?/, '').replace(/^0/, ''))] }
}

function personName(rng: Rng): Canary {
  const { first, last } = person(rng)
  const fragment = rng.pick([
    `organizer="${first} ${last}"`,
    `displayName: ${first} ${last}`,
    `"displayName":"${first} ${last}"`,
    `participant joined: name='${first} ${last}'`.replace("name='", "participant='"),
    `attendee=${last}, ${first}`,
    `{"organizer":{"name":"${first} ${last}"}}`.replace('{"name":', '{"displayName":'),
    `signed in as ${first} ${last}`
  ])
  return { type: 'person_name', fragment, probes: nameProbes(first, last) }
}

function macParts(rng: Rng): string[] {
  return [rng.pick(['00', '3c', 'a4', 'f0', 'b8', '5c']), ...Array.from({ length: 5 }, () => rng.hex(2))]
}
function mac(rng: Rng): Canary {
  const p = macParts(rng)
  const shape = rng.int(0, 5)
  const v = [
    p.join(':'),
    p.join(':').toUpperCase(),
    p.join('-').toUpperCase(),
    `${p[0]}${p[1]}.${p[2]}${p[3]}.${p[4]}${p[5]}`,
    p.join(''),
    p.join('_')
  ][shape]!
  const fragment =
    shape === 4
      ? rng.pick([`ether ${v}`, `mac=${v}`, `BSSID ${v}`])
      : rng.pick([`BSSID ${v}`, `ether ${v}`, `Physical Address: ${v}`, `peer ${v} associated`, `wifi_mac=${v}`])
  return { type: 'mac', fragment, probes: [{ kind: 'hex', value: p.slice(3).join('') }] }
}

function ipv4(rng: Rng): Canary {
  const ip = `${rng.pick([203, 198, 81, 62, 151, 185, 24, 73, 222])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
  const fragment = rng.pick([
    `from ${ip}`,
    `rhost=${ip}`,
    `[client ${ip}]`,
    `X-Forwarded-For: ${ip}`,
    `connect ${ip}:${rng.int(1024, 65535)}`,
    `(${ip})`,
    `peer=${ip},`
  ])
  return { type: 'ipv4', fragment, probes: [word(ip)] }
}

function ipv4Private(rng: Rng): Canary {
  const ip = rng.pick([
    `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
  ])
  const fragment = rng.pick([`inet ${ip} netmask 255.255.255.0`, `DHCP ACK ${ip}`, `gateway=${ip}`, `src=${ip}`, `"ip":"${ip}"`])
  return { type: 'ipv4_private', fragment, probes: [word(ip)] }
}

function ipv6(rng: Rng): Canary {
  const g = (): string => rng.hex(4).replace(/^0+(?=.)/, '')
  const shape = rng.int(0, 5)
  if (shape === 0) {
    // EUI-64 from a MAC: the MAC is a probe too
    const p = macParts(rng)
    const b0 = (parseInt(p[0]!, 16) ^ 2).toString(16).padStart(2, '0')
    const iid = `${b0}${p[1]}:${p[2]}ff:fe${p[3]}:${p[4]}${p[5]}`.replace(/(^|:)0+(?=[0-9a-f])/g, '$1')
    const addr = `fe80::${iid}`
    return {
      type: 'ipv6',
      fragment: `inet6 ${addr}%en0 prefixlen 64`,
      probes: [text(addr), { kind: 'hex', value: p.slice(3).join('') }, text(`fe${p[3]}:${p[4]}${p[5]}`)]
    }
  }
  const full = `2001:db8:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`
  const addr = [
    full,
    `2a02:${g()}:${g()}::${g()}:${g()}`,
    `[2606:4700:${g()}::${g()}]:443`,
    full.toUpperCase(),
    `fd12:${g()}:${g()}::${g()}`
  ][shape - 1]!
  const core = addr.replace(/^\[|\]:\d+$/g, '')
  return { type: 'ipv6', fragment: rng.pick([`from ${addr}`, `addr=${addr}`, `peer ${addr} ok`]), probes: [text(core)] }
}

function hostname(rng: Rng): Canary {
  const { first, last } = person(rng)
  const f = ascii(first)
  const l = ascii(last)
  const cap = f[0]!.toUpperCase() + f.slice(1)
  const oct = (): number => rng.int(1, 254)
  const [a, b, c, d] = [oct(), oct(), oct(), oct()]
  const forms: Array<[string, Probe[]]> = [
    [`${cap}s-MacBook-Pro.local`, [word(`${cap}s-MacBook-Pro`)]],
    [`${l.toUpperCase()}-PC`, [word(`${l.toUpperCase()}-PC`)]],
    [`DESKTOP-${rng.alnum(7, true)}`, []],
    [`${f[0]}${l}-laptop.corp.${rng.pick(['contoso', 'fabrikam'])}.com`, [text(`${f[0]}${l}-laptop`)]],
    [`${a}-${b}-${c}-${d}.dyn.${rng.pick(['isp-example', 'telco'])}.net`, [text(`${a}-${b}-${c}-${d}`)]],
    [`adsl-${a}-${b}-${c}-${d}.dsl.${rng.pick(['swbell', 'bigpond'])}.net`, [text(`${a}-${b}-${c}-${d}`)]],
    [`${cap}s-iPad`, [word(`${cap}s-iPad`)]],
    [`calvisitor-${a}-${b}-${c}-${d}`, [text(`${a}-${b}-${c}-${d}`)]]
  ]
  const [h, probes0] = rng.pick(forms)
  const probes = probes0.length ? probes0 : [word(h)]
  const fragment = rng.pick([`host ${h} is up`, `hostname=${h}`, `resolved ${h}`, `connecting to ${h}`, `Computer Name: ${h}`])
  return { type: 'hostname', fragment, probes }
}

function homePath(rng: Rng): Canary {
  const { first, last } = person(rng)
  const u = rng.pick([
    `${ascii(first)}.${ascii(last)}`,
    `${ascii(first)[0]}${ascii(last)}${rng.int(1, 2024)}`,
    `${first} ${last}`,
    `${first}`,
    `${ascii(last).slice(0, 6).toUpperCase()}~1`
  ])
  const enc = encodeURIComponent(u)
  const forms = [
    `C:\\Users\\${u}\\AppData\\Local\\Logitech\\Sync\\log.txt`,
    `{"path":"C:\\\\Users\\\\${u}\\\\AppData\\\\Roaming\\\\Zoom\\\\logs"}`,
    `C:/Users/${u}/Documents/report.pdf`,
    `file:///C:/Users/${enc}/AppData/Local/Temp/x.html`,
    `\\\\?\\C:\\Users\\${u}\\Downloads\\setup.exe`,
    `/Users/${u}/Library/Logs/zoom.us/zoom_stdout.log`,
    `/home/${u}/.config/logi-room-diagnostics/settings.json`,
    `at Object.<anonymous> (/Users/${u}/dev/app/main.js:12:5)`
  ]
  const form = rng.pick(forms)
  return { type: 'home_path_user', fragment: `opened ${form}`, probes: [word(form.startsWith('file:') ? enc : u)] }
}

function wifiSsid(rng: Rng): Canary {
  const { first } = person(rng)
  const ssid = rng.pick([
    `${first}'s iPhone`,
    `Café Lumière Guest`,
    `Smith & Sons 5G`,
    `Hotel-${rng.alnum(4, true)}!`,
    `Wohnung Müller`,
    `${first}Net-${rng.digits(3)}`,
    `📶 FreeWiFi ${rng.digits(2)}`
  ])
  const fragment = rng.pick([
    `SSID '${ssid}'`,
    `ssid="${ssid}"`,
    `[SSID=${ssid}]`,
    `{"ssid":"${ssid}"}`,
    `Connected to Wi-Fi network: ${ssid}`
  ])
  return { type: 'wifi_ssid', fragment, probes: [text(ssid)] }
}

function meetingUrl(rng: Rng): Canary {
  const id = `8${rng.digits(10)}`
  const pwd = rng.alnum(16)
  const forms: Array<[string, Probe[]]> = [
    [`https://us0${rng.int(2, 6)}web.zoom.us/j/${id}?pwd=${pwd}`, [digits(id), text(pwd)]],
    [`zoommtg://zoom.us/join?action=join&confno=${id}&pwd=${pwd}`, [digits(id), text(pwd)]],
    [
      `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${rng.alnum(24)}%40thread.v2/0?context=%7b%22Tid%22%3a%22${rng.hex(8)}-${rng.hex(4)}%22%7d`,
      []
    ],
    [`msteams:/l/meetup-join/19%3ameeting_${rng.alnum(24)}%40thread.v2/0`, []],
    [
      `https://meet.google.com/${rng.alnum(3).replace(/\d/g, 'q')}-${rng.alnum(4).replace(/\d/g, 'x')}-${rng.alnum(3).replace(/\d/g, 'z')}`,
      []
    ],
    [`https://${rng.pick(['acme', 'contoso'])}${rng.int(1, 99)}.webex.com/meet/${ascii(rng.pick(FIRST))}${rng.digits(2)}`, []],
    [`Meeting ID: ${id.slice(0, 3)} ${id.slice(3, 7)} ${id.slice(7)} Passcode: ${rng.digits(6)}`, [digits(id)]]
  ]
  const [url, probes0] = rng.pick(forms)
  const probes = probes0.length
    ? probes0
    : [text(url.replace(/^.*?(?:meetup-join\/|meet\.google\.com\/|webex\.com\/meet\/)/, '').slice(0, 20))]
  if (url.startsWith('Meeting ID')) probes.push(text(url.slice(url.lastIndexOf(' ') + 1)))
  return {
    type: 'meeting_url',
    fragment: rng.pick([`joining ${url}`, `"joinUrl":"${url}"`, `launch url=${url} ok`]).replace('url=Meeting', 'Meeting'),
    probes
  }
}

function secretToken(rng: Rng): Canary {
  const b64 = (n: number): string => rng.alnum(n) + rng.alnum(2, true)
  const sig = b64(30)
  const payload = `eyJ${b64(20)}`
  const jwt = `eyJhbGciOiJSUzI1NiJ9.${payload}.${sig}`
  const forms: Array<[string, string[]]> = [
    [`Authorization: Bearer ${jwt}`, [payload, sig]],
    [`stripe key sk_live_${b64(24)}`, []],
    [`aws AKIA${rng.alnum(16, true)}`, []],
    [`token ghp_${rng.alnum(36)}`, []],
    [`slack xoxb-${rng.digits(11)}-${rng.alnum(24)}`, []],
    [`refresh_token=${b64(40)}`, []],
    [`x-api-key: ${b64(32)}`, []],
    [`GET /api/v1/status?access_token=${b64(30)}`, []],
    [`"password":"${rng.pick(['Summer', 'Winter', 'Rally'])}${rng.digits(4)}!"`, []],
    [`mysql_pwd=${b64(12)}`, []]
  ]
  const [frag, parts] = rng.pick(forms)
  const secret = parts.length
    ? parts
    : [
        frag
          .replace(/^.*?(?:sk_live_|AKIA|ghp_|xoxb-|refresh_token=|x-api-key: |access_token=|"password":"|mysql_pwd=)/, '')
          .replace(/"$/, '')
      ]
  return { type: 'secret_token', fragment: frag, probes: secret.map(text) }
}

function creditCard(rng: Rng): Canary {
  const prefix = rng.pick(['4', '51', '55', '2221', '34', '37', '6011'])
  const len = prefix === '34' || prefix === '37' ? 15 : 16
  let body = prefix + rng.digits(len - prefix.length - 1)
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let n = Number(body[body.length - 1 - i])
    if (i % 2 === 0) {
      n *= 2
      if (n > 9) n -= 9
    }
    sum += n
  }
  body += String((10 - (sum % 10)) % 10)
  const sep = rng.pick(['', ' ', '-'])
  const v = len === 16 ? body.match(/.{4}/g)!.join(sep) : `${body.slice(0, 4)}${sep}${body.slice(4, 10)}${sep}${body.slice(10)}`
  return { type: 'credit_card', fragment: rng.pick([`card ${v} declined`, `pan=${v}`, `"cc":"${v}"`]), probes: [digits(body)] }
}

function gps(rng: Rng): Canary {
  const lat = `${rng.pick(['', '-'])}${rng.int(1, 60)}.${rng.digits(5)}`
  const lon = `${rng.pick(['', '-'])}${rng.int(1, 170)}.${rng.digits(5)}`
  const form = rng.pick([
    `lat=${lat} lon=${lon}`,
    `{"latitude":${lat},"longitude":${lon}}`,
    `location ${lat},${lon}`,
    `geo=${lat};${lon}`,
    `${lat.replace('-', '')}N ${lon.replace('-', '')}W`
  ])
  return { type: 'gps', fragment: form, probes: [text(lat.replace('-', '')), text(lon.replace('-', ''))] }
}

function iban(rng: Rng): Canary {
  const bban = `WEST${rng.digits(14)}`
  const rearr = `${bban}GB00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  let r = 0
  for (const ch of rearr) r = (r * 10 + Number(ch)) % 97
  const check = String(98 - r).padStart(2, '0')
  const v = `GB${check}${bban}`
  const spaced = v.match(/.{1,4}/g)!.join(' ')
  return { type: 'iban', fragment: rng.pick([`refund to ${v}`, `IBAN: ${spaced}`]), probes: [text(bban.slice(4))] }
}

function windowsSid(rng: Rng): Canary {
  const sid = `S-1-5-21-${rng.int(1e9, 4e9)}-${rng.int(1e9, 4e9)}-${rng.int(1e9, 4e9)}-${rng.int(1000, 9999)}`
  return {
    type: 'windows_sid',
    fragment: rng.pick([`SID ${sid}`, `user sid=${sid}`, `HKEY_USERS\\${sid}\\Software`]),
    probes: [text(sid.slice(9))]
  }
}

function hostSerial(rng: Rng): Canary {
  const s = rng.pick([
    `5CG${rng.digits(4)}${rng.alnum(3, true)}`,
    `C02${rng.alnum(8, true)}`,
    `PF${rng.alnum(6, true)}`,
    `${rng.alnum(7, true)}`
  ])
  return {
    type: 'host_serial',
    fragment: rng.pick([`BIOS serial=${s}`, `SerialNumber: ${s}`, `Service Tag: ${s}`, `{"serialNumber":"${s}","model":"Latitude 7440"}`]),
    probes: [word(s)]
  }
}

/** Identities of the simulated host; the scorer hands them to the engine as known values. */
export const SIM_HOST = { userName: 'mkowalczyk', fullName: 'Marta Kowalczyk', hostName: 'RM-BOARDROOM-07', domain: 'CONTOSOAD' }
function hostIdentity(rng: Rng): Canary {
  const forms: Array<[string, string]> = [
    [`logged on user CONTOSOAD\\${SIM_HOST.userName}`, SIM_HOST.userName],
    [`ProfileList ${SIM_HOST.userName.toUpperCase()} loaded`, SIM_HOST.userName],
    [`machine ${SIM_HOST.hostName.toLowerCase()} heartbeat`, SIM_HOST.hostName],
    [`Welcome back, ${SIM_HOST.fullName}`, SIM_HOST.fullName],
    [`owner Kowalczyk, Marta`, 'Kowalczyk, Marta'],
    [`joined domain ${SIM_HOST.domain}`, SIM_HOST.domain]
  ]
  const [frag, probe] = rng.pick(forms)
  return { type: 'host_identity', fragment: frag, probes: [text(probe)] }
}

export const CANARY_GENERATORS: Record<string, (rng: Rng) => Canary> = {
  email,
  email_urlencoded: emailUrlEncoded,
  phone,
  person_name: personName,
  mac,
  ipv4,
  ipv4_private: ipv4Private,
  ipv6,
  hostname,
  home_path_user: homePath,
  wifi_ssid: wifiSsid,
  meeting_url: meetingUrl,
  secret_token: secretToken,
  credit_card: creditCard,
  gps,
  iban,
  windows_sid: windowsSid,
  host_serial: hostSerial,
  host_identity: hostIdentity
}
