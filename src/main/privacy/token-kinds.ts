// Pseudonym options several rules share, so a network or a meeting found by any of them gets the
// same kind, counter and report category (and so the same token for the same value).
export const SSID_TOKEN = { kind: 'ssid', counter: 'ssid', category: 'wifi' } as const
export const MEETING_TOKEN = { kind: 'meeting', counter: 'meeting', category: 'network-activity' } as const

/** An SSID is at most 32 bytes (IEEE 802.11); a longer quoted value is something else. */
export function fitsSsid(value: string): boolean {
  return Buffer.byteLength(value) <= 32
}
