// The budget with gigabytes of logs: three sparse 1 GiB logs (only their heads and tails hold
// bytes) must give a bundle within the budget, with every cut listed, after reading only tails.
import { mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { userLogsCollector } from '../../src/main/bundle/collectors/user-logs'
import { verifyBundle } from '../../src/main/bundle/read-bundle'
import { sparseLog } from './fixtures'
import { removeTempDirs, serviceFor, tempDir, zipEntries } from './support'

afterAll(removeTempDirs)

const GiB = 1024 ** 3

describe('budget', () => {
  it('three 1 GiB logs → a bundle within a 1 MB budget, newest first, cuts listed', async () => {
    const root = tempDir()
    const logs = join(root, 'logs')
    mkdirSync(logs)
    // written oldest first so modification times order them
    for (const name of ['c-oldest.log', 'b-middle.log', 'a-newest.log']) {
      sparseLog(join(logs, name), GiB, 9 * 1024 * 1024, name)
      await new Promise((r) => setTimeout(r, 20))
    }
    const svc = serviceFor(root, [userLogsCollector])
    const budget = 1024 * 1024
    const c = await svc.start({ extraLogPaths: [logs], budgetBytes: budget })
    await c.settled
    expect(c.phase).toBe('ready')
    const saved = await c.save(join(root, 'out', 'b.zip'), 'yes-flag')
    expect(statSync(saved.path).size).toBeLessThanOrEqual(budget)
    expect((await verifyBundle(saved.path)).problems).toEqual([])

    const m = saved.manifest
    const newest = m.files.find((f) => f.path.endsWith('a-newest.log'))!
    expect(newest.bytes).toBeGreaterThan(256 * 1024)
    expect(newest.cutBytes).toBeGreaterThan(GiB - 8 * 1024 * 1024)
    const why = (file: string) => m.omitted.filter((o) => o.file.endsWith(file)).map((o) => o.why)
    expect(why('a-newest.log').join(' ')).toMatch(/budget|limit/)
    expect(why('b-middle.log')).toEqual([
      expect.stringMatching(
        /^left out: the (?:1\.0 MB budget was full|collection's read limit of 4\.0 MB was reached) \(newer files went first\)$/
      )
    ])
    expect(why('c-oldest.log')).toHaveLength(1)
    expect(m.omitted.find((o) => o.file.endsWith('c-oldest.log'))!.bytes).toBe(GiB)
    // the newest part is what was kept: the entry ends with the file's last line
    const text = (await zipEntries(saved.path)).get(newest.path)!.toString('utf8')
    expect(text.endsWith(' ms\n')).toBe(true)
    expect(text.startsWith('2026-12-04T10:')).toBe(true)
    await svc.dispose()
  })
})
