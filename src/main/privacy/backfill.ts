// A value a rule found where its key or phrase named it (a host after `devname=`, an account after
// `user=`, a tenant's GUID after `tenantUUID=`) is the same value where nothing names it, and that
// may be on a line before the one that named it: a comment heading a capture (`# ---- Ruckus vSZ-LIS-01
// ----`), a summary written above the log. A stream cannot go back; a bundle can. Once every file
// is redacted, the bundle scans each again for the values the session replaced anywhere and gives
// them their tokens. Only values whose shape says they are no ordinary word spread so (a rule's
// mistake on one line must not take a word from every file): see `spreadable`.
import { isGuid } from './guid'
import { nameLists } from './name-lists'
import type { PseudonymEntry } from './pseudonyms'
import { personShaped } from './rules/person-phrases'
import { TermIndex } from './term-index'
import { tokenKind } from './token'
import { meetingIdForms } from './meeting-id-forms'

// Characters that glue a value to its neighbour: it is only replaced where its token would stand
// free (and not before an `@`: `abiodun@…` is an address's local part, the address rules' to judge).
const GLUE_BEFORE = /[\p{L}\p{N}_.:@%\\/=-]/u
const GLUE_AFTER = /[\p{L}\p{N}_+:/\\@-]/u

/** `raw` at `start` of `src` stands free of the characters around it. */
export function standsFree(src: string, start: number, raw: string): boolean {
  if (start > 0 && GLUE_BEFORE.test(src[start - 1]!)) return false
  const next = src[start + raw.length]
  return next === undefined || !(GLUE_AFTER.test(next) || (next === '.' && /[\p{L}\p{N}]/u.test(src[start + raw.length + 1] ?? '')))
}

function isEnglishWord(v: string): boolean {
  return nameLists()?.isWord(v.toLowerCase()) === true
}

/**
 * A replaced value whose shape makes it safe to replace wherever it stands: a person-shaped name, a
 * host or network name with a digit or separator, an account with one or of six letters or more and
 * no English word, a GUID, a NetBIOS domain that is no English word, a secret with more than letters.
 */
export function spreadable(entry: PseudonymEntry): boolean {
  const v = entry.value.trim()
  if (v.length < 4 || v.length > 64 || /[\r\n<>"]/.test(v)) return false
  switch (tokenKind(entry.token)) {
    case 'name':
      return personShaped(v)
    case 'host':
      return v.length >= 5 && /[\d_.-]/.test(v)
    case 'ssid':
      return v.length >= 5 && /[\d\s_.-]/.test(v)
    case 'user':
      return /^[\p{L}\p{N}._-]{5,}$/u.test(v) && (/[._\d-]/.test(v) || v.length >= 6) && !isEnglishWord(v)
    case 'serial':
      // (only a GUID: a serial's shape may be a Logitech device's, kept where its context says so)
      return isGuid(v)
    case 'domain':
      return /^[\p{L}\p{N}-]{5,}$/u.test(v) && v.toUpperCase() !== 'WORKGROUP' && !isEnglishWord(v)
    case 'secret':
      return v.length >= 8 && /\p{L}/u.test(v) && /[\d\W_]/u.test(v)
    default:
      return false
  }
}

/** The spreadable values of a pseudonym map, found whole-word in one scan. */
export class Backfill {
  private readonly index = new TermIndex<PseudonymEntry>()
  /** entries already looked at, and the written forms already in the index */
  private readonly seen = new Set<string>()
  private readonly indexed = new Set<string>()

  /** Adds the spreadable entries not yet known (the map only grows). */
  update(entries: readonly PseudonymEntry[]): void {
    for (const e of entries) {
      if (this.seen.has(e.value)) continue
      this.seen.add(e.value)
      // (a numeric meeting id in every form it is written in: meeting-id-forms.ts)
      const forms = tokenKind(e.token) === 'meeting' ? meetingIdForms(e.value) : spreadable(e) ? [e.value.trim()] : []
      for (const form of forms)
        if (!this.indexed.has(form)) {
          this.indexed.add(form)
          this.index.add(form, e)
        }
    }
  }

  /** `text` (already redacted) with every free-standing spreadable value replaced by its token. */
  apply(text: string, onReplace: (entry: PseudonymEntry) => void): string {
    if (this.index.size === 0) return text
    return this.index.scan(text, (raw, entry, src, start) => {
      if (!standsFree(src, start, raw)) return undefined
      onReplace(entry)
      return entry.token
    })
  }
}
