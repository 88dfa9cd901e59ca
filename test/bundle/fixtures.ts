// Log data for the bundle tests, generated fast: text that compresses like real logs (or worse,
// on purpose), and sparse multi-gigabyte files whose only written bytes are a head and a tail.
import { closeSync, openSync, writeSync, ftruncateSync } from 'node:fs'
import { createHash } from 'node:crypto'

/** `bytes` of log lines with an IP and a user in each, and hex ids that keep them from compressing well. */
export function logText(bytes: number, seed = 'x'): string {
  const lines: string[] = []
  let n = 0
  let size = 0
  while (size < bytes) {
    const id = createHash('sha1').update(`${seed}${n}`).digest('hex')
    const l = `2026-12-04T10:${String(n % 60).padStart(2, '0')}:${String((n * 7) % 60).padStart(2, '0')}Z worker[${n % 97}] job ${id} for user=op${n % 13} from 10.1.${n % 250}.${(n * 3) % 250} took ${n % 900} ms\n`
    lines.push(l)
    size += l.length
    n++
  }
  return lines.join('')
}

/** A sparse file of `apparentBytes`: real text at the start and in the last `tailBytes`. */
export function sparseLog(path: string, apparentBytes: number, tailBytes: number, seed: string): void {
  const fd = openSync(path, 'w')
  try {
    ftruncateSync(fd, apparentBytes)
    writeSync(fd, Buffer.from(logText(64 * 1024, `${seed}-head`)), 0, undefined, 0)
    const tail = Buffer.from(logText(tailBytes, `${seed}-tail`))
    writeSync(fd, tail, 0, tail.length, apparentBytes - tail.length)
  } finally {
    closeSync(fd)
  }
}
