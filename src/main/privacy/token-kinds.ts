// Pseudonym options several rules share, so a network or a meeting found by any of them gets the
// same kind, counter and report category (and so the same token for the same value).
export const SSID_TOKEN = { kind: 'ssid', counter: 'ssid', category: 'wifi' } as const
export const MEETING_TOKEN = { kind: 'meeting', counter: 'meeting', category: 'network-activity' } as const

/**
 * The key a value gets its token by, whichever rule found it, so one value is one token: a phone by
 * its last nine digits (`+1 (425) 555-0143` and `425 555 0143`), a meeting's or a remote-support id's
 * number by its digits, an account, address, host or domain in lower case, anything else as written.
 */
export function pseudonymKey(counter: string, value: string): string {
  if (counter === 'phone') return value.replace(/\D/g, '').slice(-9)
  if ((counter === 'meeting' || counter === 'remote') && /\d/.test(value)) return value.replace(/\D/g, '')
  if (counter === 'user' || counter === 'email' || counter === 'host' || counter === 'domain') return value.toLowerCase()
  return value
}

/** An SSID is at most 32 bytes (IEEE 802.11); a longer quoted value is something else. */
export function fitsSsid(value: string): boolean {
  return Buffer.byteLength(value) <= 32
}
