// 1 MiB lines with no newline (one after a PEM header), built to make backtracking or per-position rule work blow up:
// runs of a rule's anchor character (`@`, `:`, `.` between digits, `-` between digits), word
// runs that every look-behind has to reject, capitalised words (names), and repeated keys.
// The engine test runs them all; the bench prints how long each takes.
const MIB = 1 << 20
const fill = (unit: string): string => unit.repeat(Math.ceil(MIB / unit.length))

export const ADVERSARIAL_LINES: ReadonlyArray<{ name: string; line: string }> = [
  { name: 'letters', line: fill('a') },
  { name: 'digit-dot', line: fill('1.') },
  { name: 'at-signs', line: fill('a@') },
  { name: 'colons', line: fill(':') },
  { name: 'digit-dash', line: fill('0-') },
  { name: 'capitalised', line: fill('Aa ') },
  { name: 'password-keys', line: fill('password=') },
  { name: 'digits', line: fill('1') },
  { name: 'hex-pairs', line: fill('ab:') },
  { name: 'label-dots', line: fill('a.') },
  { name: 'url-encoded-at', line: fill('a%40') },
  { name: 'home-paths', line: fill('\\Users\\') },
  { name: 'url-schemes', line: fill('http://') },
  { name: 'quoted-keys', line: fill('"user":"') },
  { name: 'entity-quoted-keys', line: fill('organizer=&apos;x ') },
  { name: 'loose-ssid-keys', line: fill('SSID a ') },
  { name: 'unicode-escapes', line: fill('{"a":"\\u0022') },
  { name: 'windows-id-suffixes', line: fill('aa:bb:cc:dd:ee:ff_C00000000 ') },
  // a PEM block whose END never comes, then a long line: each line of an open block is tested for
  // being a body line (that test was quadratic in the line's length once)
  { name: 'pem-unclosed', line: '-----BEGIN CERTIFICATE-----\n' + fill('x ') },
  // a capital (or a Han character) then a run of blanks: an anchor opening with `[ \t]+`, tried at each
  // position of the run, read the rest of the run again each time (80,000 blanks took 21 s once)
  { name: 'blank-run', line: 'Ab' + fill(' ') },
  { name: 'blank-run-han', line: '日志' + fill(' ') + 'x' },
  { name: 'netsh-profile-blanks', line: '    Profile   : x' + fill(' ') + 'y' },
  { name: 'sign-off-blanks', line: 'Thanks, Bob' + fill(' ') + 'x' },
  // keys the prose and column forms read after blanks (`hostname set to`, `User name    x`, a bare `serial`)
  { name: 'prose-keys', line: fill('hostname set to x serial AB12CD34 ') },
  { name: 'shell-prompts', line: fill('a@b:~$ ') },
  // network gear and capitals-last machine names (`ap-3f-east-07`, `BIONESCU-LT`), the switches a command names its machine by
  { name: 'network-names', line: fill('ap-1-') },
  { name: 'caps-device-names', line: fill('AB-LT-') },
  { name: 'command-switches', line: fill('/server:/v:') },
  // a quser header then one row that never ends, a TeamViewer row's start, Korean possessives, greetings
  // and signature bars
  { name: 'quser-row', line: ' USERNAME  SESSIONNAME  ID  STATE\n a' + fill(' ') + '1' },
  { name: 'tab-rows', line: '1482907315\t' + fill('a\t') },
  { name: 'possessive-devices', line: fill('서연의 iPad ') },
  { name: 'greetings', line: 'Hej ' + fill('Anna ') },
  { name: 'signature-bars', line: fill('Anna Berg | ') + '+47 22 41 88 30' },
  // names in other scripts: honorifics, mentions, a chat line's bracketed time, caseless signatures
  { name: 'hangul-honorifics', line: fill('김민준 님 ') },
  { name: 'han-mentions', line: fill('@张伟') },
  { name: 'chat-times', line: fill('[오후 2:14') },
  { name: 'caseless-signature', line: fill('วิภาวดี ') + '| +66 2 123 4567' },
  // another maker's serials, owners' and actors' accounts, remote sessions' codes
  { name: 'maker-serials', line: fill('Dell serial AB12 ') },
  { name: 'owner-accounts', line: fill('owner:ab.cd ') },
  { name: 'actor-accounts', line: fill('by Anna Berg (ab) ') },
  { name: 'remote-codes', line: fill('TeamViewer code AB12CD ') }
]
