// The privacy engine's categories in words: a short label for counts and highlights, and one line
// saying what falls under it (the hover/focus text of a highlighted redaction).
import type { RedactionCategory } from '../../../shared/contract'

export const CATEGORY_TEXT: Record<RedactionCategory, { label: string; explanation: string }> = {
  contact: { label: 'Contact details', explanation: 'e-mail addresses and phone numbers' },
  person: { label: 'Names of people', explanation: 'meeting organizers, attendees and display names' },
  account: { label: 'Accounts', explanation: 'login names, user names in folder paths, Windows account ids' },
  credential: { label: 'Passwords and keys', explanation: 'passwords, tokens, API keys and meeting passcodes' },
  'network-identifier': { label: 'IP addresses', explanation: 'IPv4 and IPv6 addresses (the kind of network is kept)' },
  'device-identifier': {
    label: 'Device identifiers',
    explanation: 'MAC addresses, computer names, non-Logitech serial numbers, machine ids'
  },
  'network-activity': { label: 'Web and meeting links', explanation: 'web addresses, meeting links and meeting ids' },
  wifi: { label: 'Wi-Fi networks', explanation: 'Wi-Fi network names' },
  location: { label: 'Locations', explanation: 'GPS coordinates' },
  financial: { label: 'Payment details', explanation: 'card numbers and bank account numbers' },
  custom: { label: 'Your terms', explanation: 'words you asked to hide, such as room or company names' }
}

/** "Contact details: e-mail addresses and phone numbers" — what a highlighted redaction says. */
export function categorySentence(category: RedactionCategory): string {
  const { label, explanation } = CATEGORY_TEXT[category]
  return `${label}: ${explanation}`
}
