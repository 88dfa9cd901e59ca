import type { Rule, RuleContext } from '../types'
import { isFirstPartyAppId, isGuid } from '../guid'
import { LINE } from '../line-features'
import { TOKEN_SOURCE } from '../token'
import { isAsciiLetter, isDigit } from '../char-codes'
import { randomSegment } from '../random-shape'
import { nearAnchor, rewriteAt, runBeforeAnchor } from '../rewrite'
import { holdsThingWord, PERSON_NAME, personShaped } from './person-phrases'
import { hostnameRule, hostToken } from './hostname'
import { ipv4Rule, ipv6Rule, redactV4 } from './ip'
import { classifyV6, parseV6, v6Key } from './ip-ranges'

// Any scheme followed by `//` (web, file shares, and the connection strings of databases and
// brokers: `postgres://user:pass@db01…`, `amqp://`, `mongodb+srv://`, `redis://`, `ldaps://`),
// plus the meeting-app schemes Chromium's URL rule ignores, which may go without `//`.
const URL_RE =
  /(?<![A-Za-z0-9+.-])(?:[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/|(?:zoommtg|zoomus|msteams|webex|webexteams|ciscospark|sips?|tel):\/{0,2})[^\s"'<>`\\]{0,4096}/iy
// The look-behind rejects every scheme character, so a scheme starts where the run of them
// before its `:` starts (at most 32).
const urlStarts = runBeforeAnchor([':'], isSchemeChar, 32)

const MEETING_HOST = /(?:^|\.)(?:zoom\.us|zoom\.com|zoomgov\.com|teams\.microsoft\.com|teams\.live\.com|meet\.google\.com|webex\.com)$/i
const MEETING_SCHEME = /^(?:zoommtg|zoomus|msteams|webex|webexteams|ciscospark|sips?|tel)$/i
// Path words that structure meeting links and say nothing about the meeting.
const STRUCTURAL = new Set([
  'j',
  'w',
  's',
  'my',
  'wc',
  'join',
  'l',
  'meetup-join',
  'meet',
  'start',
  'webinar',
  'v2',
  '0',
  'j.php',
  'launch',
  'meeting',
  'tab',
  'app'
])
// Query values that are safe to keep: flags and small numbers.
// Parameters whose short values describe the client, not the person.
const SAFE_KEYS = /^(?:action|lang|locale|v|ver|version|platform|os|theme|source|ref|browser|mode|type|format|utm_[a-z]+)$/i
// (a query's time is a time: Graph's `startDateTime=2024-05-14T00:00:00Z`)
const SAFE_VALUE =
  /^(?:true|false|on|off|yes|no|null|none|\d{1,4}|\d+(?:\.\d+){1,3}|\d{4}-\d{2}-\d{2}(?:T\d{2}(?::|%3[Aa])\d{2}(?:(?::|%3[Aa])\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}(?::|%3[Aa])?\d{2})?)?)$/i
// A path segment after which the rest of the path is the secret: incoming-webhook URLs carry
// their credential in the path (`/services/T…/B…/<secret>`, `/webhookb2/…/IncomingWebhook/…`,
// `/api/webhooks/<id>/<token>`, `/hooks/catch/<n>/<id>`), and whoever holds it can post.
const WEBHOOK_MARK = /^(?:web-?hooks?(?:b2)?|incoming-?webhooks?|hooks|triggers?)$/i
// `services` marks it only on a hooks host (`hooks.slack.com/services/…`)
const HOOKS_HOST = /^hooks\./i
// (and a room's or a workspace's: `portal.rooms.microsoft.com/rooms/<guid>`, Webex's `/workspaces/<id>`)
const OBJECT_SEGMENT =
  /^(?:devices?|users?|computers?|machines?|endpoints?|agents?|people|persons?|managedDevices|rooms?|workspaces?|members?|accounts?)$/i
const ORG_SEGMENT = /^(?:orgs?|organi[sz]ations?|tenants?|customers?|accounts?)$/i
// Microsoft's sign-in authorities take the tenant as the path's first segment
// (`login.microsoftonline.com/<tenant GUID>/oauth2/v2.0/token`, `sts.windows.net/<tenant>/`)
const AUTHORITY_HOST =
  /^(?:login\.microsoftonline\.(?:com|us|de)|login\.windows\.net|sts\.windows\.net|login\.partner\.microsoftonline\.cn|login\.chinacloudapi\.cn)$/i
const OPAQUE_SEGMENT = /^(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9_-]{8,64}$/
export const urlRule: Rule = {
  id: 'url',
  category: 'network-activity',
  kind: 'url',
  needs: LINE.linkColon | LINE.slash,
  detector:
    'http(s)/ftp/ws/file/smb/rtsp/webcal URLs and zoommtg:/msteams:/webex:/sip:/tel: links; parsed into userinfo, host, path, query, fragment',
  replacement:
    'userinfo → <cred-N>; host → host/IP rules (vendor domains kept); query and fragment values → <url-param-N> (flags and small numbers kept); meeting-link ids/paths → <meeting-N>; the path after a webhook segment, and random-looking path segments → <cred-N>',
  gate: (t) =>
    t.includes(':/') ||
    t.includes(' HTTP/') ||
    /zoommtg:|msteams:|webex:|sips?:|tel:/i.test(t) ||
    BARE_MEETING_HOST.test(t) ||
    CANONICAL_ANCHOR.test(t),
  apply(text, ctx) {
    // a directory's canonical name ends in its object's name, a person's two to four words (NPS accounting's
    // Fully-Qualified-User-Name: `4130,corp.vdm.nl/Users/Siobhán O'Connell`); a web path's last part has no blank
    if (CANONICAL_ANCHOR.test(text))
      text = rewriteAt(text, CANONICAL_PATH, canonicalStarts(), (m) => {
        const name = m[1]!
        if (!personShaped(name) || holdsThingWord(name) || ctx.isKept(name)) return undefined
        return (
          m[0].slice(0, m[0].length - name.length) +
          ctx.pseudonym(this, name, { kind: 'name', counter: 'name', key: name, category: 'person' })
        )
      })
    // an HTTP request line's target has no scheme or host (`"GET /api/search?name=Layla%20Al-Mansouri HTTP/1.1"`,
    // access logs and proxies): its path and query are read as a link's are (a webhook's secret path too:
    // `POST /webhookb2/<guid>@<guid>/IncomingWebhook/… HTTP/1.1`)
    const requests = text.includes(' HTTP/')
      ? text.replace(
          REQUEST_LINE,
          (all: string, path: string, query: string | undefined) =>
            all.slice(0, all.length - path.length - (query?.length ?? 0)) +
            redactPathSecrets(path, '', ctx, this) +
            (query === undefined ? '' : redactQuery(query, false, ctx, this))
        )
      : text
    const out = rewriteAt(
      requests,
      URL_RE,
      urlStarts(),
      (m) => redactUrl(trimTrailing(m[0]), ctx, this) + m[0].slice(trimTrailing(m[0]).length)
    )
    // a meeting link written without its scheme (ChromeOS: `Meeting joined: meet.google.com/xqz-fhbt-kpw`)
    if (!BARE_MEETING_HOST.test(out)) return out
    return out.replace(BARE_MEETING_LINK, (link: string) => {
      const url = trimTrailing(link)
      return redactUrl(`https://${url}`, ctx, this).slice('https://'.length) + link.slice(url.length)
    })
  }
}
const CANONICAL_ANCHOR = /\/\p{Lu}[\p{Ll}\p{M}'’-]+[ \t](?:(?:van|von|der|de|da|di|del|la|le|O'|Ó)[ \t])*\p{Lu}/u
const CANONICAL_PATH = new RegExp(
  String.raw`(?<![\w./:-])(?:[A-Za-z0-9-]{1,63}\.){1,6}[A-Za-z]{2,24}(?:\/[\p{L}\p{N} ._-]{1,64}){0,6}\/(${PERSON_NAME})(?=[,;<"'\t]|\r?$|\r?\n)`,
  'uy'
)
// (tried within 300 characters before the last part's two capitalised words)
const canonicalStarts = nearAnchor([new RegExp(CANONICAL_ANCHOR.source, 'u'), 300])
const REQUEST_LINE = /\b(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)[ \t]+(\/[^\s?"#]{0,2000})(\?[^\s"]{1,4000})?(?=[ \t]+HTTP\/\d)/g
const MEETING_HOSTS = String.raw`(?:zoom\.us|zoom\.com|zoomgov\.com|teams\.microsoft\.com|teams\.live\.com|meet\.google\.com|webex\.com)\/`
const BARE_MEETING_HOST = new RegExp(MEETING_HOSTS, 'i')
const BARE_MEETING_LINK = new RegExp(String.raw`(?<![\w.@:/-])(?:[A-Za-z0-9-]{1,63}\.){0,3}${MEETING_HOSTS}[^\s"'<>]+`, 'gi')

const ACTOR_NAME = /^[A-Za-z]+(?:[a-z][A-Z][a-z]+){2,}$/
// (a GUID authority is a store's id, `x-coredata://DB05755C-…/CalDAVPrincipal`, no host)

function isSchemeChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 43 || c === 46 || c === 45
}

function trimTrailing(u: string): string {
  let end = u.length
  while (end > 0 && '.,;:!?)]}'.includes(u[end - 1]!)) {
    if (u[end - 1] === ')' && u.lastIndexOf('(', end) > u.indexOf(':')) break
    end--
  }
  return u.slice(0, end)
}

function redactUrl(url: string, ctx: RuleContext, rule: Rule): string {
  const colon = url.indexOf(':')
  const scheme = url.slice(0, colon)
  let rest = url.slice(colon + 1)
  let prefix = url.slice(0, colon + 1)
  const slashes = /^\/{0,3}/.exec(rest)![0]
  prefix += slashes
  rest = rest.slice(slashes.length)
  const meetingScheme = MEETING_SCHEME.test(scheme)
  if (/^(?:sips?|tel)$/i.test(scheme)) {
    // sip:user@host / tel:+1555…: the whole address is personal.
    return rest ? prefix + ctx.pseudonym(rule, rest, { kind: 'meeting', counter: 'meeting', category: 'network-activity' }) : url
  }
  // authority
  let authEnd = slashes.length >= 2 ? rest.search(/[/?#]/) : 0
  if (authEnd < 0) authEnd = rest.length
  let authority = rest.slice(0, authEnd)
  let tail = rest.slice(authEnd)
  if (scheme.toLowerCase() === 'file' && slashes.length === 3) {
    tail = authority + tail
    authority = ''
  }
  let host = authority
  let out = prefix
  const at = authority.lastIndexOf('@')
  if (at >= 0) {
    const userinfo = authority.slice(0, at)
    // an actor system's or service's name before `@` (`akka.tcp://sparkExecutorActorSystem@…`,
    // `spark://CoarseGrainedScheduler@…`) holds no password and names no one
    const actor = !userinfo.includes(':') && ACTOR_NAME.test(userinfo)
    out +=
      (ctx.isKept(userinfo) || actor
        ? userinfo
        : ctx.pseudonym(rule, userinfo, { kind: 'cred', counter: 'cred', category: 'credential' })) + '@'
    host = authority.slice(at + 1)
  }
  let port = ''
  if (host.startsWith('[')) {
    const close = host.indexOf(']')
    port = close >= 0 ? host.slice(close) : ''
    host = close >= 0 ? host.slice(1, close) : host.slice(1)
    out += '['
  } else {
    const pc = host.lastIndexOf(':')
    if (pc >= 0) {
      port = host.slice(pc)
      host = host.slice(0, pc)
    }
  }
  out += redactHost(host, ctx) + port
  const meeting = meetingScheme || MEETING_HOST.test(host)
  // path, query, fragment
  const q = tail.search(/[?#]/)
  let path = q < 0 ? tail : tail.slice(0, q)
  const after = q < 0 ? '' : tail.slice(q)
  if (meeting) {
    path = path
      .split('/')
      .map((seg) =>
        seg === '' || STRUCTURAL.has(seg.toLowerCase()) ? seg : ctx.pseudonym(rule, seg, { kind: 'meeting', counter: 'meeting' })
      )
      .join('/')
  } else path = redactPathSecrets(path, host, ctx, rule)
  out += path
  // a fragment that is itself a link (`…#https://us02web.zoom.us/j/852…?pwd=x`, a redirect's target)
  // is redacted as one; read as `key=value` parts, its path would stay whole in the key
  const hash = after.indexOf('#')
  if (hash >= 0 && NESTED_URL.test(after.slice(hash + 1)))
    return out + redactQuery(after.slice(0, hash), meeting, ctx, rule) + '#' + redactUrl(after.slice(hash + 1), ctx, rule)
  return out + redactQuery(after, meeting, ctx, rule)
}

const ENCODED_LINK = /^[A-Za-z][A-Za-z0-9+.-]{0,15}%3[Aa]%2[Ff]%2[Ff]/
function decodedLink(v: string): string | undefined {
  try {
    const d = decodeURIComponent(v)
    return NESTED_URL.test(d) && !/[\s"<>]/.test(d.replace(TOKEN_IN_TEXT, '')) ? d : undefined
  } catch {
    return undefined
  }
}
const TOKEN_IN_TEXT = new RegExp(TOKEN_SOURCE, 'g')
const TOKEN_SPLIT = new RegExp(`(${TOKEN_SOURCE})`)
function encodeAroundTokens(s: string): string {
  return s
    .split(TOKEN_SPLIT)
    .map((part, i) => (i % 2 === 1 ? part : encodeURIComponent(part)))
    .join('')
}
const APP_ID_KEY = /^(?:client_?id|app_?id|resource)$/i
const NESTED_URL = /^[A-Za-z][A-Za-z0-9+.-]{0,15}:\/\//
const URL_IN_KEY = /[A-Za-z][A-Za-z0-9+.-]{0,15}:\/\//

function redactQuery(after: string, meeting: boolean, ctx: RuleContext, rule: Rule): string {
  let out = ''
  if (after)
    out += after.replace(/([?&#;])([^=&#;]*)(=?)([^&#;]*)/g, (_all, sep: string, k: string, eq: string, v: string) => {
      // a part that is itself a link (`…?pwd=x;https://us02web.zoom.us/j/852…?pwd=x`, also after a stray
      // `:` or `?`: `…#?https://…`) is redacted as one; as a key its path would stay whole
      const nested = k.search(URL_IN_KEY)
      if (nested >= 0) return sep + k.slice(0, nested) + redactUrl(k.slice(nested) + eq + v, ctx, rule)
      if (!eq) {
        // a bare fragment or flag; fragments can carry tokens, so only keep short safe ones
        return (
          sep +
          (k === '' || SAFE_VALUE.test(k) || (k.length <= 24 && /^[A-Za-z_-]+$/.test(k) && !meeting)
            ? k
            : ctx.pseudonym(rule, k, { kind: 'url-param', counter: 'url-param' }))
        )
      }
      // a value that is a percent-encoded link (`redirect=https%3A%2F%2Fus02web.zoom.us%2Fj%2F844…`) is redacted as a
      // link, so its vendor's host stays, and encoded again around the tokens
      if (ENCODED_LINK.test(v)) {
        const link = decodedLink(v)
        if (link !== undefined) return sep + k + eq + encodeAroundTokens(redactUrl(link, ctx, rule))
      }
      // (one of Microsoft's own applications' ids is a GUID anyone can look up: `client_id=1fec8e78-…` is
      // Teams, not a person; an organisation's own app registration is theirs)
      if (
        v === '' ||
        SAFE_VALUE.test(v) ||
        ctx.isKept(v) ||
        (SAFE_KEYS.test(k) && /^[A-Za-z0-9._-]{1,16}$/.test(v)) ||
        (APP_ID_KEY.test(k) && isFirstPartyAppId(v))
      )
        return sep + k + eq + v
      return sep + k + eq + ctx.pseudonym(rule, v, { kind: 'url-param', counter: 'url-param' })
    })
  return out
}

function redactPathSecrets(path: string, host: string, ctx: RuleContext, rule: Rule): string {
  const segs = path.split('/')
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!
    if (WEBHOOK_MARK.test(seg) || (HOOKS_HOST.test(host) && /^services$/i.test(seg))) {
      const rest = segs.slice(i + 1).join('/')
      if (rest === '' || ctx.isKept(rest)) return path
      return [...segs.slice(0, i + 1), ctx.pseudonym(rule, rest, { kind: 'cred', counter: 'cred', category: 'credential' })].join('/')
    }
    // (Sumo Logic's HTTP source: `/receiver/v1/http/<token>`)
    if (/^http$/i.test(seg) && i >= 2 && /^receiver$/i.test(segs[i - 2]!)) {
      const rest = segs.slice(i + 1).join('/')
      if (rest !== '' && !ctx.isKept(rest))
        return [...segs.slice(0, i + 1), ctx.pseudonym(rule, rest, { kind: 'cred', counter: 'cred', category: 'credential' })].join('/')
    }
    // a GUID after a segment naming what it is the id of (`/csm/device/<guid>`, `/users/<guid>`), any opaque
    // id, letters and digits both, after an organisation's (`/api/v1/orgs/org_7Hq2LmXv9PzRw3/exports`), and
    // the tenant a sign-in authority's path opens with
    if (
      i > 0 &&
      ((OBJECT_SEGMENT.test(segs[i - 1]!) && isGuid(seg) && !isFirstPartyAppId(seg)) ||
        (ORG_SEGMENT.test(segs[i - 1]!) && OPAQUE_SEGMENT.test(seg)) ||
        (i === 1 && AUTHORITY_HOST.test(host) && isGuid(seg) && !isFirstPartyAppId(seg))) &&
      !ctx.isKept(seg)
    ) {
      segs[i] = ctx.pseudonym(rule, seg, { kind: 'serial', counter: 'serial', key: seg, category: 'device-identifier' })
      continue
    }
    if (randomSegment(seg) && !ctx.isKept(seg))
      segs[i] = ctx.pseudonym(rule, seg, { kind: 'cred', counter: 'cred', category: 'credential' })
  }
  return segs.join('/')
}

function redactHost(host: string, ctx: RuleContext): string {
  if (!host) return host
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) {
    const o = host.split('.').map(Number)
    if (o.every((x) => x <= 255)) return redactV4(o, host, ctx, ipv4Rule) ?? host
  }
  if (host.includes(':')) {
    const g = parseV6(host.replace(/%.*$/, ''))
    if (!g) return host
    const c = classifyV6(g)
    if (c.kind === 'keep') return host
    if (c.kind === 'v4') return redactV4(c.octets, host, ctx, ipv4Rule) ?? host
    const kind = c.kind === 'range' ? `ipv6-${c.label}` : 'ipv6-public'
    return ctx.pseudonym(ipv6Rule, host, { kind, counter: kind, key: v6Key(g) })
  }
  if (/^localhost$/i.test(host) || !/[A-Za-z]/.test(host) || isGuid(host)) return host
  return hostToken(host, ctx, hostnameRule) ?? host
}
