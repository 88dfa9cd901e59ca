// A token may be longer than the value it replaced: after the backfill a collection can be over its
// budget, and the last files that may be cut are cut again from their oldest lines.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fitToBudget } from '../../src/main/bundle/backfill-staged'
import { stagePlain } from '../../src/main/bundle/stage-text'
import type { StagedFile } from '../../src/main/bundle/staged-file'
import { zeroCounts } from '../../src/main/bundle/token-index'
import { removeTempDirs, tempDir } from './support'

afterAll(removeTempDirs)

async function staged(dir: string, name: string, lines: number, essential: boolean): Promise<StagedFile> {
  const path = join(dir, name)
  const text =
    Array.from(
      { length: lines },
      (_, i) => `2026-12-04T10:00:${String(i % 60).padStart(2, '0')}Z ${name} line ${i} ${'x'.repeat(i % 37)}`
    ).join('\n') + '\n'
  const st = await stagePlain(text, path)
  const source = { bundlePath: `logs/${name}`, essential } as unknown as StagedFile['source']
  return {
    fileId: name,
    collector: 'user-logs',
    path: name,
    source,
    stagingPath: path,
    bytes: st.bytes,
    compressedBytes: st.compressedBytes,
    counts: zeroCounts(),
    redactionCount: 0,
    binary: false,
    cutBytes: 0
  }
}

describe('fitting the budget again after the backfill', () => {
  it('cuts the last file that may be cut, from its start, whole lines kept, until the budget holds', async () => {
    const dir = tempDir()
    const files = [
      await staged(dir, 'report.txt', 400, true),
      await staged(dir, 'a.log', 2000, false),
      await staged(dir, 'b.log', 2000, false)
    ]
    const used = files.reduce((n, f) => n + f.compressedBytes, 0)
    const before = files.map((f) => f.bytes)
    const budget = used - 500
    const refit = await fitToBudget(files, used, budget)
    expect(refit.used).toBeLessThanOrEqual(budget)
    expect(refit.cuts.map((c) => c.file.fileId)).toEqual(['b.log'])
    const b = files[2]!
    expect(b.cutBytes).toBe(refit.cuts[0]!.removed)
    expect(b.bytes).toBe(before[2]! - b.cutBytes)
    const text = readFileSync(b.stagingPath!, 'utf8')
    expect(text.length).toBe(b.bytes)
    expect(text.startsWith('2026-12-04T10:00:')).toBe(true)
    expect(text.endsWith('b.log line 1999 ' + 'x'.repeat(1999 % 37) + '\n')).toBe(true)
    // the essential report and the other log are as they were
    expect(files.slice(0, 2).map((f) => f.bytes)).toEqual(before.slice(0, 2))
  })

  it('leaves everything as it is within the budget, and never cuts an essential file', async () => {
    const dir = tempDir()
    const files = [await staged(dir, 'report.txt', 400, true)]
    const used = files[0]!.compressedBytes
    expect((await fitToBudget(files, used, used)).cuts).toEqual([])
    const over = await fitToBudget(files, used, used - 100)
    expect(over.cuts).toEqual([])
    expect(over.used).toBe(used)
  })
})
