// How the screen names and orders the kinds of part the catalog uses ("camera", "table-hub", …).
// Only needed for parts that are missing: a present part carries its own catalog name.

const KINDS: ReadonlyArray<readonly [part: string, label: string]> = [
  ['bar', 'Video bar'],
  ['camera', 'Camera'],
  ['table-hub', 'Table Hub'],
  ['hdmi-capture', 'HDMI Capture'],
  ['capture', 'Capture'],
  ['sensor', 'Controller'],
  ['audio', 'Audio'],
  ['speakerphone', 'Speakerphone'],
  ['touch', 'Touch controller'],
  ['display', 'Display'],
  ['aux', 'Auxiliary function']
]

const LABELS = new Map(KINDS)
const RANK = new Map(KINDS.map(([part], i) => [part, i]))

/** "table-hub" → "Table Hub"; unknown kinds are spelled out from their machine name. */
export function partLabel(part: string): string {
  const known = LABELS.get(part)
  if (known) return known
  const words = part.split(/[-_\s]+/).filter(Boolean)
  if (words.length === 0) return 'Part'
  return words.map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ')
}

/** Physical order on a card: video first, then hubs and capture, then audio, then the rest. */
export function partRank(part: string): number {
  return RANK.get(part) ?? KINDS.length
}
