// What an address reveals decides its replacement (Chromium's MaybeScrubIPAddress idea):
// well-known resolvers, loopback and unspecified are kept; private ranges keep their range.

/** Range label used in the token, or 'keep', or 'public'. */
export type V4Class = { kind: 'keep' } | { kind: 'range'; label: string } | { kind: 'public' }

const KEEP_V4 = new Set([
  '8.8.8.8',
  '8.8.4.4',
  '1.1.1.1',
  '1.0.0.1',
  '9.9.9.9',
  '149.112.112.112',
  '208.67.222.222',
  '208.67.220.220',
  '255.255.255.255'
])

export function classifyV4(o: readonly number[]): V4Class {
  const [a = 0, b = 0] = o
  const s = o.join('.')
  if (KEEP_V4.has(s)) return { kind: 'keep' }
  if (a === 0 || a === 127) return { kind: 'keep' } // unspecified / loopback
  if (a >= 224) return { kind: 'keep' } // multicast, reserved, broadcast: not personal
  if (isNetmask(o)) return { kind: 'keep' }
  if (a === 10) return { kind: 'range', label: '10/8' }
  if (a === 172 && b >= 16 && b <= 31) return { kind: 'range', label: '172.16/12' }
  if (a === 192 && b === 168) return { kind: 'range', label: '192.168/16' }
  if (a === 169 && b === 254) return { kind: 'range', label: '169.254/16' }
  if (a === 100 && b >= 64 && b <= 127) return { kind: 'range', label: '100.64/10' }
  return { kind: 'public' }
}

function isNetmask(o: readonly number[]): boolean {
  if (o[0] !== 255) return false
  const n = ((o[0]! << 24) | (o[1]! << 16) | (o[2]! << 8) | o[3]!) >>> 0
  const inv = ~n >>> 0
  return (inv & (inv + 1)) === 0
}

/** Expands an IPv6 text form to 8 numbers, or undefined if it is not valid. */
export function parseV6(text: string): number[] | undefined {
  let s = text
  let tail: number[] = []
  const lastColon = s.lastIndexOf(':')
  if (s.indexOf('.', lastColon) > 0) {
    const v4 = s
      .slice(lastColon + 1)
      .split('.')
      .map(Number)
    if (v4.length !== 4 || v4.some((x) => !(x >= 0 && x <= 255))) return undefined
    tail = [(v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!]
    s = s.slice(0, lastColon + 1) + (s[lastColon - 1] === ':' ? '' : '0')
    if (!s.endsWith('::')) s = s.slice(0, -1).replace(/:$/, '')
  }
  const parts = s.split('::')
  if (parts.length > 2) return undefined
  const head = parts[0] ? parts[0].split(':') : []
  const rest = parts.length === 2 && parts[1] ? parts[1].split(':') : []
  const groups = [...head, ...rest]
  if (groups.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return undefined
  const total = groups.length + tail.length
  if (parts.length === 1 ? total !== 8 : total > 7) return undefined
  const fill = new Array<number>(8 - total).fill(0)
  const nums = [...head.map((g) => parseInt(g, 16)), ...(parts.length === 2 ? fill : []), ...rest.map((g) => parseInt(g, 16)), ...tail]
  return nums.length === 8 ? nums : undefined
}

export type V6Class = { kind: 'keep' } | { kind: 'v4'; octets: number[] } | { kind: 'range'; label: string } | { kind: 'public' }

export function classifyV6(g: readonly number[]): V6Class {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g
  const v4 = (): number[] => [g6 >> 8, g6 & 255, g7 >> 8, g7 & 255]
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0) {
    if (g5 === 0xffff) return { kind: 'v4', octets: v4() } // IPv4-mapped
    if (g5 === 0 && g6 === 0 && g7 <= 1) return { kind: 'keep' } // :: and ::1
  }
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return { kind: 'v4', octets: v4() }
  if ((g0 & 0xff00) === 0xff00 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0 && g6 === 0) return { kind: 'keep' } // multicast groups like ff02::1, ff02::fb
  // Equal to its own /32 truncation: prefixes such as fe80:: or 2001:db8:: carry no host part.
  if (g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0 && g6 === 0 && g7 === 0) return { kind: 'keep' }
  if ((g0 & 0xffc0) === 0xfe80) return { kind: 'range', label: 'fe80/10' }
  if ((g0 & 0xfe00) === 0xfc00) return { kind: 'range', label: 'fc00/7' }
  return { kind: 'public' }
}

export function v6Key(g: readonly number[]): string {
  return g.map((x) => x.toString(16)).join(':')
}
