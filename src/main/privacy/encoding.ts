// Decides how to read a file from its first bytes: UTF-8, UTF-16LE (Windows logs, with or
// without BOM), or binary (refused unless the caller opts in).
export type Detected = { encoding: 'utf8' | 'utf16le'; bom: number } | { encoding: 'binary' }

export class BinaryInputError extends Error {
  constructor(file?: string) {
    super(`${file ?? 'input'} looks binary; refusing to redact it (opt in with allowBinary)`)
    this.name = 'BinaryInputError'
  }
}

export function detectEncoding(head: Uint8Array): Detected {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf8', bom: 3 }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', bom: 2 }
  const n = Math.min(head.length, 8192)
  let zerosOdd = 0
  let zerosEven = 0
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = head[i]!
    if (b === 0) {
      if (i % 2 === 1) zerosOdd++
      else zerosEven++
    } else if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++
  }
  // ASCII-range UTF-16LE: almost every high byte is zero, almost no low byte is.
  if (n >= 4 && zerosOdd > n * 0.35 && zerosEven < n * 0.02) return { encoding: 'utf16le', bom: 0 }
  if (zerosOdd + zerosEven > 0 || control > n * 0.1) return { encoding: 'binary' }
  return { encoding: 'utf8', bom: 0 }
}
