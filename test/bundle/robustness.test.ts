// What must never go wrong: a killed process leaves nothing at --out (and the next run cleans
// up), a full disk gives a plain error and nothing partial, logs that grow, rotate or vanish
// while being read still give a valid bundle, and `bundle verify` catches tampering.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ZipFile } from 'yazl'
import { createWriteStream } from 'node:fs'
import { userLogsCollector } from '../../src/main/bundle/collectors/user-logs'
import type { Collector } from '../../src/main/bundle/collectors/types'
import { verifyBundle } from '../../src/main/bundle/read-bundle'
import { logText } from './fixtures'
import { removeTempDirs, serviceFor, requireCli, runCli, tempDir, zipEntries } from './support'

beforeAll(requireCli)
afterAll(removeTempDirs)

function logsDir(root: string, files: number, bytesEach: number): string {
  const dir = join(root, 'logs')
  mkdirSync(dir, { recursive: true })
  for (let i = 0; i < files; i++) writeFileSync(join(dir, `service-${i}.log`), logText(bytesEach, `f${i}`))
  return dir
}

/** Polls until `ready()` is true, then SIGKILLs the process; resolves with what the poll saw. */
async function killWhen(args: string[], env: NodeJS.ProcessEnv, ready: () => boolean): Promise<{ killedAt: 'condition' | 'exited' }> {
  let pid = 0
  let done = false
  const run = runCli(args, env, (p) => (pid = p)).then((r) => {
    done = true
    return r
  })
  while (!done && !ready()) await new Promise((r) => setTimeout(r, 3))
  if (done) return { killedAt: 'exited' }
  process.kill(pid, 'SIGKILL')
  const r = await run
  expect(r.signal).toBe('SIGKILL')
  return { killedAt: 'condition' }
}

describe('kill -9 during collection', () => {
  it('leaves nothing at --out at any point; the next run removes the leftovers', async () => {
    const root = tempDir()
    const logs = logsDir(root, 3, 3 * 1024 * 1024)
    const state = join(root, 'state')
    const staging = join(state, 'staging')
    const outDir = join(root, 'out')
    mkdirSync(outDir)
    const out = join(outDir, 'bundle.zip')
    const env = { LOGI_DIAG_DATA_DIR: state }
    const args = ['collect', '--out', out, '--logs', logs, '--yes']
    // a run removes the staging folders of dead runs, so one may vanish between the two reads
    const filesIn = (dir: string): string[] => {
      try {
        return readdirSync(dir)
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
        throw err
      }
    }
    const stagedFiles = (): number =>
      filesIn(staging).reduce((n, d) => n + filesIn(join(staging, d)).filter((f) => /^f\d+$/.test(f)).length, 0)
    const partials = (): string[] => readdirSync(outDir).filter((n) => n.endsWith('.partial'))

    const t0 = Date.now()
    const points: Array<[string, () => boolean]> = [
      ['while the collectors run', () => Date.now() - t0 > 0 && existsSync(staging) && readdirSync(staging).length > 0],
      ['while the filter stages redacted text', () => stagedFiles() >= 3],
      ['while the zip is written', () => partials().length > 0]
    ]
    for (const [what, cond] of points) {
      const r = await killWhen(args, env, cond)
      expect(r.killedAt, what).toBe('condition')
      expect(existsSync(out), what).toBe(false)
      expect(
        readdirSync(outDir).filter((n) => !n.startsWith('.')),
        what
      ).toEqual([])
    }
    // the last kill left a partial zip and staging folders of dead processes
    expect(partials().length).toBeGreaterThan(0)
    expect(readdirSync(staging).length).toBeGreaterThan(0)

    const ok = await runCli(args, env)
    expect(ok.stderr).toBe('')
    expect(ok.code).toBe(0)
    expect(partials()).toEqual([])
    expect(readdirSync(staging)).toEqual([])
    expect((await verifyBundle(out)).problems).toEqual([])
  }, 240_000)
})

describe('full disk', () => {
  const mnt = join(tempDir(), 'tiny')
  let mounted = false
  beforeAll(() => {
    mkdirSync(mnt)
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=192k', 'tmpfs', mnt])
    mounted = true
  })
  afterAll(() => {
    if (mounted) execFileSync('umount', [mnt])
    rmSync(mnt, { recursive: true, force: true })
  })

  it('ENOSPC: exit 1 with a plain-words error, nothing left at the destination', async () => {
    const root = tempDir()
    const logs = logsDir(root, 1, 2 * 1024 * 1024)
    const out = join(mnt, 'bundle.zip')
    const r = await runCli(['collect', '--out', out, '--logs', logs, '--yes'], { LOGI_DIAG_DATA_DIR: join(root, 'state') })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /The disk is full: there is not enough free space in .*tiny to write the bundle \(ENOSPC\)\. Nothing was saved/
    )
    expect(r.stderr).not.toMatch(/\n\s+at /) // no stack trace
    expect(readdirSync(mnt)).toEqual([])
  }, 120_000)
})

describe('logs that change while they are read', () => {
  it('a log that grows, one that is rotated and one that vanishes: still a valid bundle', async () => {
    const root = tempDir()
    const logs = join(root, 'logs')
    mkdirSync(logs)
    // a separate process keeps appending, rotating and deleting for the whole test; it stops by itself
    // when the test's process is gone or after two minutes (a worker that died without killing it left a
    // writer filling the disk at ~17 MB/s)
    const writer = spawn(process.execPath, [
      '-e',
      `const fs = require('fs'), p = require('path'), d = ${JSON.stringify(logs)}, parent = ${process.pid}
       let n = 0, r = 0
       const pad = 'x'.repeat(200)
       setTimeout(() => process.exit(0), 120000).unref()
       setInterval(() => {
         try { process.kill(parent, 0) } catch { process.exit(0) }
         let s = ''
         for (let i = 0; i < 400; i++) s += 'line ' + (n++) + ' ' + pad + ' end\\n'
         fs.appendFileSync(p.join(d, 'grow.log'), s)
         try { fs.renameSync(p.join(d, 'rot.log'), p.join(d, 'rot.log.1')) } catch {}
         fs.writeFileSync(p.join(d, 'rot.log'), 'rotation ' + (r++) + ' ' + pad + ' end\\n'.repeat(50))
         if (r % 2) fs.writeFileSync(p.join(d, 'vanish.log'), 'here ' + pad + ' end\\n'); else fs.rmSync(p.join(d, 'vanish.log'), { force: true })
       }, 5)`
    ])
    try {
      while (!existsSync(join(logs, 'grow.log')) || !existsSync(join(logs, 'rot.log.1'))) await new Promise((r) => setTimeout(r, 20))
      // and one source that is gone by the time the filter reads it
      const ghost: Collector = {
        ...userLogsCollector,
        id: 'vendor-logs',
        async collect() {
          return {
            status: 'ok',
            detail: null,
            omitted: [],
            sources: [
              {
                collector: 'vendor-logs',
                bundlePath: 'logs/ghost/gone.log',
                content: { kind: 'file', path: join(logs, 'never-there.log') },
                mtimeMs: Date.now(),
                essential: false
              }
            ]
          }
        }
      }
      const svc = serviceFor(root, [userLogsCollector, ghost])
      for (let i = 0; i < 3; i++) {
        const c = await svc.start({ extraLogPaths: [logs] })
        await c.settled
        expect(c.phase).toBe('ready')
        const saved = await c.save(join(root, `out-${i}.zip`), 'yes-flag')
        expect((await verifyBundle(saved.path)).problems).toEqual([])
        expect(saved.manifest.omitted).toContainEqual(
          expect.objectContaining({ file: 'logs/ghost/gone.log', why: 'vanished before it could be read' })
        )
        const grow = (await zipEntries(saved.path)).get('logs/added/1-logs/grow.log')!.toString('utf8').split('\n')
        // every line but a last one being written at that instant is whole
        for (const l of grow.slice(0, -2)) expect(l).toMatch(/^line \d+ x{200} end$/)
      }
      await svc.dispose()
    } finally {
      writer.kill('SIGKILL')
    }
  }, 120_000)
})

describe('bundle verify', () => {
  let good = ''
  beforeAll(async () => {
    const root = tempDir()
    const svc = serviceFor(root, [userLogsCollector])
    const c = await svc.start({ extraLogPaths: [logsDir(root, 2, 20_000)] })
    await c.settled
    good = (await c.save(join(root, 'good.zip'), 'yes-flag')).path
    await svc.dispose()
  })

  /** Re-zips `good` with `change` applied to its entries. */
  async function tampered(change: (entries: Map<string, Buffer>) => void): Promise<string> {
    const entries = await zipEntries(good)
    change(entries)
    const path = join(tempDir(), 'tampered.zip')
    const zip = new ZipFile()
    for (const [name, data] of entries) zip.addBuffer(data, name)
    zip.end()
    await new Promise<void>((resolve, reject) =>
      zip.outputStream
        .pipe(createWriteStream(path))
        .on('finish', () => resolve())
        .on('error', reject)
    )
    return path
  }

  it('accepts the bundle as written', async () => {
    const r = await runCli(['bundle', 'verify', good], {})
    expect(r.code).toBe(0)
  })

  it('rejects one altered entry, naming it', async () => {
    const path = await tampered((e) => {
      const data = Buffer.from(e.get('logs/added/1-logs/service-1.log')!)
      data[10] = data[10]! ^ 1
      e.set('logs/added/1-logs/service-1.log', data)
    })
    const r = await runCli(['bundle', 'verify', path], {})
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('logs/added/1-logs/service-1.log: SHA-256 does not match the manifest')
  })

  it('rejects an entry the manifest does not list, and a listed entry that is missing', async () => {
    const path = await tampered((e) => {
      e.set('extra.txt', Buffer.from('slipped in'))
      e.delete('summary.txt')
    })
    const r = await runCli(['bundle', 'verify', path, '--json'], {})
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).problems).toEqual([
      'extra.txt: in the zip but not listed in the manifest',
      'summary.txt: listed in the manifest but missing from the zip'
    ])
  })

  it('rejects something that is not a bundle', async () => {
    const notZip = join(tempDir(), 'x.zip')
    writeFileSync(notZip, 'hello')
    const r = await runCli(['bundle', 'verify', notZip], {})
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/not a readable zip/)
  })
})

describe('collect usage errors (exit 2)', () => {
  it.each([
    [['collect', '--out', '/tmp/x.zip', '--since', 'banana', '--yes'], /--since/],
    [['collect', '--out', '/tmp/x.zip', '--budget', '1KB', '--yes'], /--budget/],
    [['collect', '--yes'], /--out/],
    [['collect', '--out', '/tmp/x.zip'], /run with --yes/]
  ])('%j', async (args, message) => {
    const r = await runCli(args, { LOGI_DIAG_DATA_DIR: join(tempDir(), 'state') })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
  })
})
