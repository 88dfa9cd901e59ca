// Collectors fail alone: one that throws, one that hangs past its time limit and one that does not
// apply to this OS are reported as such in the manifest, and the bundle is still written. Crash
// dumps are described, and included only by per-file opt-in (CLI --include-binary).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { userLogsCollector } from '../../src/main/bundle/collectors/user-logs'
import type { Collector } from '../../src/main/bundle/collectors/types'
import { verifyBundle } from '../../src/main/bundle/read-bundle'
import { readTail } from '../../src/main/bundle/read-tail'
import { newestFirst } from '../../src/main/bundle/log-files'
import { journalLine } from '../../src/main/bundle/collectors/os-log'
import { gzipSync } from 'node:zlib'
import { leakedCanaries, manifestOf, removeTempDirs, serviceFor, requireCli, runCli, tempDir, zipEntries } from './support'

afterAll(removeTempDirs)

describe('collector failures', () => {
  it('a throwing, a hanging and an unavailable collector do not fail the bundle', async () => {
    const root = tempDir()
    const logs = join(root, 'logs')
    mkdirSync(logs)
    writeFileSync(join(logs, 'a.log'), 'fine\n')
    const base = { title: 't', explanation: 'e', availableOn: () => true }
    const throwing: Collector = {
      ...base,
      id: 'host',
      timeoutMs: 5000,
      collect: async () => Promise.reject(new Error('systeminformation exploded'))
    }
    const hanging: Collector = { ...base, id: 'os-log', timeoutMs: 300, collect: () => new Promise(() => undefined) }
    const elsewhere: Collector = {
      ...base,
      id: 'vendor-logs',
      timeoutMs: 5000,
      availableOn: (p) => p === 'win32',
      collect: async () => Promise.reject(new Error('must not run'))
    }
    const svc = serviceFor(root, [throwing, hanging, elsewhere, userLogsCollector], { platform: 'linux' })
    const c = await svc.start({ extraLogPaths: [logs] })
    await c.settled
    expect(c.phase).toBe('ready')
    const saved = await c.save(join(root, 'b.zip'), 'yes-flag')
    const byId = Object.fromEntries(saved.manifest.collectors.map((x) => [x.id, x]))
    expect(byId['host']).toMatchObject({ status: 'failed', detail: 'systeminformation exploded' })
    expect(byId['os-log']).toMatchObject({ status: 'failed', detail: 'timed out after 0.3 s' })
    expect(byId['vendor-logs']).toMatchObject({ status: 'skipped', detail: 'not available on linux' })
    expect(byId['user-logs']).toMatchObject({ status: 'ok', files: 1 })
    expect((await verifyBundle(saved.path)).problems).toEqual([])
    await svc.dispose()
  })
})

describe('progress before the filter', () => {
  it("a collector's own words reach progress listeners (web-mode viewers) only after redaction", async () => {
    const root = tempDir()
    const leaky = '/home/ingrid.vanderberg/.config/zoom/zoom.conf'
    const base = { title: 't', explanation: 'e', availableOn: () => true, timeoutMs: 5000 }
    const failing: Collector = { ...base, id: 'host', collect: async () => Promise.reject(new Error(`cannot read ${leaky}`)) }
    const seen: string[] = []
    const svc = serviceFor(root, [failing, userLogsCollector], { platform: 'linux', onProgress: (p) => seen.push(JSON.stringify(p)) })
    const c = await svc.start({ extraLogPaths: [] })
    await c.settled
    expect(c.phase).toBe('ready')
    expect(seen.length).toBeGreaterThan(2)
    for (const event of seen) expect(event).not.toContain('ingrid.vanderberg')
    // the failure is still explained, in its filtered form
    const last = JSON.parse(seen.at(-1)!) as { stages: Array<{ id: string; detail: string | null }> }
    expect(last.stages.find((s) => s.id === 'host')?.detail).toMatch(/^cannot read \/home\/<user-\d+>\//)
    await svc.dispose()
  })
})

describe('reading log tails', () => {
  it('UTF-16LE tails start on a whole line and a whole code unit; gzip tails too', async () => {
    const dir = tempDir()
    const lines = Array.from({ length: 2000 }, (_, i) => `zeile ${i} größe ÄÖÜ end`).join('\r\n') + '\r\n'
    const p16 = join(dir, 'w.log')
    writeFileSync(p16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines, 'utf16le')]))
    for (const cap of [4001, 4000, 10_001]) {
      const t = await readTail(p16, cap)
      if (t.kind !== 'text') throw new Error(t.kind)
      expect(t.text).toMatch(/^zeile \d+ größe ÄÖÜ end\r\n/)
      expect(t.text.endsWith('zeile 1999 größe ÄÖÜ end\r\n')).toBe(true)
      expect(t.cutBytes).toBeGreaterThan(0)
    }
    const pgz = join(dir, 'w.log.3.gz')
    writeFileSync(pgz, gzipSync(Buffer.from(lines, 'utf16le')))
    const g = await readTail(pgz, 5001)
    if (g.kind !== 'text') throw new Error(g.kind)
    expect(g.text).toMatch(/^zeile \d+ größe ÄÖÜ end\r\n/)
    expect(g.sourceBytes).toBe(Buffer.byteLength(lines, 'utf16le'))
    const whole = await readTail(pgz, 1 << 20)
    expect(whole).toMatchObject({ kind: 'text', cutBytes: 0, text: lines })
    writeFileSync(join(dir, 'core.dmp'), Buffer.from([0x4d, 0x44, 0x4d, 0x50, 0, 0, 1, 2, 3, 0, 0]))
    expect(await readTail(join(dir, 'core.dmp'), 100)).toMatchObject({ kind: 'binary' })
  })
})

describe('crash dumps', () => {
  it('are described by default and included only with --include-binary for that file', async () => {
    requireCli()
    const root = tempDir()
    const crash = join(root, 'Crashpad', 'completed')
    mkdirSync(crash, { recursive: true })
    const dump = join(crash, '3f1e-4c.dmp')
    // a minidump holds process memory: here, an e-mail address the text filter would have caught
    writeFileSync(dump, Buffer.concat([Buffer.from('MDMP\0\0\x93\xa7'), Buffer.from('dump-canary@acmecorp.example'), Buffer.alloc(64)]))
    const env = { LOGI_DIAG_DATA_DIR: join(root, 'state'), LOGI_DIAG_CRASH_DIR: join(root, 'Crashpad') }

    const plain = join(root, 'plain.zip')
    expect((await runCli(['collect', '--out', plain, '--yes'], env)).code).toBe(0)
    const entries = await zipEntries(plain)
    expect(entries.get('crash/app/dumps.txt')!.toString()).toMatch(/\d+ bytes {2}3f1e-4c\.dmp/)
    expect(entries.has('crash/app/3f1e-4c.dmp')).toBe(false)
    expect(await leakedCanaries(plain, ['dump-canary'])).toEqual([])
    expect((await manifestOf(plain)).consent.excludedFiles).toContain('crash/app/3f1e-4c.dmp')

    const opted = join(root, 'opted.zip')
    const r = await runCli(['collect', '--out', opted, '--yes', '--include-binary', dump], env)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const m = await manifestOf(opted)
    expect(m.consent.binaryOptIns).toEqual(['crash/app/3f1e-4c.dmp'])
    expect(m.files.find((f) => f.path === 'crash/app/3f1e-4c.dmp')).toMatchObject({ binary: true, redactions: 0 })
    // included means byte for byte, unfiltered: that is what the per-file warning is about
    expect((await zipEntries(opted)).get('crash/app/3f1e-4c.dmp')!.includes('dump-canary@acmecorp.example')).toBe(true)
    expect((await verifyBundle(opted)).problems).toEqual([])
  })
})

describe('log order and journal lines', () => {
  it('rotated sets come newest first; equal times fall back to the rotation number', () => {
    const f = (path: string, mtimeMs: number) => ({ path, rel: path, size: 1, mtimeMs })
    const files = [f('x.log.2.gz', 100), f('x.log', 100), f('x.1.log', 50), f('x.log.1', 100), f('y.log', 200)]
    expect([...files].sort(newestFirst).map((x) => x.path)).toEqual(['y.log', 'x.log', 'x.log.1', 'x.log.2.gz', 'x.1.log'])
  })

  it("a journal entry keeps time, priority, process and message, and loses the machine's ids", () => {
    const raw = JSON.stringify({
      __CURSOR: 's=abc;i=1',
      __REALTIME_TIMESTAMP: '1796400000000000',
      _HOSTNAME: 'acme-room-7',
      _MACHINE_ID: 'f00d',
      _BOOT_ID: 'b007',
      PRIORITY: '6',
      SYSLOG_IDENTIFIER: 'kernel',
      _TRANSPORT: 'kernel',
      MESSAGE: [117, 115, 98, 32, 49, 45, 50, 58, 32, 0xc3, 0xa9]
    })
    expect(JSON.parse(journalLine(raw)!)).toEqual({
      __REALTIME_TIMESTAMP: '1796400000000000',
      PRIORITY: '6',
      SYSLOG_IDENTIFIER: 'kernel',
      _TRANSPORT: 'kernel',
      MESSAGE: 'usb 1-2: é',
      time: '2026-12-04T16:00:00.000Z'
    })
    expect(journalLine('not json')).toBeNull()
  })
})
