import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const REAL = process.env.LOGI_DIAG_REAL_FIXTURES ?? resolve(__dirname, '../../../../shared/fixtures/real')

/** Real captures are third-party data read from ../shared at test time, never copied here. */
export function real(name: string): Buffer {
  const p = join(REAL, name)
  if (!existsSync(p)) throw new Error(`real device capture absent: ${p}`)
  return readFileSync(p)
}

/** The bulk transfers recorded in a fwupd emulation file, in order. */
export function recordedTransfers(name: string): Buffer[] {
  const doc = JSON.parse(real(name).toString('utf8')) as { UsbDevices: Array<{ UsbEvents: Array<{ Data?: string }> }> }
  const out: Buffer[] = []
  for (const e of doc.UsbDevices[0]!.UsbEvents) {
    if (!e.Data || !/^[A-Za-z0-9+/]+=*$/.test(e.Data) || e.Data.length % 4 !== 0) continue
    const b = Buffer.from(e.Data, 'base64')
    if (b.length >= 8 && (b[1] === 0xcc || b[1] === 0xff) && b[2] === 0 && b[3] === 0) out.push(b)
  }
  return out
}
