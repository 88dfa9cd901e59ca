// The app's sections and how each is written in the address bar ("#/health"), so a reload or a
// shared link opens the same section and the browser's back button moves between them.
export const SECTIONS = ['room', 'health', 'collect', 'review', 'ticket'] as const
export type Section = (typeof SECTIONS)[number]

export const SECTION_LABEL: Record<Section, string> = {
  room: 'Room',
  health: 'Health',
  collect: 'Collect',
  review: 'Review',
  ticket: 'Ticket'
}

export function sectionHref(section: Section): string {
  return `#/${section}`
}

/** Anything that is not a known section (no hash, "#main", a typo) is the Room screen. */
export function sectionFromHash(hash: string): Section {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? ''
  return (SECTIONS as readonly string[]).includes(name) ? (name as Section) : 'room'
}
