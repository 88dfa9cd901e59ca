// ASCII character classes as char-code tests, for the finders that walk text position by
// position (`rewrite.ts`): a regex call per character was measurable there.

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
}

export function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
}

/** `\w` without the `u` flag: letters, digits, underscore. */
export function isWordChar(c: number): boolean {
  return isDigit(c) || isAsciiLetter(c) || c === 95
}

/** A host-name label's characters: letters, digits, hyphen. */
export function isLabelChar(c: number): boolean {
  return isDigit(c) || isAsciiLetter(c) || c === 45
}
