// macOS names a USB device's place with a 32-bit locationID: the top byte is the bus, then one
// nibble per hub tier is the port on that tier, root port first, up to the first zero nibble.
// system_profiler prints it as hex ("0x14313000 / 5", the "/ 5" being the address); ioreg prints
// it in decimal, sign-extended to 64 bits on old EHCI Macs (18446744073660268544 = 0xFD100000).

export interface MacLocation {
  bus: number
  ports: number[]
}

const U64 = (1n << 64n) - 1n

/** Parses a locationID as either tool prints it; null when it is not one. */
export function parseLocationId(text: string): MacLocation | null {
  const m = /^\s*(?:0x([0-9a-f]{1,8})|(\d{1,20}))(?:\s*\/\s*\d+)?\s*$/i.exec(text)
  if (!m) return null
  let value = m[1] !== undefined ? BigInt(`0x${m[1]}`) : BigInt(m[2]!)
  if (value > U64) return null
  // Sign extension only ever fills the top 32 bits with ones; anything else is not a locationID.
  if (value > 0xffffffffn) {
    if (value >> 32n !== 0xffffffffn) return null
    value &= 0xffffffffn
  }
  const v = Number(value)
  const ports: number[] = []
  for (let shift = 20; shift >= 0; shift -= 4) {
    const port = (v >>> shift) & 0xf
    if (port === 0) break
    ports.push(port)
  }
  return { bus: (v >>> 24) & 0xff, ports }
}
