import { describe, it, expect } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Command } from 'commander'
import { registerRedact } from '../../src/main/cli/commands/redact'

const driver = join(__dirname, 'fixtures', 'redact-cli.ts')
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', driver, ...args], { input, encoding: 'utf8', cwd: join(__dirname, '..', '..') })

// each test spawns the CLI (tsx + the engine): seconds on a shared, loaded box
describe('logi-diag redact', { timeout: 60000 }, () => {
  it('registers the command with its options', () => {
    const program = new Command().exitOverride()
    registerRedact(program)
    const cmd = program.commands.find((c) => c.name() === 'redact')
    expect(cmd?.options.map((o) => o.long)).toEqual(expect.arrayContaining(['--keep', '--redact', '--report']))
  })

  it('pipes stdin to stdout', () => {
    const r = run(['redact', '--no-host-identities'], 'mail jane@example.com from 10.1.2.3\nok 8.8.8.8\n')
    expect(r.status).toBe(0)
    expect(r.stdout).toBe('mail <email-1> from <ip-10/8-1>\nok 8.8.8.8\n')
  })

  it('redacts files with --keep, --redact and writes a report and a map', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redact-'))
    writeFileSync(join(dir, 'a.log'), 'room Contoso Boardroom at 203.0.113.9 and 203.0.113.10\n')
    writeFileSync(join(dir, 'b.log'), 'again 203.0.113.10\n')
    const r = run([
      'redact',
      '--no-host-identities',
      '--keep',
      '203.0.113.9',
      '--redact',
      'Contoso Boardroom',
      '--report',
      join(dir, 'r.json'),
      '--map',
      join(dir, 'm.json'),
      join(dir, 'a.log'),
      join(dir, 'b.log')
    ])
    expect(r.status).toBe(0)
    expect(r.stdout).toBe('room <term-1> at 203.0.113.9 and <ip-public-1>\nagain <ip-public-1>\n')
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { categories: Record<string, number>; files: unknown[] }
    expect(report.categories['custom']).toBe(1)
    expect(report.files).toHaveLength(2)
    expect(readFileSync(join(dir, 'm.json'), 'utf8')).toContain('203.0.113.10')
  })

  it('reads --redact-file term lists and refuses a bad one with its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redact-'))
    writeFileSync(join(dir, 'terms.csv'), 'value,kind\n"Doe, Jane",person\nakowalski,user\n')
    writeFileSync(join(dir, 'bad.csv'), 'value,kind\nx,robot\n')
    const r = run(['redact', '--no-host-identities', '--redact-file', join(dir, 'terms.csv')], 'Jane Doe and akowalski\n')
    expect(r.status).toBe(0)
    expect(r.stdout).toBe('<name-1> and <user-1>\n')
    const bad = run(['redact', '--no-host-identities', '--redact-file', join(dir, 'bad.csv')], 'x\n')
    expect(bad.status).toBe(1)
    expect(bad.stderr).toContain('bad.csv: line 2: unknown kind "robot"')
    expect(bad.stdout).toBe('')
  })

  it('exits 1 on a missing file and 2 on a usage error', () => {
    const missing = run(['redact', '/nonexistent/file.log'])
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain('logi-diag:')
    expect(run(['redact', '--bogus']).status).toBe(2)
  })
})
