import type { Rule, RuleContext } from '../types'
import { MEETING_TOKEN } from '../token-kinds'
import { isDigit } from '../char-codes'
import { nearAnchor, rewrite, rewriteAt, runBeforeAnchor } from '../rewrite'
import { randomSegment } from '../random-shape'
import { accountToken } from '../account-token'
import { GUID_SOURCE } from '../guid'

// Secrets recognisable by shape alone, wherever they appear. Key-named secrets
// (`password=`, `"token":`) are in the context rule.
const SHAPES = new RegExp(
  [
    'eyJ[A-Za-z0-9_-]{5,4096}\\.eyJ[A-Za-z0-9_-]{2,8192}\\.[A-Za-z0-9_-]{0,4096}', // JWT
    '(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,99}', // Stripe
    // AI services' API keys (OpenAI's `sk-proj-…`, `sk-svcacct-…`, Anthropic's `sk-ant-api03-…`)
    '(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin|ant-(?:api|admin)\\d{2})-[A-Za-z0-9_-]{20,300}',
    // … and the short-lived tokens of Hugging Face, Atlassian and Azure DevOps-like services named by their prefix
    '(?<![A-Za-z0-9_])hf_[A-Za-z0-9]{30,64}(?![A-Za-z0-9])',
    'ATATT3[A-Za-z0-9_=-]{100,400}',
    '(?:AKIA|ASIA)[0-9A-Z]{16}', // AWS access key id
    'gh[pousr]_[A-Za-z0-9]{36,255}', // GitHub
    'github_pat_[A-Za-z0-9_]{22,255}',
    'xox[abposr]-[A-Za-z0-9-]{10,200}', // Slack
    'AIza[0-9A-Za-z_-]{35}', // Google API key
    'glpat-[A-Za-z0-9_-]{20,64}', // GitLab
    'SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{16,64}', // SendGrid
    'npm_[A-Za-z0-9]{36}',
    // an SSH key's fingerprint (`Accepted publickey for … ED25519 SHA256:q3Vx…`): it names the key, so its owner
    'SHA256:[A-Za-z0-9+/]{43}(?![A-Za-z0-9+/=])',
    // password hashes in crypt(3) form: bcrypt `$2b$10$…`, sha512/sha256-crypt `$6$salt$…`, argon2, yescrypt
    '\\$2[abxy]?\\$\\d{2}\\$[./A-Za-z0-9]{50,60}(?![./A-Za-z0-9])',
    '\\$[56]\\$(?:rounds=\\d{1,7}\\$)?[./A-Za-z0-9]{1,16}\\$[./A-Za-z0-9]{43,90}(?![./A-Za-z0-9])',
    '\\$argon2(?:id|i|d)\\$[^\\s"\'$]{1,40}\\$[^\\s"\'$]{1,40}\\$[A-Za-z0-9+/]{10,100}\\$[A-Za-z0-9+/]{20,100}',
    '\\$y\\$[./A-Za-z0-9]{1,16}\\$[./A-Za-z0-9]{1,64}\\$[./A-Za-z0-9]{43}',
    // MD5-crypt `$1$salt$…` and Cisco's type 8 and 9 secrets (PBKDF2, scrypt: `$9$salt$…`)
    '\\$1\\$[./A-Za-z0-9]{1,8}\\$[./A-Za-z0-9]{22}(?![./A-Za-z0-9])',
    '\\$[89]\\$[./A-Za-z0-9]{14}\\$[./A-Za-z0-9]{43}(?![./A-Za-z0-9])'
  ].join('|'),
  'g'
)
// Telegram bot token (`/bot<id>:AA…`): tried only where `:AA` stands, read back over its digits
// (an alternative opening with a digit would make the scan above stop at every number)
const TELEGRAM = /(?:(?<=\bbot)|(?<![A-Za-z0-9]))\d{6,12}:AA[A-Za-z0-9_-]{30,40}(?![A-Za-z0-9_-])/y

// Microsoft identity platform refresh tokens and sign-in cookies (`rt=0.ARoAv4j5…`, `ESTSAUTH=0.AQEA…`):
// `0.A` and a long base64url run, in up to five dotted parts
const MS_TOKEN = /(?<![\w.-])0\.A[A-Za-z0-9_-]{40,2048}(?:\.[A-Za-z0-9_-]{8,2048}){0,4}(?![\w.-])/g

export const secretShapeRule: Rule = {
  id: 'secret-shape',
  category: 'credential',
  kind: 'secret',
  detector:
    "JWT (eyJ….eyJ….sig), Stripe sk_/rk_/pk_, OpenAI and Anthropic sk-proj-/sk-ant-api03-, Hugging Face hf_, Atlassian ATATT3, AWS AKIA/ASIA, GitHub ghp_/github_pat_, Slack xox?-, Google AIza, GitLab glpat-, SendGrid, npm_, Telegram bot tokens (`<id>:AA…`), SSH key fingerprints (`SHA256:` + 43 base64 characters), crypt(3) password hashes (bcrypt `$2b$`, MD5 `$1$`, `$5$`/`$6$`, argon2, yescrypt, Cisco `$8$`/`$9$`), Microsoft refresh tokens and sign-in cookies (`0.A…`), licence and product keys (four to six groups of four or five capitals and digits: `7QK2-M9XR-4HTP-WB3D`, a FileVault recovery key's six), Slack member mentions (`<@U04H2KQ7LBA>` → `<@<user-N>>`)",
  replacement: '<secret-N>',
  apply(text, ctx) {
    const out = rewrite(text, SHAPES, (m, src) => {
      const prev = m.index > 0 ? src[m.index - 1]! : ' '
      if (/[A-Za-z0-9]/.test(prev) || ctx.isKept(m[0])) return undefined
      return ctx.pseudonym(this, m[0])
    })
    const withBots = out.includes(':AA') ? telegramTokens(out, ctx, this) : out
    // (tried apart from the scan above for the same reason as Telegram's: it opens with a digit)
    const withMs = withBots.includes('0.A')
      ? rewrite(withBots, MS_TOKEN, (m) => (ctx.isKept(m[0]) ? undefined : ctx.pseudonym(this, m[0])))
      : withBots
    // a BitLocker recovery key: eight groups of six digits (`402930-118514-…-508321`)
    const withRecovery = withMs.includes('-')
      ? rewrite(withMs, RECOVERY_KEY, (m) => (ctx.isKept(m[0]) ? undefined : ctx.pseudonym(this, m[0])))
      : withMs
    // a licence, product or provisioning key: four or five groups of four or five capitals and digits
    // (`7QK2-M9XR-4HTP-WB3D`, a Windows product key's five fives), both kinds in it
    const withKeys = rewriteAt(withRecovery, PRODUCT_KEY, productKeyStarts(), (m) =>
      ctx.isKept(m[0]) || !/\d/.test(m[0]) || !/[A-Z]/.test(m[0]) || m[0].replace(/[^A-Z]/g, '').length < 4
        ? undefined
        : ctx.pseudonym(this, m[0])
    )
    // a Teams meeting's or chat's thread id outside a link (`conversationId=19:meeting_NjE0…@thread.v2`):
    // the meeting's identity, as its join link's is (before the e-mail rule reads `…@thread.v2` as an address)
    const withThreads =
      withKeys.includes('thread.') || withKeys.includes('unq.gbl.spaces')
        ? rewrite(withKeys, TEAMS_THREAD, (m) => (ctx.isKept(m[0]) ? undefined : ctx.pseudonym(this, m[0], MEETING_TOKEN)))
        : withKeys
    // a service's own token: a short lower-case prefix and `_` (an environment's word too) before a random
    // body (`rt_9QwE2mZr7TxK4pLc0VbN`, `lgk_live_4fT9xQ2mZ8rW1vB6nC3e`): the body switches between digits
    // and both letter cases as no word or camel-case name does (random-shape.ts); after the Teams
    // threads, since `19:meeting_NjE0…@thread.v2` is a meeting's
    const withPrefixed = withThreads.includes('_')
      ? rewriteAt(withThreads, PREFIXED_TOKEN, prefixedTokenStarts(), (m) =>
          !randomSegment(m[1]!) || ctx.isKept(m[0]) ? undefined : ctx.pseudonym(this, m[0])
        )
      : withThreads
    // … and a Webex object's id (base64 of `ciscospark://us/DEVICE/<uuid>`, PEOPLE, PLACE, ROOM …): a
    // device's, a person's or a room's in the customer's organisation, wherever it stands
    const withWebex = withPrefixed.includes('Y2lzY29zcGFyazovL')
      ? rewrite(withPrefixed, WEBEX_ID, (m) =>
          ctx.isKept(m[0])
            ? undefined
            : ctx.pseudonym(this, m[0], { kind: 'serial', counter: 'serial', key: m[0], category: 'device-identifier' })
        )
      : withPrefixed
    // … and a participant's Teams id, the user's directory object id after `8:orgid:` (the prefix stays)
    const withTeams = withWebex.includes(':orgid:')
      ? rewrite(withWebex, TEAMS_USER, (m) => (ctx.isKept(m[1]!) ? undefined : `8:orgid:${accountToken(ctx, this, m[1]!)}`))
      : withWebex
    // … and a Slack mention, the member's id and the name an old client wrote after it (`<@U04H2KQ7LBA>`, `<@U024BE7LH|bob>`)
    return withTeams.includes('<@')
      ? rewrite(withTeams, SLACK_MENTION, (m) => {
          if (ctx.isKept(m[1]!)) return undefined
          const name = m[2] === undefined ? '' : `|${accountToken(ctx, this, m[2])}`
          return `<@${accountToken(ctx, this, m[1]!)}${name}>`
        })
      : withTeams
  }
}
const PREFIXED_TOKEN = /(?<![A-Za-z0-9_-])[a-z]{1,8}_(?:(?:live|test|prod|sandbox)_)?([A-Za-z0-9]{20,128})(?![A-Za-z0-9_-])/y
const isLowerLetter = (c: number): boolean => c >= 97 && c <= 122
// (the prefix is the run of lower-case letters before an underscore)
const prefixedTokenStarts = runBeforeAnchor(['_'], isLowerLetter, 8)
const WEBEX_ID = /(?<![A-Za-z0-9+/_-])Y2lzY29zcGFyazovL[A-Za-z0-9+/=_-]{16,400}(?![A-Za-z0-9+/=_-])/g
const SLACK_MENTION = /<@([UW][A-Z0-9]{8,11})(?:\|([\w.-]{1,80}))?>/g
const TEAMS_USER = new RegExp(`(?<![\\w:])8:orgid:(${GUID_SOURCE})(?![\\w-])`, 'g')
const RECOVERY_KEY = /(?<![\w-])\d{6}(?:-\d{6}){7}(?![\w-])/g
// (six groups of four: a FileVault personal recovery key, `K3QF-7WHX-2LMB-9PTD-YC4N-RV8A`)
const PRODUCT_KEY = /(?<![\w-])[A-Z0-9]{4,5}(?:-[A-Z0-9]{4,5}){3,5}(?![\w-])/y
const productKeyStarts = nearAnchor([/-[A-Z0-9]{4,5}-[A-Z0-9]{4,5}-/, 6])
// (also URL-encoded, `19%3ameeting_…%40thread.v2`, and a one-to-one chat's, the two members' object ids
// joined: `19:<guid>_<guid>@unq.gbl.spaces`)
const TEAMS_THREAD = /(?<![\w:%])19(?::|%3[Aa])[A-Za-z0-9_-]{8,200}(?:@|%40)(?:thread\.(?:v2|skype|tacv2)|unq\.gbl\.spaces)(?![\w.])/g

function telegramTokens(text: string, ctx: RuleContext, rule: Rule): string {
  let out = ''
  let last = 0
  for (let a = text.indexOf(':AA'); a >= 0; a = text.indexOf(':AA', a + 3)) {
    let s = a
    while (s > last && s > a - 12 && isDigit(text.charCodeAt(s - 1))) s--
    TELEGRAM.lastIndex = s
    const m = TELEGRAM.exec(text)
    if (m === null || ctx.isKept(m[0])) continue
    out += text.slice(last, s) + ctx.pseudonym(rule, m[0])
    last = s + m[0].length
    a = last - 3
  }
  return last === 0 ? text : out + text.slice(last)
}
