// A token glued to a word (`…<geo-1>https://…`, `x<host-1>`) gives the next pass a boundary the
// input did not have, so such lines are redacted again until stable (idempotence).
// Same test as /-\d+>[\p{L}\p{N}_+:/.\\-]|[\p{L}\p{N}_.:@%\\/=-]<[a-z][a-z0-9]*-/u, but only
// tried at `<` and `>`: the broad leading class made that pattern cost as much as a rule.
const AFTER_CLOSE = /(?<=-\d+)>[\p{L}\p{N}_+:/.\\-]/uy
const BEFORE_OPEN = /(?<=[\p{L}\p{N}_.:@%\\/=-])<[a-z][a-z0-9]*-/uy

export function hasGluedToken(text: string): boolean {
  for (let i = text.indexOf('>'); i >= 0; i = text.indexOf('>', i + 1)) {
    AFTER_CLOSE.lastIndex = i
    if (AFTER_CLOSE.test(text)) return true
  }
  for (let i = text.indexOf('<', 1); i >= 0; i = text.indexOf('<', i + 1)) {
    BEFORE_OPEN.lastIndex = i
    if (BEFORE_OPEN.test(text)) return true
  }
  return false
}
