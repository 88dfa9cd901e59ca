// A value one log names by its key is replaced in every file of the bundle, also in a file
// redacted before the one that named it, and on lines above the naming line (privacy/backfill.ts).
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { userLogsCollector } from '../../src/main/bundle/collectors/user-logs'
import { removeTempDirs, serviceFor, tempDir, zipEntries } from './support'

afterAll(removeTempDirs)

describe('bundle backfill', () => {
  it('replaces values named in one file wherever they stand bare, in every file', async () => {
    const root = tempDir()
    const logs = join(root, 'logs')
    mkdirSync(logs)
    // the newest file goes first into the bundle; it only mentions the values bare
    writeFileSync(
      join(logs, 'summary.log'),
      [
        '# ---- FortiGate FGT-LIS-HQ-01 (FortiOS 7.2.7) ----',
        'rui.alves confirmed the Logitech Rally Bar firmware 1.12.230 at 10:05',
        'tenant 839f8a2c-2c41-4b1e-9d9c-5e0f7b3a61d4 is the customer',
        'the profile page loaded'
      ].join('\n') + '\n'
    )
    // the older file names them by their keys, and names an account that is an English word
    writeFileSync(
      join(logs, 'firewall.log'),
      [
        'date=2024-03-14 time=09:19:02 devname="FGT-LIS-HQ-01" logid="0100032001" level="information"',
        'Mar 14 09:20:11 nac: login user=rui.alves result=ok',
        'Mar 14 09:20:12 sz: "tenantUUID"="839f8a2c-2c41-4b1e-9d9c-5e0f7b3a61d4","wlanId"="3"',
        'Mar 14 09:20:13 portal: user=profile opened'
      ].join('\n') + '\n'
    )
    const old = new Date(Date.now() - 3600_000)
    utimesSync(join(logs, 'firewall.log'), old, old)

    const svc = serviceFor(root, [userLogsCollector])
    const c = await svc.start({ extraLogPaths: [logs] })
    await c.settled
    expect(c.phase).toBe('ready')
    const saved = await c.save(join(root, 'out', 'b.zip'), 'yes-flag')
    const entries = await zipEntries(saved.path)
    const text = (name: string): string => [...entries].find(([path]) => path.endsWith(name))![1].toString('utf8')
    const summary = text('summary.log')
    const firewall = text('firewall.log')
    for (const value of ['FGT-LIS-HQ-01', 'rui.alves', '839f8a2c-2c41-4b1e-9d9c-5e0f7b3a61d4']) {
      expect(firewall).not.toContain(value)
      expect(summary).not.toContain(value)
    }
    // the same token in both files
    const host = /devname="(<host-\d+>)"/.exec(firewall)![1]!
    expect(summary).toContain(`# ---- FortiGate ${host} (FortiOS 7.2.7) ----`)
    // what support needs stays, and an English word an account was named is no account elsewhere
    expect(summary).toContain('Logitech Rally Bar firmware 1.12.230 at 10:05')
    expect(summary).toContain('the profile page loaded')
    // the manifest counts what the bundle shows
    const summaryEntry = saved.manifest.files.find((f) => f.path.endsWith('summary.log'))!
    expect(summaryEntry.redactions).toBeGreaterThanOrEqual(3)
    await svc.dispose()
  })
})
