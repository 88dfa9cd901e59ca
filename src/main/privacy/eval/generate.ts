import { CANARY_GENERATORS, type Canary, type Probe } from './canaries'
import { KEEP_GENERATORS, logitechSerial, type Keep } from './keeps'
import { createRng } from './prng'
import { TEMPLATES, type Escape, type Template } from './templates'

export interface EvalRecord {
  src: string
  line: string
  canaries: Canary[]
  /** `plain`: the unescaped form, also accepted when the engine decodes the line */
  keep: Array<{ type: string; value: string; plain?: string }>
}

export interface EvalSet {
  seed: number
  records: EvalRecord[]
  /** device serials known from the (simulated) inventory */
  inventory: string[]
}

/** Does the probe fire on `text`? Shared by the generator's own checks and the scorer. */
export function probeHits(p: Probe, text: string): boolean {
  switch (p.kind) {
    case 'text':
      return text.toLowerCase().includes(p.value.toLowerCase())
    case 'word': {
      let i = text.indexOf(p.value)
      while (i >= 0) {
        const before = text[i - 1] ?? ' '
        const after = text[i + p.value.length] ?? ' '
        if (!/[\p{L}\p{N}_]/u.test(before) && !/[\p{L}\p{N}_]/u.test(after)) return true
        i = text.indexOf(p.value, i + 1)
      }
      return false
    }
    case 'digits':
      return p.value.length > 0 && text.replace(/[\s().+/-]/g, '').includes(p.value)
    case 'hex':
      return text
        .toLowerCase()
        .replace(/[\s:._-]/g, '')
        .includes(p.value)
  }
}

const JSON_SAFE = (s: string): string => JSON.stringify(s).slice(1, -1)
const hex4 = (c: string): string => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
const JSON_SHORT: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' }
const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
const ESCAPES: Record<Escape, (s: string) => string> = {
  json: JSON_SAFE,
  // .NET escapes control characters too
  // eslint-disable-next-line no-control-regex
  'json-ascii': (s) => s.replace(/[\\"<>&'+`\u0000-\u001f\u007f-\uffff]/g, (c) => JSON_SHORT[c] ?? hex4(c)),
  xml: (s) => s.replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!),
  csv: (s) => s.replace(/"/g, '""'),
  apache: (s) =>
    s.replace(/[\\"]|[^\x20-\x7e]+/g, (c) =>
      c === '"' || c === '\\' ? `\\${c}` : [...Buffer.from(c, 'utf8')].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('')
    )
}
const DATE_RUN = /\d[\d:T.Z/ ,+-]{7,}\d/

/** Text and word probes as they appear once the format has escaped the fragment (digits and hex are unaffected). */
function escapeProbes(c: Canary, esc: (s: string) => string): Canary {
  return { ...c, probes: c.probes.map((p): Probe => (p.kind === 'text' || p.kind === 'word' ? { ...p, value: esc(p.value) } : p)) }
}

/** Adds the canary's unescaped text and word probes next to the escaped ones (when attributable). */
function withPlainProbes(escaped: Canary, plain: Canary, without: string): Canary {
  const extra = plain.probes.filter(
    (p) =>
      (p.kind === 'text' || p.kind === 'word') &&
      !escaped.probes.some((e) => e.kind === p.kind && e.value === p.value) &&
      !probeHits(p, without)
  )
  return extra.length === 0 ? escaped : { ...escaped, probes: [...escaped.probes, ...extra] }
}

/** Seeded canary set: `lines` lines, a tenth clean, the rest with 1–3 canaries and 1–2 keeps.
 *  `templates` defaults to the engine's own set; the held-out set is in templates-heldout.ts. */
export function generateEvalSet(seed: number, lines = 2000, templates: Template[] = TEMPLATES): EvalSet {
  const rng = createRng(`privacy-eval:${seed}`)
  const inventory = Array.from({ length: 5 }, () => logitechSerial(rng))
  const types = Object.keys(CANARY_GENERATORS)
  const keepTypes = Object.keys(KEEP_GENERATORS)
  const records: EvalRecord[] = []
  let retries = 0
  for (let n = 0; n < lines; n++) {
    const tpl = templates[n % templates.length]!
    const header = tpl.header(rng)
    const body = rng.pick(tpl.bodies)
    const json = tpl.source === 'this-app'
    const esc = tpl.escape ? ESCAPES[tpl.escape] : json ? JSON_SAFE : (s: string): string => s
    const clean = rng.chance(0.1)
    const canaries: Canary[] = []
    const keeps: Keep[] = []
    if (!clean) {
      for (let k = rng.int(1, 3); k > 0; k--)
        canaries.push(CANARY_GENERATORS[types[(n + k * 7 + rng.int(0, types.length - 1)) % types.length]!]!(rng))
      for (let k = rng.int(1, 2); k > 0; k--) keeps.push(KEEP_GENERATORS[rng.pick(keepTypes)]!(rng, inventory))
    }
    const pieces = [...canaries.map((c) => c.fragment), ...keeps.map((k) => k.fragment)]
    for (let i = pieces.length - 1; i > 0; i--) {
      const j = rng.int(0, i)
      ;[pieces[i], pieces[j]] = [pieces[j]!, pieces[i]!]
    }
    const sep = rng.pick([' ', ' | ', '; ', ', '])
    const filled = pieces.map(esc).join(sep)
    const filledBody = body.replace('{x}', filled)
    const line = header.includes('{body}') ? header.replace('{body}', () => filledBody) : `${header} ${filledBody}`
    const scored = tpl.escape ? canaries.map((c) => escapeProbes(c, esc)) : canaries
    // Probes must be attributable: absent from the line without their canary.
    const valid = scored.every((c) => {
      const without = line.replace(esc(c.fragment), '')
      return c.probes.length > 0 && c.probes.every((p) => probeHits(p, line) && !probeHits(p, without))
    })
    if (!valid && retries++ < 50) {
      n--
      continue
    }
    retries = 0
    const stamp = header.match(tpl.timestamp ?? DATE_RUN)
    // The engine may write an escaped value back decoded (\uXXXX lines): the scorer then looks
    // for the plain form too, a leak in either form counting.
    const probed = tpl.escape ? scored.map((c, i) => withPlainProbes(c, canaries[i]!, line.replace(esc(c.fragment), ''))) : scored
    const keepItems = keeps.map((k) =>
      tpl.escape && esc(k.value) !== k.value ? { type: k.type, value: esc(k.value), plain: k.value } : { type: k.type, value: esc(k.value) }
    )
    records.push({
      src: `${tpl.source}:${n + 1}`,
      line,
      canaries: probed,
      keep: [{ type: 'timestamp_original', value: stamp?.[1] ?? stamp?.[0] ?? header }, ...keepItems]
    })
  }
  return { seed, records, inventory }
}
