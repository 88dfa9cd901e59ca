// One person, one pseudonym: a directory writes `Solberg, Ingrid` where a ticket writes `Ingrid
// Solberg`, and a log may shout `INGRID SOLBERG`. Name tokens are keyed by this form, so every
// spelling of the name shares its token (as a known person's term variants already did).

/** `Last, First [X.]` → `first [x.] last`, case and blanks folded; other values folded alone. */
export function personKey(name: string): string {
  const folded = name.trim().replace(/\s+/g, ' ').toLowerCase()
  const comma = folded.indexOf(', ')
  // (one comma between two parts: `Kowalczyk, Marta`; not a list of names)
  if (comma < 0 || folded.indexOf(',', comma + 1) >= 0) return folded
  return `${folded.slice(comma + 2)} ${folded.slice(0, comma)}`
}
