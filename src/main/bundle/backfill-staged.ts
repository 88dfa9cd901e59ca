// The second look at a collection's staged files, once every source is redacted: values the session
// replaced anywhere get their tokens in every file (privacy/backfill.ts), and a file a token made
// outgrow the budget is cut again from its oldest lines.
import { readFile } from 'node:fs/promises'
import type { RedactionSession } from '../privacy'
import type { StagedFile } from './staged-file'
import { keepTail, stagePlain } from './stage-text'

export interface Refit {
  /** the budget's use after the step */
  used: number
  /** bytes each cut file lost from its start */
  cuts: Array<{ file: StagedFile; removed: number }>
}

/** Backfills each staged text file in place; returns the budget's use after it. */
export async function backfillStaged(
  files: readonly StagedFile[],
  session: RedactionSession,
  used: number,
  signal: AbortSignal
): Promise<number> {
  for (const f of files) {
    if (!f.stagingPath) continue
    signal.throwIfAborted()
    const text = await readFile(f.stagingPath, 'utf8')
    const out = session.backfill(text, f.source.bundlePath)
    if (out === text) continue
    const staged = await stagePlain(out, f.stagingPath)
    used += staged.compressedBytes - f.compressedBytes
    f.bytes = staged.bytes
    f.compressedBytes = staged.compressedBytes
  }
  return used
}

/**
 * While `used` is over `budgetBytes`, cuts the last files that may be cut (staged, not essential)
 * from their start, a little more than the excess so one cut is enough (5% slack, as the first
 * budget pass leaves); whole lines are kept.
 */
export async function fitToBudget(files: readonly StagedFile[], used: number, budgetBytes: number): Promise<Refit> {
  const cuts: Refit['cuts'] = []
  for (let k = files.length - 1; k >= 0 && used > budgetBytes; k--) {
    const f = files[k]!
    if (!f.stagingPath || f.source.essential) continue
    const over = used - budgetBytes
    const keep = Math.max(0, f.bytes - Math.ceil(((over + 64) * f.bytes) / Math.max(1, f.compressedBytes) / 0.95))
    const cut = await keepTail(f.stagingPath, f.bytes, keep)
    used += cut.compressedBytes - f.compressedBytes
    f.cutBytes += cut.removed
    f.bytes = cut.bytes
    f.compressedBytes = cut.compressedBytes
    cuts.push({ file: f, removed: cut.removed })
  }
  return { used, cuts }
}
