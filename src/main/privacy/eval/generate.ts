import { CANARY_GENERATORS, type Canary, type Probe } from './canaries'
import { KEEP_GENERATORS, logitechSerial, type Keep } from './keeps'
import { createRng } from './prng'
import { TEMPLATES } from './templates'

export interface EvalRecord {
  src: string
  line: string
  canaries: Canary[]
  keep: Array<{ type: string; value: string }>
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
      return text.toLowerCase().replace(/[\s:._-]/g, '').includes(p.value)
  }
}

const JSON_SAFE = (s: string): string => JSON.stringify(s).slice(1, -1)

/** Seeded canary set: `lines` lines, a tenth clean, the rest with 1–3 canaries and 1–2 keeps. */
export function generateEvalSet(seed: number, lines = 2000): EvalSet {
  const rng = createRng(`privacy-eval:${seed}`)
  const inventory = Array.from({ length: 5 }, () => logitechSerial(rng))
  const types = Object.keys(CANARY_GENERATORS)
  const keepTypes = Object.keys(KEEP_GENERATORS)
  const records: EvalRecord[] = []
  let retries = 0
  for (let n = 0; n < lines; n++) {
    const tpl = TEMPLATES[n % TEMPLATES.length]!
    const header = tpl.header(rng)
    const body = rng.pick(tpl.bodies)
    const json = tpl.source === 'this-app'
    const clean = rng.chance(0.1)
    const canaries: Canary[] = []
    const keeps: Keep[] = []
    if (!clean) {
      for (let k = rng.int(1, 3); k > 0; k--) canaries.push(CANARY_GENERATORS[types[(n + k * 7 + rng.int(0, types.length - 1)) % types.length]!]!(rng))
      for (let k = rng.int(1, 2); k > 0; k--) keeps.push(KEEP_GENERATORS[rng.pick(keepTypes)]!(rng, inventory))
    }
    const pieces = [...canaries.map((c) => c.fragment), ...keeps.map((k) => k.fragment)]
    for (let i = pieces.length - 1; i > 0; i--) {
      const j = rng.int(0, i)
      ;[pieces[i], pieces[j]] = [pieces[j]!, pieces[i]!]
    }
    const sep = rng.pick([' ', ' | ', '; ', ', '])
    const filled = pieces.map((p) => (json ? JSON_SAFE(p) : p)).join(sep)
    const line = `${header} ${body.replace('{x}', filled)}`
    // Probes must be attributable: absent from the line without their canary.
    const valid = canaries.every((c) => {
      const without = line.replace(json ? JSON_SAFE(c.fragment) : c.fragment, '')
      return c.probes.length > 0 && c.probes.every((p) => probeHits(p, line) && !probeHits(p, without))
    })
    if (!valid && retries++ < 50) {
      n--
      continue
    }
    retries = 0
    records.push({ src: `${tpl.source}:${n + 1}`, line, canaries, keep: [{ type: 'timestamp_original', value: header.match(/\d[\d:T.Z/ ,+-]{7,}\d/)?.[0] ?? header }, ...keeps.map((k) => ({ type: k.type, value: json ? JSON_SAFE(k.value) : k.value }))] })
  }
  return { seed, records, inventory }
}
