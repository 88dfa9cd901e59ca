import type { Rule, RuleContext } from '../types'
import { contextKeysRule, holdsTableKey, isTableKey, takesOneToken } from './context-keys'
import { isToken } from '../token'
import { GUID_SOURCE, isFirstPartyAppId } from '../guid'
import { rewriteAt, type StartFinder } from '../rewrite'
import { isAsciiLetter, isDigit, isWordChar } from '../char-codes'

// Two layouts put a key and its value where the key table cannot see them as a pair:
//  - .NET and app config XML names the key in one attribute and holds the value in the next:
//    `<setting name="DisplayName" value="Marco Rossi" />`, `<add key="ProxyPassword" value="…"/>`;
//  - a JSON array of strings under one key: `"participants":["Maja Novak","Tomaž Kranjc"]`
//    (the key table reads the first string only);
//  - a config line whose key is camel case (`ProxyPassword = hunter2!`, `WifiSSID: Home`), or any
//    camel-case key in a line, quoted or before `=` (`"userDisplayName":"…"`, `NetworkDeviceName=…`):
//    the table's keys start at a word boundary, which a camel-case hump is not.
// Each value is judged as the key table judges `"key":"value"`, with the same pseudonyms; only the
// value is rewritten in place. The table stays the one place that knows what a key means.
// (a key may carry its section's prefix, `<add key="ida:ClientSecret" value="…"/>`: judged without it)
const ATTRIBUTE_PAIR = /\b(?:name|key)=(["'])(?:[A-Za-z][\w.-]{0,31}:)?([A-Za-z][\w .-]{0,63})\1[ \t]+value=(["'])([^"'<>\n]{1,512})\3/g
const STRING_ARRAY =
  /"([A-Za-z][\w .-]{0,63})"[ \t]*:[ \t]*\[[ \t]*("(?:[^"\\\n]|\\.){0,512}"(?:[ \t]*,[ \t]*"(?:[^"\\\n]|\\.){0,512}"){1,49})[ \t]*\]/g
// tried sticky at each line's start (a multi-line `^` would test every position of the chunk)
const CAMEL_LINE =
  /([ \t]*)([A-Za-z][A-Za-z0-9]{0,40}[a-z][A-Z][A-Za-z0-9]{0,40})([ \t]*[=:](?![:=])[ \t]*)([^"\r\n\u2028\u2029]{1,512})(?=\r?\n|$)/y
// (USB descriptor fields are typed by their prefix: `bLength`, `bmAttributes`, `bcdUSB`, `idVendor`, `iSerial`,
// `wMaxPacketSize`; another lower-case word before a hump is a word, `onPremisesSamAccountName`)
const USB_FIELD = /^(?:b|bm|bcd|i|id|w)[A-Z]/
// a camel-case key anywhere in a line, quoted (JSON) or bare before `=`/`:` (`"userDisplayName":"…"`,
// `NetworkDeviceName=WLC-HQ-01,`): its last words may be a key the table knows behind a prefix
// (a C++ scope's `::` or a comparison's `==` is no separator: `NetworkDelegate::NotifyBeforeURLRequest`)
const CAMEL_PAIR =
  /(["']?)([A-Za-z][A-Za-z0-9]{0,40}[a-z][A-Z][A-Za-z0-9]{0,40})\1[ \t]*[:=](?![:=])[ \t]*(?:"((?:[^"\\\n]|\\.){1,512})"|([^\s"',;&)\]}<>{[]{1,256}))/y
// a word and `=`, or `:` and a blank or the end, at the start of a bare value: the next pair's key
const NEXT_PAIR = /^[A-Za-z_][\w.-]{0,40}(?:=(?=[^=>\s])|:(?=[ \t]|$))/
// Where a camel-case key may stand: a hump (`rD` of `userDisplayName`) inside an identifier that
// a separator follows (`"…":`, `…=`); the finder walks out from each hump with char loops, so
// the pattern runs only there, not at every position of text that is full of humps.
const HUMP = /[a-z][A-Z]/g
function camelKeyStarts(): StartFinder {
  let done = -1
  return (text, from) => {
    HUMP.lastIndex = Math.max(from, done)
    for (let h = HUMP.exec(text); h !== null; h = HUMP.exec(text)) {
      let a = h.index
      while (a > 0 && isIdentChar(text.charCodeAt(a - 1))) a--
      let e = h.index + 2
      while (e < text.length && isIdentChar(text.charCodeAt(e))) e++
      done = e
      HUMP.lastIndex = e
      // a word break before it (not `-`, `_` or a word character)
      const before = a > 0 ? text.charCodeAt(a - 1) : 32
      const quote = before === 34 || before === 39
      if (!quote && (isWordChar(before) || before === 45)) continue
      if (quote && a > 1 && (isWordChar(text.charCodeAt(a - 2)) || text.charCodeAt(a - 2) === 45)) continue
      let k = e
      if (quote && text.charCodeAt(k) === before) k++
      while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++
      const sep = text.charCodeAt(k)
      if ((sep === 58 || sep === 61) && a >= from) return quote ? a - 1 : a
    }
    done = text.length
    return -1
  }
}
function isIdentChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c)
}
const NAME_TOKEN = /^<name-\d+>$/
const THING_PREFIX =
  /^(?:app|application|resource|device|room|group|team|channel|tenant|org|organi[sz]ation|company|policy|service|product|printer|network|site|building|location|client|server|domain|role|task|job|file|folder|queue|plan|sku|license|event|meeting|calendar|mailbox|bot|connector|workspace|project|template|profile|package|module|process|window|screen|display|monitor|camera|speaker|mic|microphone|audio|video|font|theme|model|brand|vendor|manufacturer|driver|adapter|interface|volume|disk|share|category|type|class|object|target|source|destination)[A-Z]/
// Android's property dump, one `[name]: [value]` a line
const GETPROP = /^\[([a-z][\w.-]{0,95})\]:[ \t]*\[([^\]\n]{1,256})\]/gm
// (only the properties that name the device, its network or its owner: a build's host and user, a
// display's name, a service's state are the system's own: `[ro.build.host]`, `[init.svc.token]`)
const GETPROP_KEY = /^(?!ro\.build\.|ro\.product\.|init\.svc\.)[\w.-]*\.(?:hostname|device[._]name|ssid|bssid|email)$/i
// a JSON property list names the key in one member and holds the value in another
// (`{"name":"displayName","type":"string","value":"Aroha Ngata"}`: DevTools previews, Azure and Graph settings)
// (Teams messages name their sender `#microsoft.graph.teamworkUserIdentity`)
const OBJECT_TYPE = String.raw`(?:#microsoft\.graph\.)?(?:teamwork|aad|azureAD|identity)?(?:[Uu]ser|USER|[Dd]evice|DEVICE|[Gg]roup|GROUP|[Ss]ervicePrincipal|[Aa]pplication|PublicClientApp|AppInstance|[Cc]ontact|[Mm]ember)(?:Identity)?`
const Q = String.raw`\\?"`
// (within one object: no brace between the id and the type)
const ID_THEN_TYPE = new RegExp(
  String.raw`${Q}id${Q}[ \t]*:[ \t]*${Q}([A-Za-z0-9][\w.-]{7,63})${Q}[^{}\n]{0,400}?${Q}(?:type|@odata\.type|objectType|userIdentityType)${Q}[ \t]*:[ \t]*${Q}${OBJECT_TYPE}${Q}`,
  'g'
)
const TYPE_THEN_ID = new RegExp(
  String.raw`${Q}(?:type|@odata\.type|objectType|userIdentityType)${Q}[ \t]*:[ \t]*${Q}${OBJECT_TYPE}${Q}[^{}\n]{0,400}?${Q}id${Q}[ \t]*:[ \t]*${Q}([A-Za-z0-9][\w.-]{7,63})${Q}`,
  'g'
)
// an object's id: letters and digits both (a GUID, Okta's `0oa3m1n8vcXyZ2hRk5d7`), not a name or a number
const OPAQUE_ID = /^(?=[\w.-]*\d)(?=[\w.-]*[A-Za-z])[\w.-]{8,64}$/
// … and an object that holds a person's or a device's fields is theirs, so is its GUID `id` (Graph's
// `{"id":"…","displayName":"…","mail":"…"}`, `"manager": { "id": "…", … }`, a managed device's
// `{"id":"…","deviceName":"…","serialNumber":"…"}`): read within the object's braces on its line
const GUID_ID = new RegExp(
  String.raw`${Q}id${Q}[ \t]*:[ \t]*${Q}([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})${Q}`,
  'g'
)
const OWNER_FIELD = new RegExp(
  String.raw`${Q}(?:mail|displayName|givenName|surname|mobilePhone|businessPhones|deviceName|managedDeviceName|serialNumber|azureADDeviceId)${Q}[ \t]*:`
)
// (a record of an event names its user, and its `id` is the event's: `{"id":…,"createdDateTime":…,"userDisplayName":…}`)
const EVENT_FIELD = new RegExp(
  String.raw`${Q}(?:createdDateTime|activityDateTime|eventDateTime|correlationId|activityDisplayName|requestId)${Q}[ \t]*:`
)
// A printed object's id (Java's and Lombok's `toString`: `User{id=…, email='…', displayName='…'}`,
// `User(id=…, …)`, a record's `User[id=…, …]`) when the object's own fields are a person's or a device's
const PRINTED_ID = new RegExp(String.raw`\b[A-Z][A-Za-z0-9]{1,40}([{(\[])id=(${GUID_SOURCE})(?=[,})\]])`, 'g')
const PRINTED_OWNER_FIELD =
  /[{([,][ \t]*(?:e?mail|displayName|display_name|givenName|surname|user[Nn]ame|upn|(?:mobile)?[Pp]hone|deviceName|serialNumber)=/
const CLOSING: Record<string, string> = { '{': '}', '(': ')', '[': ']' }
const NAME_VALUE_OBJECT =
  /"name"[ \t]*:[ \t]*"([A-Za-z][\w .-]{0,63})"(?:[ \t]*,[ \t]*"[\w-]{1,20}"[ \t]*:[ \t]*(?:"[^"\\\n]{0,64}"|[\w.-]{1,20}))?[ \t]*,[ \t]*"value"[ \t]*:[ \t]*"((?:[^"\\\n]|\\.){1,512})"/g
// XML that names a value by its element, or by a Name attribute beside it:
//  - `<Computer>TSP-WS-118.tailspin.local</Computer>`, `<UserName>jdoe</UserName>` (the element's local name is the key);
//  - Windows event XML `<Data Name='Workstation'>MTR-LIS-BR3</Data>`;
//  - SAML `<saml2:Attribute Name="givenName"><saml2:AttributeValue …>Lúcia</saml2:AttributeValue>` (a claim
//    URI's last segment is the key: `…/identity/claims/givenname`).
// (one value: no separator of a list or of more pairs inside, at most five words)
const XML_VALUE = String.raw`([^<>\n;|=:()[\]{}]{1,128})`
const XML_ELEMENT = new RegExp(
  String.raw`<(?:[\w-]{1,20}:)?([A-Za-z][\w.-]{0,40})(?:[ \t][^<>\n]{0,300})?>${XML_VALUE}<\/(?:[\w-]{1,20}:)?\1>`,
  'g'
)
const XML_DATA = new RegExp(String.raw`<(?:[\w-]{1,20}:)?Data[ \t]+Name=(["'])([A-Za-z][\w .-]{0,63})\1[ \t]*>${XML_VALUE}<\/`, 'g')
// … and an element named by its `name` attribute, as Android's shared preferences and WifiConfigStore.xml
// write settings (`<string name="PreSharedKey">&quot;Fjord!Huddle#2024&quot;</string>`, `<string name="SSID">`)
const NAMED_ELEMENT =
  /<(string|item|entry|setting|property|value|param)[ \t]+name=(["'])([A-Za-z][\w .-]{0,63})\2[ \t]*>(&quot;)?([^<>\n]{1,256}?)(?:&quot;)?<\/\1>/g
const SAML_ATTRIBUTE =
  /<(?:[\w-]{1,20}:)?Attribute[ \t]+Name=(["'])(?:[^"'\n]{0,200}\/)?([A-Za-z][\w.-]{0,63})\1[^<>\n]{0,300}>[ \t]*<(?:[\w-]{1,20}:)?AttributeValue(?:[ \t][^<>\n]{0,300})?>([^<>\n]{1,512})</g
// HTML writes a label and its value as the text of two elements (a meeting invitation's
// `<span>ID de la réunion : </span><span class="…">389 604 217 553</span>`, `<td>Passcode:</td><td>…</td>`):
// a text that ends in a colon, up to four tags and nothing else, then the next text is its value
// (a tag's name has no hyphen: the engine's own tokens, `<serial-19>`, are no tags)
const HTML_TAG = String.raw`<\/?[A-Za-z][A-Za-z0-9:]*(?:[ \t][^<>\n]{0,300})?\/?>`
const HTML_LABEL_PAIR = new RegExp(String.raw`>[ \t]*([^<>\n:]{1,64}?)[ \t]*:[ \t]*((?:${HTML_TAG}[ \t]*){1,4})([^<>\n]{1,128})(?=<)`, 'g')
const HTML_TAG_BEFORE = new RegExp(String.raw`${HTML_TAG}$`)
const ARRAY_ITEM = /"((?:[^"\\\n]|\\.){0,512})"/g

/** The value the key table gives `"key":"value"`, or undefined when it keeps it. */
export function judged(key: string, value: string, ctx: RuleContext): string | undefined {
  // a camel-case key is read by its words (`ProxyPassword` as `Proxy_Password`, `WifiSSID`)
  // (with an underscore, which the table reads as a word break in any key: `Session Id` would
  // not match `session[_-]?id`)
  key = key.replace(/([a-z])([A-Z])/g, '$1_$2')
  // (a many-sense word closing the name after a hump is its topic, as after `_`: `PageItemCell`,
  // `isOwner`; the key table skips those itself, see NOT_AFTER_UNDERSCORE in context-keys.ts)
  // (most field names hold no key of the table: no pair to build and judge)
  if (!holdsTableKey(key)) return undefined
  const pair = `"${key}":"${value}"`
  const out = contextKeysRule.apply(pair, ctx)
  if (out === pair) return undefined
  const prefix = `"${key}":"`
  return out.startsWith(prefix) && out.endsWith('"') ? out.slice(prefix.length, -1) : undefined
}

/** `judged`, except that a thing's display name is no person's (`appDisplayName`, `resourceDisplayName`). */
function judgedField(key: string, value: string, ctx: RuleContext): string | undefined {
  const v = judged(key, value, ctx)
  return v !== undefined && NAME_TOKEN.test(v) && !isTableKey(key) && THING_PREFIX.test(key) ? undefined : v
}

export const structuredPairsRule: Rule = {
  id: 'structured-pairs',
  category: 'credential',
  kind: 'secret',
  detector:
    'XML `name="K" value="V"` / `key="K" value="V"` attribute pairs, Android `getprop` lines that name the device, its network or its owner (`[net.hostname]: [V]`, `…device.name`, `…ssid`, the property\'s last segment the key), XML elements named by a key (`<Computer>…</Computer>`), Windows event `<Data Name=\'K\'>V</Data>`, SAML `<Attribute Name="K"><AttributeValue>V`, JSON `{"name":"K",…,"value":"V"}` property objects, the 2nd–50th strings of a JSON string array (all of them under a plural key the table knows in the singular: `"ssids":[…]`) and config lines with a camel-case key (`ProxyPassword = …`) and camel-case keys within a line (`"userDisplayName":"…"`, `NetworkDeviceName=…`), each judged by the key table as `"K":"V"` (camel humps read as word breaks)',
  replacement: 'as the key table replaces `"K":"V"`',
  gate: (t) =>
    t.includes('value=') || t.includes('id=') || t.includes('":[') || t.includes('</') || t.includes(']: [') || /[a-z][A-Z]/.test(t),
  apply(text, ctx) {
    let out = text.includes('value=')
      ? text.replace(ATTRIBUTE_PAIR, (whole, _q: string, key: string, q2: string, value: string) => {
          const v = judged(key, value, ctx)
          return v === undefined ? whole : whole.slice(0, whole.length - value.length - 1) + v + q2
        })
      : text
    let rebuilt = ''
    let last = 0
    for (let ls = 0; ls < out.length;) {
      CAMEL_LINE.lastIndex = ls
      const c = CAMEL_LINE.exec(out)
      const nl = out.indexOf('\n', ls)
      if (c !== null) {
        const [whole, indent, key, sep, value] = c as unknown as [string, string, string, string, string]
        // USB descriptor fields (`iSerialNumber : 0x03 (String …)`, `idVendor`, `bLength`) are typed
        // by a one- or two-letter prefix; their values are the descriptor dump's, not a config's
        // A line's value runs to its end (`DisplayName : Marco Rossi`), but a key whose value is one
        // token (an account, a host, a serial) reads only the first word of words after it
        // (`UserPrincipalName : 9.9.1.221 peer …`): the rest is prose, judged on its own.
        const trimmed = value.trimEnd()
        const word =
          /[ \t]/.test(trimmed) && takesOneToken(key.replace(/([a-z])([A-Z])/g, '$1_$2')) ? trimmed.split(/[ \t]/, 1)[0]! : trimmed
        const v = USB_FIELD.test(key) ? undefined : judged(key, word, ctx)
        if (v !== undefined) {
          rebuilt += out.slice(last, ls) + indent + key + sep + v + value.slice(word.length)
          last = ls + whole.length
        }
      }
      if (nl < 0) break
      ls = nl + 1
    }
    if (last > 0) out = rebuilt + out.slice(last)
    out = rewriteAt(out, CAMEL_PAIR, camelKeyStarts(), (pm, src) => {
      const [whole, , key, quoted, bare] = pm as unknown as [string, string, string, string | undefined, string | undefined]
      const value = quoted ?? bare!
      const end = pm.index + whole.length
      // (a key the table knows whole it reads in place, with the object's context: `serialNumber`)
      // (a bare word that is itself a key, `at=…`, `Authorization: …`, opens the next pair: this key has no value)
      const opensPair = bare !== undefined && NEXT_PAIR.test(src.slice(end - bare.length, end + 2))
      // (a bare value at the line's start was judged whole as a config line's above: its first word
      // alone is not judged again, `UserDisplayName : Orca Boardroom` is a room's)
      const lineStart = src.lastIndexOf('\n', pm.index - 1) + 1
      const atLineStart = bare !== undefined && /^[ \t]*$/.test(src.slice(lineStart, pm.index))
      if (USB_FIELD.test(key) || isTableKey(key) || isToken(value) || opensPair || atLineStart) return whole
      const v = judgedField(key, value, ctx)
      if (v === undefined) return whole
      const at = whole.length - value.length - (quoted === undefined ? 0 : 1)
      return whole.slice(0, at) + v + whole.slice(at + value.length)
    })
    if (out.includes('</')) {
      const inElement = (whole: string, key: string, value: string): string => {
        if (isToken(value) || key === 'Data' || value.trim().split(/[ \t]+/).length > 5) return whole
        const v = judged(key, value, ctx)
        // words with blanks are a value only as a person's name (a host or account has none)
        if (v === undefined || (/\s/.test(value.trim()) && !NAME_TOKEN.test(v))) return whole
        const at = whole.lastIndexOf(value)
        return whole.slice(0, at) + v + whole.slice(at + value.length)
      }
      if (out.includes('Attribute'))
        out = out.replace(SAML_ATTRIBUTE, (whole, _q: string, key: string, value: string) => inElement(whole, key, value))
      if (out.includes('Data')) out = out.replace(XML_DATA, (whole, _q: string, key: string, value: string) => inElement(whole, key, value))
      if (out.includes(' name=')) {
        out = out.replace(NAMED_ELEMENT, (whole, _tag: string, _q: string, key: string, _quot: string | undefined, value: string) =>
          inElement(whole, key, value)
        )
      }
      out = out.replace(XML_ELEMENT, (whole, key: string, value: string) => inElement(whole, key, value))
      out = out.replace(HTML_LABEL_PAIR, (whole, label: string, _tags: string, value: string, at0: number, src: string) => {
        // (the text opens after a tag, not after a token: `<serial-14> x-api-key: …`)
        const open = src.lastIndexOf('<', at0)
        if (open < 0 || !HTML_TAG_BEFORE.test(src.slice(open, at0 + 1))) return whole
        const v = isToken(value.trim()) ? undefined : judged(label, value.trim(), ctx)
        if (v === undefined) return whole
        const at = whole.length - value.length + value.indexOf(value.trim())
        return whole.slice(0, at) + v + whole.slice(at + value.trim().length)
      })
    }
    if (out.includes(']: [')) {
      // Android's `getprop` (`[net.hostname]: [BWF-CHI-12]`, `[ro.serialno]: [2238LZ0K4T81]`): for the
      // properties that name the device, its network or its owner, the property's last segment is the
      // key, or its last two joined when the last is a bare `name`
      // (`persist.vendor.logi.device.name` as `device_name`); a serial there is the appliance's own, and a
      // dump from a room appliance is a Logitech device's (its maker is on another line): kept
      out = out.replace(GETPROP, (whole, prop: string, value: string) => {
        if (isToken(value) || /serial/i.test(prop) || !GETPROP_KEY.test(prop)) return whole
        const parts = prop.split('.')
        const last = parts[parts.length - 1]!
        const key = /^(?:name|id)$/i.test(last) && parts.length > 1 ? `${parts[parts.length - 2]}_${last}` : last
        const v = judged(key, value, ctx)
        return v === undefined ? whole : whole.slice(0, whole.length - value.length - 1) + v + ']'
      })
    }
    if (out.includes('"value"')) {
      out = out.replace(NAME_VALUE_OBJECT, (whole, key: string, value: string) => {
        if (isToken(value)) return whole
        const v = judgedField(key, value, ctx)
        if (v === undefined) return whole
        return whole.slice(0, whole.length - value.length - 1) + v + '"'
      })
    }
    if (out.includes('":[')) {
      out = out.replace(STRING_ARRAY, (whole, key: string, items: string) => {
        // a plural key the table knows only in the singular (`"ssids":[…]`, `"hosts":[…]`) is read as it
        const singular = /[a-z]s$/i.test(key) && !isTableKey(key) && isTableKey(key.slice(0, -1)) ? key.slice(0, -1) : undefined
        // the first string is the key table's own (see context-keys.ts), unless only the singular is a key
        let first = singular === undefined
        const rewritten = items.replace(ARRAY_ITEM, (item, value: string) => {
          if (first) {
            first = false
            return item
          }
          const v = judged(singular ?? key, value, ctx)
          return v === undefined ? item : `"${v}"`
        })
        const at = whole.indexOf(items, key.length + 2)
        return rewritten === items ? whole : whole.slice(0, at) + rewritten + whole.slice(at + items.length)
      })
    }
    // a JSON object that says what it is names that thing by its `id` (Graph's `{"id":"…","type":"User"}`,
    // Okta's `{"id":"0oa1…","type":"PublicClientApp"}`): a user's, a device's, a group's or an app's object
    // id, in either order (also JSON-escaped)
    if (out.includes('id=')) {
      out = out.replace(PRINTED_ID, (whole: string, open: string, id: string, at: number, src: string) => {
        // (the object's own fields: up to its closing bracket or the line's end, not into an object inside it)
        const from = at + whole.indexOf(open)
        let end = src.indexOf(CLOSING[open]!, from)
        const lineEnd = src.indexOf('\n', from)
        if (end < 0 || (lineEnd >= 0 && end > lineEnd)) end = lineEnd < 0 ? src.length : lineEnd
        const nested = src.slice(from + 1, end).search(/[{([]/)
        const fields = src.slice(from, nested < 0 ? end : from + 1 + nested)
        if (!PRINTED_OWNER_FIELD.test(fields) || isToken(id) || ctx.isKept(id)) return whole
        const token = ctx.pseudonym(contextKeysRule, id, { kind: 'serial', counter: 'serial', key: id, category: 'device-identifier' })
        return whole.slice(0, whole.length - id.length) + token
      })
    }
    if (out.includes('"id') || out.includes('\\"id')) {
      const typed = (whole: string, id: string): string => {
        if (isToken(id) || ctx.isKept(id) || isFirstPartyAppId(id) || !OPAQUE_ID.test(id)) return whole
        const at = whole.indexOf(id)
        return (
          whole.slice(0, at) +
          ctx.pseudonym(contextKeysRule, id, { kind: 'serial', counter: 'serial', key: id, category: 'device-identifier' }) +
          whole.slice(at + id.length)
        )
      }
      out = out.replace(ID_THEN_TYPE, typed).replace(TYPE_THEN_ID, (whole: string, id: string) => typed(whole, id))
      out = out.replace(GUID_ID, (whole: string, id: string, at: number, src: string) => {
        // (the object's own fields: from its opening brace to its closing one, no other object between)
        const open = src.lastIndexOf('{', at)
        const nl = src.lastIndexOf('\n', at)
        if (open < 0 || open < nl || src.lastIndexOf('}', at) > open) return whole
        let close = src.indexOf('}', at)
        const lineEnd = src.indexOf('\n', at)
        if (close < 0 || (lineEnd >= 0 && close > lineEnd)) close = lineEnd < 0 ? src.length : lineEnd
        // (an object inside it is another's: `{"id":…,"owner":{"displayName":…}}` names no one by its id)
        const nested = src.indexOf('{', at)
        if (nested >= 0 && nested < close) close = nested
        const inner = src.slice(open, close)
        return OWNER_FIELD.test(inner) && !EVENT_FIELD.test(inner) ? typed(whole, id) : whole
      })
    }
    return out
  }
}
