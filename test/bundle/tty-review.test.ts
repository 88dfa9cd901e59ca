// The CLI's review prompt on a real terminal (a pseudo-terminal from util-linux `script`): the
// file list with redaction counts, then a question; "n" writes nothing, "y" writes the bundle
// with consent recorded as reviewed.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLI, manifestOf, removeTempDirs, requireCli, tempDir } from './support'

beforeAll(requireCli)
afterAll(removeTempDirs)

function onTerminal(args: string[], env: NodeJS.ProcessEnv, answer: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const cmd = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')
    const child = spawn('script', ['-qec', cmd, '/dev/null'], {
      env: { ...process.env, ...env, TERM: 'dumb' },
      stdio: ['pipe', 'pipe', 'pipe']
    })
    let output = ''
    let answered = false
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString()
      if (!answered && output.includes('? [y/N]')) {
        answered = true
        child.stdin.write(`${answer}\n`)
      }
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}

describe('collect on a terminal without --yes', () => {
  let logs = ''
  let env: NodeJS.ProcessEnv = {}
  beforeAll(() => {
    const root = tempDir()
    logs = join(root, 'logs')
    mkdirSync(logs)
    writeFileSync(join(logs, 'a.log'), 'from 81.2.69.160 mail ops@acmecorp.example\n')
    env = { LOGI_DIAG_DATA_DIR: join(root, 'state') }
  })

  it('shows the files with redaction counts; "n" writes nothing (exit 1)', async () => {
    const out = join(tempDir(), 'no.zip')
    const r = await onTerminal(['collect', '--out', out, '--logs', logs], env, 'n')
    expect(r.output).toMatch(/\[x\] +\d+ B +2 redacted {2}logs\/added\/1-logs\/a\.log/)
    expect(r.output).toMatch(/Redactions: .*contact 1/)
    expect(r.output).toContain('Nothing was written.')
    expect(r.code).toBe(1)
    expect(existsSync(out)).toBe(false)
  }, 120_000)

  it('"y" writes the bundle, consent recorded as reviewed', async () => {
    const out = join(tempDir(), 'yes.zip')
    const r = await onTerminal(['collect', '--out', out, '--logs', logs], env, 'y')
    expect(r.code).toBe(0)
    expect(r.output).toMatch(/Saved .*yes\.zip/)
    expect(r.output).toMatch(/\[#+-*\] \d+%/) // the progress bar, drawn on the terminal
    expect((await manifestOf(out)).consent.method).toBe('review')
  }, 120_000)
})
