// Seeded PRNG (xmur3 seed hash + sfc32): deterministic, no Math.random, no clock.
export interface Rng {
  next(): number
  int(lo: number, hi: number): number
  pick<T>(xs: readonly T[]): T
  chance(p: number): boolean
  hex(n: number): string
  digits(n: number): string
  alnum(n: number, upper?: boolean): string
}

function xmur3(str: string): () => number {
  let h = 1779033703 ^ str.length
  for (let i = 0; i < str.length; i++) {
    h = Math.imul(h ^ str.charCodeAt(i), 3432918353)
    h = (h << 13) | (h >>> 19)
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507)
    h = Math.imul(h ^ (h >>> 13), 3266489909)
    return (h ^= h >>> 16) >>> 0
  }
}

export function createRng(seed: string | number): Rng {
  const s = xmur3(String(seed))
  let a = s(),
    b = s(),
    c = s(),
    d = s()
  const next = (): number => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    let t = (a + b) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    d = (d + 1) | 0
    t = (t + d) | 0
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1))
  const fromSet = (set: string, n: number): string => Array.from({ length: n }, () => set[int(0, set.length - 1)]).join('')
  return {
    next,
    int,
    pick: (xs) => xs[int(0, xs.length - 1)]!,
    chance: (p) => next() < p,
    hex: (n) => fromSet('0123456789abcdef', n),
    digits: (n) => fromSet('0123456789', n),
    alnum: (n, upper = false) => fromSet(upper ? 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789' : 'abcdefghijkmnopqrstuvwxyz0123456789', n)
  }
}
