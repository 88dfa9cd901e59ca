// The CLI's errors and help as an admin reads them: plain sentences naming the file once and the
// flag to use, no Node error codes, no internal option names, no "(default: [])". Each redact run
// starts a TypeScript child process, which takes seconds when the machine is busy.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Command } from 'commander'
import { registerCommands } from '../../src/main/cli/commands'
import { listenErrorMessage } from '../../src/main/cli/commands/serve'

const root = join(__dirname, '..', '..')
const driver = join(root, 'test', 'privacy', 'fixtures', 'redact-cli.ts')
const redact = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', driver, 'redact', '--no-host-identities', ...args], { encoding: 'utf8', cwd: root })

describe('redact errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redact-msg-'))

  it('a binary file names the --allow-binary flag and the path once', () => {
    const bin = join(dir, 'core.dump')
    writeFileSync(bin, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0, 1, 2, 0, 0, 0, 3, 0, 0xff, 0]))
    const r = redact(bin)
    expect(r.status).toBe(1)
    expect(r.stderr).toBe(`logi-diag: ${bin} looks like a binary file, not text; refusing to redact it. Add --allow-binary to redact it as Latin-1 text anyway.\n`)
    expect(r.stderr).not.toContain('allowBinary')
  }, 30_000)

  it('a missing file and a folder get a plain sentence, not ENOENT or EISDIR', () => {
    const missing = redact(join(dir, 'nope.log'))
    expect(missing.stderr).toBe(`logi-diag: ${join(dir, 'nope.log')}: there is no such file. Check the path.\n`)
    const folder = redact(dir)
    expect(folder.stderr).toBe(`logi-diag: ${dir} is a folder, not a file. Name the files in it instead (for example ${dir}/*.log).\n`)
    expect(missing.stderr + folder.stderr).not.toMatch(/ENOENT|EISDIR/)
  }, 30_000)
})

describe('serve on a privileged port', () => {
  it('says why it cannot listen and what to do', () => {
    const msg = listenErrorMessage(80, 'EACCES', Object.assign(new Error('listen EACCES: permission denied 127.0.0.1:80'), { code: 'EACCES' }))
    expect(msg).toMatch(/^this user may not listen on port 80: ports below 1024 need administrator rights\. Choose a port from 1024 up with --port/)
    expect(msg).not.toContain('EACCES')
  })
})

describe('help text', () => {
  const program = new Command().name('logi-diag')
  registerCommands(program)
  const helps = [program.helpInformation(), ...program.commands.map((c) => c.helpInformation())]

  it('never shows "(default: [])" and starts every description in lower case like commander\'s own', () => {
    for (const h of helps) expect(h).not.toContain('(default: [])')
    for (const c of program.commands) expect(c.description()).toMatch(/^[a-z]/)
    for (const c of program.commands) for (const o of c.options) expect(o.description).toMatch(/^[a-z]/)
  })
})

describe('Linux access help', () => {
  it('is offered only while the udev rule is not installed', async () => {
    const { udevRuleInstalled, UDEV_RULE_FILE } = await import('../../src/main/devices/permissions')
    const dir = mkdtempSync(join(tmpdir(), 'rules-'))
    expect(udevRuleInstalled([dir])).toBe(false)
    writeFileSync(join(dir, UDEV_RULE_FILE), '# rule\n')
    expect(udevRuleInstalled(['/nonexistent', dir])).toBe(true)
  })
})
