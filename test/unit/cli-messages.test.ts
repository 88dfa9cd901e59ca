// The CLI's errors and help as an admin reads them: plain sentences naming the file once and the
// flag to use, no Node error codes, no internal option names, no "(default: [])".
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { Command } from 'commander'
import { registerCommands } from '../../src/main/cli/commands'
import { listenErrorMessage } from '../../src/main/cli/commands/serve'

/** Runs `redact` in this process, as the real entry does, and returns the error it fails with. */
async function redactError(...args: string[]): Promise<string> {
  const program = new Command().name('logi-diag').exitOverride()
  await registerCommands(program)
  return program.parseAsync(['redact', '--no-host-identities', ...args], { from: 'user' }).then(
    () => 'no error',
    (err: unknown) => (err instanceof Error ? err.message : String(err))
  )
}

describe('redact errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redact-msg-'))

  it('a binary file names the --allow-binary flag and the path once', async () => {
    const bin = join(dir, 'core.dump')
    writeFileSync(bin, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0, 1, 2, 0, 0, 0, 3, 0, 0xff, 0]))
    const msg = await redactError(bin)
    expect(msg).toBe(
      `${bin} looks like a binary file, not text; refusing to redact it. Add --allow-binary to redact it as Latin-1 text anyway.`
    )
    expect(msg).not.toContain('allowBinary')
  })

  it('a missing file and a folder get a plain sentence, not ENOENT or EISDIR', async () => {
    const missing = await redactError(join(dir, 'nope.log'))
    expect(missing).toBe(`${join(dir, 'nope.log')}: there is no such file. Check the path.`)
    const folder = await redactError(dir)
    expect(folder).toBe(`${dir} is a folder, not a file. Name the files in it instead (for example ${dir}/*.log).`)
  })
})

describe('serve on a privileged port', () => {
  it('says why it cannot listen and what to do', () => {
    const msg = listenErrorMessage(
      80,
      'EACCES',
      Object.assign(new Error('listen EACCES: permission denied 127.0.0.1:80'), { code: 'EACCES' })
    )
    expect(msg).toMatch(
      /^this user may not listen on port 80: ports below 1024 need administrator rights\. Choose a port from 1024 up with --port/
    )
    expect(msg).not.toContain('EACCES')
  })
})

describe('help text', () => {
  const program = new Command().name('logi-diag')
  let helps: string[] = []
  beforeAll(async () => {
    await registerCommands(program)
    helps = [program.helpInformation(), ...program.commands.map((c) => c.helpInformation())]
  })

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
