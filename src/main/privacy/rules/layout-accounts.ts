import type { Rule, RuleContext } from '../types'
import { lineAt, nearAnchor, rewrite, rewriteAt, runBeforeAnchor, type StartFinder } from '../rewrite'
import { isWordChar } from '../char-codes'
import { holdsThingWord, personShaped } from './person-phrases'
import { LOGITECH_WORD, NOT_AN_ACCOUNT, SYSTEM_ACCOUNT, WIFI_LINE } from './context-keys'
import { accountToken, domainToken } from '../account-token'
import { GUID_SOURCE } from '../guid'
import { literalTrieSource } from '../literal-trie'
import { nameLists } from '../name-lists'
import { REMOTE_SUPPORT_TOOLS } from './remote-support-tools'

// Accounts a tool's own line layout names, with no key before them: one row per layout, each a
// pattern whose first group is the account (and second, if any, its password), tried only on
// text holding the layout's literal marker.
interface Layout {
  /** literals one of which every match contains (tested before the pattern runs) */
  markers: readonly string[]
  pattern: RegExp
  /** group 2 is the account and group 3 its password (curl's `-u user:password`); the pattern needs the `d` flag */
  secret?: boolean
  /** the value may be a person's name as well as an account (a person-shaped one is a name) */
  person?: boolean
  /** group 1 is a Windows domain, group 2 its account (`[CORP]\\[ebenoit]`) */
  domain?: boolean
  /** the value (first group that took part) is a credential, not an account */
  credential?: boolean
  /** the match must open at a word break (not after a letter, digit, `_` or `-`) */
  wordStart?: boolean
  /** where a match can start (the pattern is then tried sticky there, not at every position) */
  starts?: () => StartFinder
  /** the match's line must pass this (a bare `key=` is a Wi-Fi key only on a line about Wi-Fi) */
  line?: RegExp
  /** the account (first group that took part, or `group`) must pass this */
  accept?: (value: string, match: RegExpExecArray) => boolean
  /** the group that holds the account, when earlier groups hold its context */
  group?: number
}
const ACCOUNT = String.raw`([A-Za-z_][\w.@-]{0,63}?\$?)`
// a token another rule wrote (`<user-5>`) is no account in angle brackets
const TOKEN_SHAPE = String.raw`[a-z][a-z0-9]*(?:-[a-z0-9.:/]+)*-\d+>`
// the last label of a file name or a domain, which a first.last account never ends in
// (documents, archives and media too: `report.pdf (Read-only)`, `notes.md (Admin)`)
const FILE_OR_DOMAIN_WORDS =
  'json|exe|dll|sys|log|txt|xml|ini|cfg|conf|yaml|yml|plist|sh|ps1|py|js|ts|app|pkg|msi|service|socket|timer|target|com|net|org|edu|gov|io|local|lan|corp|internal|home|pdf|zip|md|docx?|xlsx?|pptx?|csv|png|jpe?g|gif|mp4|mov|wav|mp3|dmg|iso|tar|gz|rar|html?|css|bat|cmd|reg|evtx|etl|cab|dmp'
const FILE_OR_DOMAIN_WORD = new RegExp(`^(?:${FILE_OR_DOMAIN_WORDS})$`)
// A person's account as directories make it: first.last, f.last or f_last, in letters (`j.kowalski`,
// `liam.oconnor`); not two words (`windows_update`, `video.resolution`), a file (`report.pdf`) or a
// Logitech product (`logi.tune`)
const PERSON_ACCOUNT = '[a-z]{1,20}[._][a-z]{2,30}'
function personAccount(v: string): boolean {
  const parts = v.split(/[._]/)
  const lists = nameLists()
  return (
    !FILE_OR_DOMAIN_WORD.test(parts[parts.length - 1]!) &&
    !LOGITECH_WORD.test(v) &&
    !parts.some((p) => p.length >= 4 && lists?.isWord(p) === true)
  )
}
// An administrator's account named for its role: lower-case words joined by `-` or `_`, one of them
// the role (`nyc-av-admin`, `aruba-admin`, `netops_ymensah`, `bwf-avtech`, `svc-rooms`)
const ADMIN_SHAPE = '[a-z][a-z0-9]{0,15}(?:[-_][a-z0-9]{1,15}){1,3}'
const ADMIN_PART = /^(?:[a-z]{0,8}admin|adm|administrator|svc|sa|ops|netops|[a-z]{0,4}tech|it|helpdesk|noc)$/
function adminAccount(v: string): boolean {
  return v.split(/[-_]/).some((p) => ADMIN_PART.test(p)) && !LOGITECH_WORD.test(v)
}
const LAYOUTS: readonly Layout[] = [
  // cron: `CRON[51902]: (pjoshi) CMD (/home/pjoshi/bin/sync.sh)`
  { markers: [') CMD ('], pattern: new RegExp(String.raw`\(${ACCOUNT}\)[ \t]+CMD[ \t]+\(`, 'dg') },
  // sshd's process title: `sshd: rvandermeer [priv]`, `sshd: jdoe@pts/0`, `sshd: jdoe@notty`
  {
    markers: ['sshd: '],
    pattern: new RegExp(String.raw`\bsshd:[ \t]+${ACCOUNT}(?:[ \t]+\[(?:priv|net|accepted)\]|@(?:pts\/\d+|tty\w*|notty))`, 'dg')
  },
  // sudo's line after any prefix: `  lnguyen : TTY=pts/2 ; PWD=/home/… ; USER=root ; COMMAND=…`
  { markers: [' : TTY='], pattern: new RegExp(String.raw`(?<![\w.-])${ACCOUNT}[ \t]+:[ \t]+TTY=`, 'dg') },
  // sudo's password prompt in any language: the account before the colon (`[sudo] Passwort für lwagner:`,
  // `[sudo] Mot de passe de tgirard :`), or before the words for its password where a language puts
  // them last (`[sudo] taro のパスワード:`, `[sudo] oguz için parola:`, `[sudo] käyttäjän tomas salasana:`);
  // the English `password for` is the key table's
  {
    markers: ['[sudo] '],
    pattern: new RegExp(
      String.raw`\[sudo\][ \t]+(?:[^\s:：[\]]{1,24}[ \t]+){0,4}?${ACCOUNT}(?:[ \t]?(?:のパスワード|의[ \t]?암호|的密[码碼])|[ \t]+(?:için[ \t]+parola|jelszava|salasana))?[ \t]?[:：][ \t]*$`,
      'dgm'
    )
  },
  // an account where a ticket or a tag names who owns or handled a thing (`owner:liam.oconnor` in
  // Datadog's tags, `assigned_to=j.kowalski`, `Opened by: m.nowak`): a person's account shape only,
  // first.last or f_last (see personAccount: `rally-bar`, `windows-update`, `com.apple.finder` are none)
  {
    markers: ['owner', 'Owner', 'OWNER', ' by:', ' by=', ' by :', '_by:', '_by=', 'ssigned to', 'ssigned To', 'ssigned_to'],
    pattern: new RegExp(
      String.raw`(?<![\w-])(?:[Oo]wner|OWNER|(?:[Oo]pened|[Cc]reated|[Rr]equested|[Rr]esolved|[Cc]losed|[Uu]pdated|[Mm]odified|[Aa]cknowledged|[Aa]pproved|[Rr]eported|[Ss]ubmitted)[ _][Bb]y|[Aa]ssigned[ _][Tt]o)[ \t]*[:=][ \t]*(${PERSON_ACCOUNT})(?![\w@:/\\-]|\.\w)`,
      'dy'
    ),
    // (tried at the key: `owner`, `assigned`, or up to twelve characters before `by:`)
    starts: nearAnchor([/[Oo]wner|OWNER|[Aa]ssigned[ _][Tt]o/, 0], [/[ _][Bb]y[ \t]*[:=]/, 13]),
    accept: (v) => personAccount(v)
  },
  // an audit line's actor: an account in brackets after the person's name an agent's `by` names
  // (`acknowledged by Ngaire Tūhoe (tobriain)`), or a first.last account before its role in brackets
  // (`XiO Cloud audit: kaito.morishita (Admin) sent Reboot`)
  {
    markers: [' by ', ' By '],
    pattern:
      /\b[Bb]y[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+){1,3})[ \t]\(([a-z][a-z0-9]{1,30}(?:[._-][a-z0-9]{1,30}){0,2})\)/duy,
    // (tried where `by` and a blank stand: ` by ` is in most lines of prose)
    starts: nearAnchor([/[Bb]y[ \t]/, 0]),
    // (a product's or a policy's name is no one's: `Installed by Microsoft Teams (msteams)`)
    group: 2,
    accept: (_v, m) => personShaped(m[1]!) && !holdsThingWord(m[1]!)
  },
  {
    markers: [' (Admin', ' (Owner', ' (Operator', ' (Viewer', ' (Editor', ' (User', ' (Member', ' (Guest', ' (Read'],
    pattern: new RegExp(
      String.raw`(?<![\w.@\\/-])(${PERSON_ACCOUNT})(?=[ \t]\((?:Admin|Administrator|Owner|Operator|Viewer|Editor|User|Member|Guest|Read[- ]?only)\))`,
      'dg'
    ),
    accept: (v) => personAccount(v)
  },
  // Nagios and Icinga 1 (and Naemon, Shinken): the contact a notification went to opens its fields
  // (`SERVICE NOTIFICATION: dwalters;host;service;CRITICAL;…`), and an acknowledgement's author is its
  // fifth or sixth field (`EXTERNAL COMMAND: ACKNOWLEDGE_HOST_PROBLEM;host;1;1;1;dwalters;comment`)
  { markers: [' NOTIFICATION: '], pattern: new RegExp(String.raw`\b(?:SERVICE|HOST)[ \t]NOTIFICATION:[ \t]+${ACCOUNT};`, 'dg') },
  {
    markers: ['ACKNOWLEDGE_'],
    pattern: new RegExp(String.raw`\bACKNOWLEDGE_(?:HOST|SVC)_PROBLEM;[^;\n]*;(?:[^;\n]*;)?[0-2];[01];[01];${ACCOUNT};`, 'dg')
  },
  // polkit identities: `unix-user:gmwangi`
  { markers: ['unix-user:'], pattern: new RegExp(String.raw`\bunix-user:${ACCOUNT}(?![\w.@-])`, 'dg') },
  // Windows PrintService events 307/372: `… owned by tnkosimbeki on \\LT-01 was printed`, `…, owned by tlnguyen, failed`
  { markers: ['owned by '], pattern: new RegExp(String.raw`\bowned by ${ACCOUNT}(?=,|[ \t]+on[ \t]+\\\\|[ \t]+was[ \t])`, 'dg') },
  // CUPS error_log: `[Job 1287] Queued on "HP_LaserJet" by "mfernandez".`
  { markers: ['Queued on '], pattern: new RegExp(String.raw`\bQueued on "[^"\n]{1,128}" by "${ACCOUNT}"`, 'dg') },
  // Squid's native access log: `… GET http://… c.okonkwo HIER_DIRECT/93.184.221.240 text/html` (`-` is no user)
  { markers: [' HIER_'], pattern: new RegExp(String.raw`(?<=[ \t])${ACCOUNT}[ \t]+HIER_[A-Z_]{2,30}\/`, 'dg') },
  // WMI object paths: `Win32_UserAccount.Domain="PC-1",Name="Sébastien"`
  {
    markers: ['Win32_User'],
    pattern: new RegExp(String.raw`Win32_User(?:Account|Profile)\.Domain="[^"\n]{0,64}",Name="([^"\n]{1,64})"`, 'dg')
  },
  // PowerShell / directory tools' identity parameters: `Get-ADUser -Identity "Weronika Zielińska"`,
  // `Set-Mailbox -Identity jdoe`, `-UserPrincipalName …` (an e-mail is the e-mail rule's), Graph's
  // `Get-MgUser -UserId <object id>` (a GUID names the account too); `$vars` stay
  {
    markers: [
      ' -Identity',
      ' -identity',
      ' -User',
      ' -SamAccountName',
      ' -Owner',
      ' -Manager',
      ' -Organizer',
      ' -DisplayName',
      ' -Member',
      ' -ObjectId'
    ],
    pattern: new RegExp(
      String.raw`(?<=[ \t])-(?:Identity|UserName|UserId|ObjectId|User|SamAccountName|Owner|Manager|Organizer|DisplayName|Member)[ \t]+(?:"([^"\n$]{1,128})"|'([^'\n$]{1,128})'|(${GUID_SOURCE}(?![\w-]))|([A-Za-z][\w.-]{0,63}(?![\w@])))`,
      'dgi'
    ),
    person: true
  },
  // Samba's `user [CORP]\[ebenoit]`, `mapped to [CORP]\[ebenoit]`: a domain and its account, each in brackets
  { markers: [']\\['], pattern: new RegExp(String.raw`\[([A-Za-z0-9][\w.-]{0,14})\]\\\[${ACCOUNT}\]`, 'dg'), domain: true },
  // an account in brackets after the word that says it is one: Samba `for user [hmartin]`, Tomcat's
  // `locked user [wzhang]`, UniFi `Admin[huy.le]`
  {
    markers: ['ser [', 'ser[', 'SER [', 'SER[', 'dmin[', 'dmin [', 'ccount [', 'ccount[', 'ser <'],
    pattern: new RegExp(
      String.raw`(?:[Uu]ser[ \t]?|USER[ \t]?|[Aa]dmin|ADMIN|[Aa]ccount[ \t]?)(?:\[(?!(?:preauth|priv|net|accepted)\])${ACCOUNT}\](?!\\)|<(?!${TOKEN_SHAPE})${ACCOUNT}>)`,
      'dg'
    ),
    // (the word opens at a word break: tested on the match, so the scan can use the first letter)
    wordStart: true
  },
  // ASA: `Group <GP-Corp> User <lmuller> IP <…>` (the bracketed user after `User` above), and the
  // bare `<GP-Corp> <user> <lmuller>` pair of 113039
  {
    markers: ['> <'],
    pattern: new RegExp(String.raw`\bGroup <[^<>\s]{1,64}> <(?!${TOKEN_SHAPE})[^<>\s]{1,64}> <(?!${TOKEN_SHAPE})${ACCOUNT}> IP\b`, 'dg')
  },
  // PAM's `session opened for user root(uid=0) by akosua(uid=1001)`: an account and its uid
  {
    markers: ['(uid='],
    pattern: new RegExp(String.raw`(?<![\w.<>+%@$-])(?![\w.-]*@)${ACCOUNT}\(uid=\d{1,10}\)`, 'dy'),
    // (the account is the run of account characters right before the anchor)
    starts: runBeforeAnchor(['(uid='], (c) => isWordChar(c) || c === 46 || c === 64 || c === 45 || c === 36, 66)
  },
  // an account in brackets after its uid (macOS loginwindow: `…screenIsUnlocked, uid 502 (svetlana.morozova)`)
  { markers: [' uid '], pattern: new RegExp(String.raw`\buid[ \t]+\d{1,10}[ \t]+\(${ACCOUNT}\)`, 'dg') },
  // the identity an Active Directory cmdlet could not find (`Cannot find an object with identity: 'l.vanderberg'
  // under: 'DC=…'`): an account, or a person's name
  { markers: ['with identity'], pattern: /\bwith identity:[ \t]*'([^'\n]{1,64})'/dg, person: true },
  // NPS accounting in IAS format: the user name is the record's second field (`10.0.8.5,ananya.raghavan,03/18/2024,09:03:57,IAS,…`;
  // a domain's account there is the directory rule's, a machine's `host/NAME` the host rule's)
  {
    markers: [',IAS,'],
    pattern: /^[^,\n]{0,64},([A-Za-z][\w.@-]{0,63}),\d{2}\/\d{2}\/\d{4},\d{2}:\d{2}:\d{2},IAS,/dgm
  },
  // the account `net user` is asked about (`C:\>net user jmartinezr /domain`)
  {
    markers: ['net user ', 'NET USER ', 'Net user '],
    pattern: /\b(?:net|NET|Net) (?:user|USER) ([A-Za-z][\w.-]{1,63}\$?)(?=[ \t]+\/|[ \t]*\r?$|[ \t]*\r?\n)/dg
  },
  // an Active Directory object's canonical name ends in its CN, the object's name (`CanonicalName :
  // corp.contoso.com/HLF/Users/Priya Raghunathan`): an account, or a person's name; a container is none
  {
    markers: ['anonicalName', 'anonical_name', 'anonical name'],
    pattern:
      /(?<![\w-])[Cc]anonical[_ ]?[Nn]ame["']?[ \t]*[:=][ \t]*["']?[^\s/"']{1,253}(?:\/[^/\r\n"']{1,64}){0,8}\/([^/\r\n"'<]{1,64})(?=["']?[ \t]*\r?(?:\n|$))/dg,
    person: true,
    // (a computer's, `MTR-LOS-BOARD-01`, is left to the host name rule)
    accept: (v) =>
      !/^(?:Users|Computers|Builtin|Domain Controllers|Managed Service Accounts|ForeignSecurityPrincipals)$/i.test(v) &&
      !/^[A-Z0-9]+(?:-[A-Z0-9]+)+$/.test(v)
  },
  // su's `(to postgres) rvasquez on pts/1`: the account that switched (the target is root or a service)
  { markers: ['(to '], pattern: new RegExp(String.raw`\(to [\w.-]{1,64}\) ${ACCOUNT} on (?:pts\/\d+|tty\w*|none|console)`, 'dg') },
  // OpenVPN names a client by its certificate's common name: `[sofia.rossi] Peer Connection Initiated`,
  // `sofia.rossi/203.0.113.7:51234 MULTI_sva: …`
  { markers: ['] Peer Connection Initiated'], pattern: new RegExp(String.raw`\[${ACCOUNT}\] Peer Connection Initiated`, 'dg') },
  {
    markers: [' MULTI', ' VERIFY', ' TLS:', ' PUSH:', ' SENT CONTROL'],
    pattern: new RegExp(
      String.raw`(?<=[ \t])${ACCOUNT}\/(?:\d{1,3}\.){3}\d{1,3}:\d{1,5} (?=MULTI|VERIFY|TLS|PUSH|SENT CONTROL|Data Channel|Control Channel|\[)`,
      'dg'
    )
  },
  // an Okta user id (`00u` and seventeen letters and digits: `"actor":{"id":"00u4k9x2mQzR7aB1c5d7"`): an account
  { markers: ['00u'], pattern: /(00u[0-9A-Za-z]{17})(?![\w-])/dg, wordStart: true },
  // a login's outcome and the account it was for: Nextcloud `Login failed: lena.hoffmann (Remote IP: …)`,
  // `Login successful: "kees.de.vries"`; unquoted only when it looks like an account (lower case with a
  // `.`, `_` or `-` inside), not a reason (`Login failed: timeout`)
  {
    markers: ['ogin failed', 'ogin successful', 'ogin succeeded', 'ogin denied', 'OGIN FAILED'],
    pattern: new RegExp(
      String.raw`\b(?:[Ll]ogin|LOGIN)[ \t]+(?:failed|successful|succeeded|denied|FAILED|SUCCEEDED|DENIED)(?:[ \t]+for)?:?[ \t]+(?:\\?"${ACCOUNT}\\?"(?![ \t]*[:=])|'${ACCOUNT}'(?![ \t]*[:=])|([a-z][a-z0-9]*[._-][a-z][a-z0-9._-]*[a-z0-9])(?![\w@.:=-]))`,
      'dg'
    )
  },
  // … and an authentication's or a logon's, where an error's name stands as often (`Authentication failed:
  // invalid_grant`): the account quoted, or first.last after `for` (`Authentication succeeded for 'hyun.kang'`)
  {
    markers: ['uthentication ', 'ogon '],
    pattern: new RegExp(
      String.raw`\b(?:[Aa]uthentication|[Ll]ogon)[ \t]+(?:failed|successful|succeeded|denied)(?:[ \t]+for)?:?[ \t]+(?:\\?"${ACCOUNT}\\?"(?![ \t]*[:=])|'${ACCOUNT}'(?![ \t]*[:=]))|\b(?:[Aa]uthentication|[Ll]ogon)[ \t]+(?:failed|successful|succeeded|denied)[ \t]+for[ \t]+([a-z][a-z0-9]*\.[a-z][a-z0-9.]*[a-z0-9])(?![\w@.:=-])`,
      'dg'
    )
  },
  // an agent's account after a participle and `by`, as admin consoles and booking systems write it
  // (`Room policy set by a.kowalski`, `Setting changed by m_garcia`): only the first.last / f_last
  // shape (one `.` or `_` between letter runs) — a thing after `by` is one word (`by policy`), a
  // dotted path (`by com.apple.xpc.launchd`) or a file or domain (`by config.json`, `by apple.com`)
  {
    markers: [' by '],
    pattern: new RegExp(
      String.raw`(?<=(?<![\w-])(?:[A-Za-z]{2,20}ed|[Ss]et|[Rr]eset|[Ss]ent)) by[ \t]+(?!super_admin[ \t])([a-z]{1,20}[._](?!(?:${FILE_OR_DOMAIN_WORDS})(?![a-z]))[a-z]{2,30})(?![\w@:=/\\-]|\.\w)`,
      'dg'
    )
  },
  // an administrator's account, named for its role, after a participle's `by`, a role's `by admin` or
  // `user` and a verb of signing in: AV and network consoles' audit lines (`Encryption passphrase changed by
  // nyc-av-admin`, UniFi's `… by super_admin weiling.tan`, Aruba's `User aruba-admin logged in from`)
  // (see adminAccount: `by auto-update`, `by plug-and-play` are no one's)
  // (tried where `by` or `user` and a blank stand: the look-behinds cost a scan of every position)
  {
    markers: [' by '],
    pattern: new RegExp(
      String.raw`(?:\bby[ \t]+(?:super_?admin|admin|administrator)[ \t]+|(?<![\w-])(?:[A-Za-z]{2,20}ed|[Ss]et|[Rr]eset)[ \t]by[ \t]+(?!(?:super_?admin|admin|administrator)[ \t]))(${ADMIN_SHAPE}|${PERSON_ACCOUNT})(?![\w@:=/\\-]|\.\w)`,
      'dy'
    ),
    starts: nearAnchor([/by[ \t]/, 22]),
    accept: (v, m) => (/[._]/.test(v) && !/-/.test(v) ? personAccount(v) && /\bby[ \t]+\w*admin/i.test(m[0]) : adminAccount(v))
  },
  {
    markers: ['ser '],
    pattern: new RegExp(
      String.raw`(?<![\w-])[Uu]ser[ \t]+(${ADMIN_SHAPE})(?=[ \t]+(?:logged|signed|authenticated|login|logon))(?![\w@:=/\\-]|\.\w)`,
      'dy'
    ),
    starts: nearAnchor([/[Uu]ser[ \t]/, 0]),
    accept: (v) => adminAccount(v)
  },
  // … and a first.last account a thing was done for or handed to (`Logi Dock desk A-4.07 booked for
  // joao.conceicao`, `laptop checked out to m.wisniewska`)
  {
    markers: ['ed for ', 'ed to ', 'out to '],
    pattern: new RegExp(String.raw`(?<![\w-])(?:[A-Za-z]{2,20}ed|checked out) (?:for|to) (${PERSON_ACCOUNT})(?![\w@:=/\\-]|\.\w)`, 'dg'),
    accept: (v) => personAccount(v)
  },
  // a Spring Boot line's MDC field right before its process id and `---` when it is a first.last account
  // (`WARN [booking-service,6643a1f2…,9e0f2d3c…] [f.vanderberg] 1 --- [nio-8080-exec-2] c.r.…`)
  {
    markers: [' --- ['],
    pattern: new RegExp(String.raw`\[(${PERSON_ACCOUNT})\][ \t]+\d{1,7} --- \[`, 'dg'),
    accept: (v) => personAccount(v)
  },
  // PostgreSQL's `%u@%d` log prefix: the account and the database before the message's level
  // (`[31902] jkowalczyk@roombook FATAL:  password authentication failed`; `[unknown]@[unknown]` before
  // the connection is read names no one)
  {
    markers: [' LOG:  ', ' FATAL:  ', ' ERROR:  ', ' WARNING:  ', ' STATEMENT:  ', ' DETAIL:  ', ' HINT:  ', ' PANIC:  ', ' NOTICE:  '],
    pattern: new RegExp(
      String.raw`(?<=\][ \t]|^)${ACCOUNT}@[A-Za-z_][\w$-]{0,62} (?:LOG|FATAL|ERROR|WARNING|STATEMENT|DETAIL|HINT|PANIC|NOTICE):  `,
      'dgm'
    )
  },
  // Apache's basic authentication (`AH01618: user jkowalczyk not found: /admin/`, `AH01617: user m.wisniewska:
  // authentication failure for "/admin/": Password Mismatch`)
  {
    markers: [' not found', ': authentication failure'],
    pattern: new RegExp(String.raw`\b[Uu]ser[ \t]+${ACCOUNT}(?: not found\b|: authentication failure\b)`, 'dg')
  },
  // klist's ticket owner (`#0>	Client: svc-mtr-orca @ NBK.LOCAL`), an LDAP bind's account (`LDAP bind failed
  // for svc_jamf_ldap on ldaps://…`), an AWS IAM user in its ARN (`arn:aws:iam::483920175512:user/svc-uploader`)
  { markers: ['Client: '], pattern: new RegExp(String.raw`\bClient:[ \t]+${ACCOUNT}[ \t]+@[ \t]+[A-Za-z0-9][\w.-]{0,253}`, 'dg') },
  {
    markers: ['bind '],
    pattern: new RegExp(
      String.raw`\b[Bb]ind(?:[ \t]+(?:failed|succeeded|successful|error|denied))?[ \t]+(?:for|as)[ \t]+${ACCOUNT}(?=[ \t,:;]|$)`,
      'dg'
    ),
    // (a directory's bind: a socket's, `bind for address 0.0.0.0`, names no one)
    line: /\b(?:LDAP|ldaps?|Ldap)\b/
  },
  { markers: [':user/'], pattern: /\barn:aws[\w-]{0,12}:iam::\d{12}:user\/(?:[\w+=,.@-]{1,64}\/){0,4}([\w+=,.@-]{1,64})/dg },
  // Jira's mention of a user by account (`[~lfernandez] inventory from the room below`)
  // (Jira Cloud mentions by account id: `[~accountid:5b10ac8d82e05b22cc7d4ef5]`, the id alone goes)
  { markers: ['[~'], pattern: /\[~(?:accountid:)?([A-Za-z0-9][\w.@:-]{0,63})\]/dg },
  // Cisco IOS: who changed the configuration (`%SYS-5-CONFIG_I: Configured from console by netops_ymensah on vty0`)
  { markers: ['Configured from '], pattern: new RegExp(String.raw`\bConfigured from [\w./:-]{1,40} by ${ACCOUNT} on `, 'dg') },
  // a first.last account right after `user` and a blank, as directory and wireless controllers write
  // it (`User ebru.demir authenticated via PAM`, `Guest user ana.fonseca.visitor logged in`, `user name
  // amani.mwangi,`, Cisco WLC's `Username entry (duong.van.anh) created`): the same shape as after `by`
  // (not a reverse-DNS name, `user com.apple.foo`, nor root's `root.wheel`)
  {
    markers: ['user ', 'User ', 'USER ', 'Username ', 'USERNAME ', 'Username entry'],
    pattern: new RegExp(
      String.raw`(?<![\w-])(?:[Uu]ser(?:[ \t]?[Nn]ame)?(?:[ \t]entry)?|USER(?:NAME)?)[ \t]+\(?((?!(?:com|org|net|io|root|www|api|app)[._])[a-z]{1,20}(?:[._](?!(?:${FILE_OR_DOMAIN_WORDS})(?![a-z]))[a-z]{1,20}){1,3})\)?(?![\w@:=/\\-]|\.\w)`,
      'dg'
    )
  },
  // … and a lower-case `domain\\account` there (`HIP report sent for host … (user fabrikam\\ciaran.doyle, MAC …)`):
  // the key says it is an account, so `dir\\file` cannot be meant
  {
    markers: ['user ', 'User '],
    pattern: new RegExp(
      String.raw`(?<![\w-])[Uu]ser[ \t]+([a-z][a-z0-9-]{1,15})\\{1,2}([a-z][\w-]{0,30}(?:\.(?!(?:${FILE_OR_DOMAIN_WORDS})(?![a-z]))[a-z][\w-]{0,30}){0,3})(?![\w.\\])`,
      'dg'
    ),
    domain: true
  },
  // `whoami /user` and `/all`: the account with its SID after it (`brightwater\\conor.mcgrath S-1-5-21-…`),
  // the domain in lower case as whoami writes it
  {
    markers: [' S-1-5-21-'],
    pattern: /(?<![\w\\.-])([a-z][a-z0-9-]{1,15})\\([A-Za-z][\w.-]{0,63})(?=[ \t]+S-1-5-21-)/dg,
    domain: true
  },
  // an account named with the password after it (`Proxy auth failed for … user LON-SVC-PROXY password=…`)
  {
    markers: [' password=', ' password:', ' pwd=', ' passwd='],
    pattern: /(?<![\w-])[Uu]ser(?:name)?[ \t]+([A-Za-z][\w.@-]{0,63})[ \t]+(?=(?:password|passwd|pwd)[ \t]*[=:])/dg
  },
  // a password handed to a command as a parameter: PowerShell `-Password S0mm3r!2024`, `--password hunter2`
  // (`--password=…` is the key table's)
  {
    markers: [
      ' -Password',
      ' -password',
      ' --password',
      ' --passwd',
      ' -Pwd',
      ' -Secret',
      ' --secret',
      ' --token',
      ' -Token',
      ' --api-key'
    ],
    pattern:
      /(?<=[ \t])(?:-(?:Password|password|Pwd|pwd|Secret|Token)|--(?:password|passwd|secret|token|api-key|apikey))[ \t]+(?:"([^"\n$]{1,256})"|'([^'\n]{1,256})'|(?![-$"'(])([^\s;]{1,256}))/dg,
    credential: true
  },
  // a plain-text password made a secure string (`ConvertTo-SecureString -String 'Ip@nema-Pa55-77'
  // -AsPlainText -Force`, `ConvertTo-SecureString "…" -AsPlainText`); a `$variable` stays
  {
    markers: ['ConvertTo-SecureString'],
    pattern: /\bConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(?:"([^"\n$]{1,256})"|'([^'\n]{1,256})')/dgi,
    credential: true
  },
  // a Wi-Fi network's key as a connection line writes it (`SSID "…", auth WPA2-Personal, key=Kr0lewska!88`):
  // a bare `key` is any key elsewhere; a WPA key is 8–63 characters
  {
    markers: ['key=', 'key:', 'Key=', 'Key:', 'key =', 'key :', 'Key =', 'Key :'],
    // (not a selector's part: `…fromCellFingerprint:key:atLOI:`)
    pattern: /(?<![\w.:-])[Kk]ey[ \t]*[=:][ \t]*(?:"([^"\n]{8,63})"|'([^'\n]{8,63})'|(?!["'<])([^\s,;"']{8,63})(?![^\s,;]))/dg,
    credential: true,
    line: WIFI_LINE
  },
  // the code or password a remote-support session is opened with, said in a ticket's prose after the
  // tool's name (`Quick Assist code K4F9QZ`, `ScreenConnect guest code 7Q4M2K`, `TeamViewer ID …,
  // password x7kq2p`): letters and digits both; an error's, exit's or status's code is none
  {
    markers: [...REMOTE_SUPPORT_TOOLS],
    pattern: new RegExp(
      String.raw`\b(?:${REMOTE_SUPPORT_TOOLS.join('|')})\b[^\n]{0,48}?(?<!(?:[Ee]rror|ERROR|[Ee]xit|[Ss]tatus|[Rr]eturn|[Rr]esult|[Rr]eason|[Ee]vent|[Ee]xception|[Ff]ailure|[Cc]rash)[ \t]{1,2})\b(?:code|password|passcode|PIN)[ \t]*[:=]?[ \t]+(?!0x)((?=[A-Za-z0-9]{0,11}\d)(?=[A-Za-z0-9]{0,11}[A-Za-z])[A-Za-z0-9]{5,12})(?![\w-])`,
      'dg'
    ),
    credential: true
  },
  // the code OAuth's device code flow asks a person to type, in Microsoft's own words (`To sign in, use a web
  // browser to open the page https://microsoft.com/devicelogin and enter the code F7KQ2MZ9X to authenticate.`)
  {
    markers: ['enter the code '],
    pattern: /\benter the code ([A-Z0-9]{8,12}) to authenticate\b/dg,
    credential: true
  },
  // a room's pairing code as a controller shows it (Zoom Rooms: `Pairing code 482 913 issued`)
  {
    markers: ['airing code', 'airing Code', 'AIRING CODE'],
    pattern: /\b[Pp]airing[ \t]+[Cc]ode[ \t]*[:=]?[ \t]*(\d{3}[ \t]?\d{3}(?!\d)|(?=[A-Z]{0,7}\d)[A-Z0-9]{4,8}(?![\w-]))/dg,
    credential: true
  },
  // the code a screen-sharing client types to share to the room (Zoom Rooms: `share screen key=XJ4K9P`,
  // `Sharing key: 7QM2RX`), and a PIN said aloud with no colon (`started, PIN 4721`; a GPIO's `pin 7`
  // is lower case and short): capitals and digits, or four to eight digits
  {
    markers: ['hare ', 'haring ', 'HARE ', 'HARING '],
    pattern:
      /\b(?:[Ss]har(?:e|ing)(?:[ \t]+[Ss]creen)?|[Ss]creen[ \t]+[Ss]har(?:e|ing)|SHAR(?:E|ING)(?:[ \t]+SCREEN)?)[ \t]+(?:[Kk]ey|[Cc]ode|KEY|CODE)[ \t]*[:=]?[ \t]*((?=[A-Z]{0,9}\d)[A-Z0-9]{4,10}(?![\w-]))/dg,
    credential: true
  },
  {
    markers: ['PIN '],
    pattern: /(?<![\w-])PIN[ \t]+#?(\d{4,8})(?![\w.:/-])/dg,
    credential: true
  },
  // FreeRADIUS with `auth_badpass`/`auth_goodpass` logs the password after the user (`Login incorrect (mschap: …):
  // [joao.pereira/Verao2024!] (from client …`)
  {
    markers: ['Login incorrect', 'Login OK'],
    pattern: /\bLogin (?:incorrect|OK)(?: \([^()\n]{0,120}\))?: \[()([^/\]\s]{1,64})\/([^\]\s]{1,128})\]/dg,
    secret: true
  },
  // curl / wget credentials: `curl -u admin:Sup3r$ecret!2024 https://…`, `--user=jdoe:pw`
  {
    markers: [' -u', ' -U', '--user', '--proxy-user'],
    pattern: /(?<![\w-])(?:-u|--user|--proxy-user|-U)(?:[ \t]+|=)(['"]?)([^\s:'"]{1,64}):([^\s'"]{1,128})\1(?=\s|$)/dg,
    secret: true
  }
]
// (besides the key table's system accounts: macOS service accounts `_spotlight`, bare uids)
const SERVICE_OR_UID = /^(?:_\w+|\d+)$/

// One scan for every layout's markers, as a trie (a flat alternation of the markers cost half the
// rule's time; twenty substring searches seven times as much). A match lies within one line and
// holds one of its layout's markers, so a layout is tried only on the lines holding one.
const MARKERS = [...new Set(LAYOUTS.flatMap((l) => l.markers))]
const MARKER_SCAN = new RegExp(literalTrieSource(MARKERS), 'g')
const MARKERS_BY_FIRST = new Map<number, string[]>()
for (const k of MARKERS) {
  const c = k.charCodeAt(0)
  const list = MARKERS_BY_FIRST.get(c)
  if (list) list.push(k)
  else MARKERS_BY_FIRST.set(c, [k])
}
const LAYOUTS_BY_MARKER = new Map<string, number[]>(MARKERS.map((k) => [k, LAYOUTS.flatMap((l, i) => (l.markers.includes(k) ? [i] : []))]))

/** Marks, in `wanted`, each line of `text` (numbered from `firstLine`) for the layouts whose markers it holds. */
function markLines(text: string, firstLine: number, wanted: Array<Set<number>>, lineOf: (offset: number) => number): void {
  MARKER_SCAN.lastIndex = 0
  for (let m = MARKER_SCAN.exec(text); m !== null; m = MARKER_SCAN.exec(text)) {
    const line = firstLine + lineOf(m.index)
    // every marker that starts here, not only the alternative that matched (` -U` inside ` -User`)
    for (const k of MARKERS_BY_FIRST.get(text.charCodeAt(m.index))!)
      if (text.startsWith(k, m.index)) for (const l of LAYOUTS_BY_MARKER.get(k)!) wanted[l]!.add(line)
    MARKER_SCAN.lastIndex = m.index + 1
  }
}

/** Line numbers of offsets asked in increasing order. */
function lineCounter(text: string): (offset: number) => number {
  let line = 0
  let next = text.indexOf('\n')
  return (offset) => {
    while (next >= 0 && next < offset) {
      line++
      next = text.indexOf('\n', next + 1)
    }
    return line
  }
}

function account(value: string, ctx: RuleContext, rule: Rule): string | undefined {
  if (SYSTEM_ACCOUNT.test(value) || SERVICE_OR_UID.test(value) || NOT_AN_ACCOUNT.test(value) || ctx.isKept(value)) return undefined
  return accountToken(ctx, rule, value)
}

export const layoutAccountsRule: Rule = {
  id: 'layout-accounts',
  category: 'account',
  kind: 'user',
  detector:
    'accounts a tool\'s line layout names without a key: cron `(user) CMD (…)`, sshd\'s process title `sshd: user [priv]` / `user@pts/0`, sudo `user : TTY=…`, polkit `unix-user:user`, Windows PrintService `owned by user on \\\\PC`, CUPS `Queued on "P" by "user"`, Squid `URL user HIER_…/peer`, WMI `Win32_UserAccount.Domain=…,Name="user"`, identity parameters (`-Identity`, `-User`, `-SamAccountName`, `-Owner` …: a person-shaped value a name), curl/wget `-u user:password` (the password a credential), accounts in brackets, Samba `[DOM]\\[user]`, login outcomes, a first.last account after a participle and `by`, command-line passwords; root and system accounts kept',
  replacement: '<user-N> (same numbering as the other user tokens); a password → <secret-N>',
  apply(text, ctx) {
    const wanted = LAYOUTS.map(() => new Set<number>())
    markLines(text, 0, wanted, lineCounter(text))
    if (wanted.every((w) => w.size === 0)) return text
    const lines = text.split('\n')
    for (let li = 0; li < LAYOUTS.length; li++) {
      const l = LAYOUTS[li]!
      if (wanted[li]!.size === 0) continue
      const at = [...wanted[li]!].sort((x, y) => x - y)
      const replace = (m: RegExpExecArray, src: string): string | undefined => {
        if (l.wordStart && m.index > 0 && (isWordChar(src.charCodeAt(m.index - 1)) || src.charCodeAt(m.index - 1) === 45)) return undefined
        if (l.line !== undefined && !l.line.test(lineAt(src, m.index))) return undefined
        if (l.secret) {
          const user = m[2]!
          const pass = m[3]!
          if (user.startsWith('<') || pass.startsWith('<')) return undefined
          const u = account(user, ctx, this) ?? user
          const p = ctx.isKept(pass) ? pass : ctx.pseudonym(this, pass, { kind: 'secret', counter: 'secret', category: 'credential' })
          // (each by where it stands, the separator between them as written: curl's `:`, FreeRADIUS's `/`; a
          // search for the user's text could find it earlier in the match, `Login` for a user `in`)
          const [us, ue] = m.indices![2]!
          const [ps, pe] = m.indices![3]!
          return m[0].slice(0, us - m.index) + u + m[0].slice(ue - m.index, ps - m.index) + p + m[0].slice(pe - m.index)
        }
        if (l.domain) {
          const [domain, user] = [m[1]!, m[2]!]
          if (domain.startsWith('<') || user.startsWith('<')) return undefined
          const u = account(user, ctx, this)
          if (u === undefined) return undefined
          const d = domainToken(ctx, this, domain)
          const [ds, de] = m.indices![1]!
          const [us, ue] = m.indices![2]!
          return m[0].slice(0, ds - m.index) + d + m[0].slice(de - m.index, us - m.index) + u + m[0].slice(ue - m.index)
        }
        let g = l.group ?? 1
        while (g < m.length - 1 && m[g] === undefined) g++
        const user = m[g]!
        if (user === undefined || user.startsWith('<') || (l.accept !== undefined && !l.accept(user, m))) return undefined
        if (l.credential) {
          if (ctx.isKept(user)) return undefined
          const at = m.indices![g]![0] - m.index
          const token = ctx.pseudonym(this, user, { kind: 'secret', counter: 'secret', category: 'credential' })
          return m[0].slice(0, at) + token + m[0].slice(at + user.length)
        }
        const token =
          l.person && personShaped(user)
            ? ctx.isKept(user)
              ? undefined
              : ctx.pseudonym(this, user, { kind: 'name', counter: 'name', key: user, category: 'person' })
            : l.person && /\s/.test(user)
              ? undefined
              : account(user, ctx, this)
        if (token === undefined) return undefined
        const at = m.indices![g]![0] - m.index
        return m[0].slice(0, at) + token + m[0].slice(at + user.length)
      }
      const input = at.map((i) => lines[i]!).join('\n')
      const output = l.starts === undefined ? rewrite(input, l.pattern, replace) : rewriteAt(input, l.pattern, l.starts(), replace)
      if (output === input) continue
      const changed = output.split('\n')
      for (let k = 0; k < at.length; k++) {
        if (changed[k] === lines[at[k]!]) continue
        lines[at[k]!] = changed[k]!
        // (a token a layout wrote may make a marker for a later layout)
        markLines(changed[k]!, at[k]!, wanted, () => 0)
      }
    }
    return lines.join('\n')
  }
}
