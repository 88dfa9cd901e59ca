import type { Category } from './categories'
import type { Rule, RuleContext } from './types'
import { LOGITECH_WORD } from './rules/context-keys'

// Structured data (system info, device inventory) is redacted by key name as well as by value
// (Sentry's approach): a value under `password` is a secret whatever it looks like.
interface KeyClass {
  re: RegExp
  rule: Rule
}

function meta(id: string, category: Category, kind: string): Rule {
  return { id, category, kind, detector: `JSON key → ${kind}`, replacement: `<${kind}-N>`, apply: (t) => t }
}

const KEYS: KeyClass[] = [
  {
    re: /^(?:password|passwd|pwd|pass|passphrase|passcode|pin|secret|client[_-]?secret|api[_-]?key|apikey|x-api-key|auth|authorization|credentials?|mysql_pwd|private[_-]?key|privatekey|[a-z]*[_-]?token|token|session[_-]?id|sessionid|cookie)$/i,
    rule: meta('json-secret', 'credential', 'secret')
  },
  { re: /^(?:e-?mail(?:[_-]?address)?|upn)$/i, rule: meta('json-email', 'contact', 'email') },
  { re: /^(?:phone(?:[_-]?number)?|mobile|tel|telephone|caller[_-]?id|msisdn|fax)$/i, rule: meta('json-phone', 'contact', 'phone') },
  {
    re: /^(?:display[_-]?name|full[_-]?name|organi[sz]er|attendees?|participants?|owner|author|(?:first|last|given|family)[_-]?name|surname)$/i,
    rule: meta('json-name', 'person', 'name')
  },
  { re: /^(?:user|user[_-]?name|login|account[_-]?name|sam[_-]?account[_-]?name)$/i, rule: meta('json-user', 'account', 'user') },
  {
    re: /^(?:host[_-]?name|computer[_-]?name|machine[_-]?name|server[_-]?name|fqdn)$/i,
    rule: meta('json-host', 'device-identifier', 'host')
  },
  { re: /^(?:e?ssid|network[_-]?name)$/i, rule: meta('json-ssid', 'wifi', 'ssid') },
  // systeminformation: diskLayout[].serialNum, baseboard/chassis assetTag
  {
    re: /^(?:serial(?:[_-]?(?:number|no|num))?|service[_-]?tag|asset[_-]?tag|machine[_-]?(?:guid|id|uuid)|hardware[_-]?(?:id|uuid)|product[_-]?uuid|imei)$/i,
    rule: meta('json-serial', 'device-identifier', 'serial')
  },
  { re: /^(?:lat(?:itude)?|lon(?:g(?:itude)?)?|lng)$/i, rule: meta('json-geo', 'location', 'geo') }
]

// Keys whose meaning comes from the object they sit in (systeminformation's shapes): `uuid.os` (the
// machine id) and `uuid.hardware`, `system.uuid` (SMBIOS UUID; other UUIDs are kept as support
// data), and the user-given `name` of a Bluetooth device ("Marta's AirPods").
const BY_PARENT: Array<{ parent: RegExp; key: RegExp; rule: Rule }> = [
  { parent: /^uuid$/i, key: /^(?:os|hardware)$/i, rule: meta('json-serial', 'device-identifier', 'serial') },
  { parent: /^system$/i, key: /^uuid$/i, rule: meta('json-serial', 'device-identifier', 'serial') },
  { parent: /^bluetooth[_-]?devices$/i, key: /^name$/i, rule: meta('json-host', 'device-identifier', 'host') }
]

function isLogitechObject(obj: Record<string, unknown>): boolean {
  for (const v of Object.values(obj)) if ((typeof v === 'string' || typeof v === 'number') && LOGITECH_WORD.test(String(v))) return true
  return false
}

export function redactJsonValue(
  value: unknown,
  text: (s: string) => string,
  ctx: RuleContext,
  isInventorySerial: (v: string) => boolean
): unknown {
  // parent: the key this object (or the array holding it) sits under
  const walk = (v: unknown, parent: string): unknown => {
    if (typeof v === 'string') return text(v)
    if (Array.isArray(v)) return v.map((x) => walk(x, parent))
    if (v === null || typeof v !== 'object') return v
    const obj = v as Record<string, unknown>
    const out: Record<string, unknown> = {}
    const logitech = isLogitechObject(obj)
    for (const [k, val] of Object.entries(obj)) {
      const key = text(k)
      const cls = KEYS.find((c) => c.re.test(k)) ?? BY_PARENT.find((c) => c.parent.test(parent) && c.key.test(k))
      if (cls && (typeof val === 'string' || typeof val === 'number') && String(val) !== '' && !ctx.isKept(String(val))) {
        const s = String(val)
        if (cls.rule.id === 'json-serial' && (logitech || isInventorySerial(s))) {
          out[key] = val
          continue
        }
        const norm = cls.rule.kind === 'phone' ? s.replace(/\D/g, '') : s.toLowerCase()
        out[key] = ctx.pseudonym(cls.rule, s, { key: norm })
        continue
      }
      out[key] = walk(val, k)
    }
    return out
  }
  return walk(value, '')
}
