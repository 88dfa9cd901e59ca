// Data categories, named after what privacy statements and the CCPA list.
// The README maps each one to those sources.
export const CATEGORIES = [
  'contact', // e-mail, phone
  'person', // person names
  'account', // OS / login user names, home-path user segments, Windows SIDs
  'credential', // passwords, tokens, API keys, PEM blocks, meeting passcodes
  'network-identifier', // IP addresses
  'device-identifier', // MAC/BSSID, host names, serials of the host and third-party devices
  'network-activity', // URLs (query strings, meeting links), FQDNs visited
  'wifi', // SSIDs
  'location', // GPS coordinates
  'financial', // payment cards, IBAN
  'custom' // terms the user asked to redact
] as const

export type Category = (typeof CATEGORIES)[number]
