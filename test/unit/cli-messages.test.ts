// The CLI's errors and help as an admin reads them: plain sentences naming the file once and the
// flag to use, no Node error codes, no internal option names, no "(default: [])", one way of writing defaults.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { Command } from 'commander'
import { registerCommands } from '../../src/main/cli/commands'
import { createProgram } from '../../src/main/cli/program'
import { listenErrorMessage } from '../../src/main/cli/commands/serve'
import { udevRuleInstalled as udevRuleInstalledHere, type NodeAccess } from '../../src/main/devices/permissions'

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
  let program: Command
  /** The program, every command and every subcommand (`ticket route`, `bundle verify`, …). */
  let commands: Command[] = []
  const walk = (c: Command): Command[] => [c, ...c.commands.flatMap(walk)]
  const path = (c: Command): string => (c.parent ? `${path(c.parent)} ${c.name()}` : c.name())
  beforeAll(async () => {
    program = await createProgram()
    commands = walk(program)
  })

  it('walks every command and subcommand', () => {
    expect(commands.map(path)).toEqual([
      'logi-diag',
      'logi-diag detect',
      'logi-diag health',
      'logi-diag serve',
      'logi-diag udev-rule',
      'logi-diag redact',
      'logi-diag ticket',
      'logi-diag ticket route',
      'logi-diag ticket submit',
      'logi-diag ticket outbox',
      'logi-diag ticket export',
      'logi-diag collect',
      'logi-diag bundle',
      'logi-diag bundle verify',
      'logi-diag bundle show'
    ])
  })

  it('never shows "(default: [])" and starts every description in lower case like commander\'s own', () => {
    for (const c of commands) {
      expect(c.helpInformation(), path(c)).not.toContain('(default: [])')
      if (c !== program) expect(c.description(), path(c)).toMatch(/^[a-z]/)
      const help = c.createHelp()
      for (const o of help.visibleOptions(c)) expect(help.optionDescription(o), `${path(c)} ${o.flags}`).toMatch(/^[a-z]/)
      for (const a of help.visibleArguments(c)) expect(help.argumentDescription(a), `${path(c)} ${a.name()}`).toMatch(/^[a-z]/)
    }
  })

  // One house style, the one most options already used: "(default 72h)", last in the description,
  // never commander's "(default: 8765)" beside it.
  it('writes every default as "(default X)" at the end of the description', () => {
    const defaults: string[] = []
    for (const c of commands) {
      expect(c.helpInformation(), path(c)).not.toMatch(/\(default:/)
      const help = c.createHelp()
      const described = [
        ...help.visibleOptions(c).map((o) => [`${path(c)} ${o.long ?? o.flags}`, help.optionDescription(o)] as const),
        ...help.visibleArguments(c).map((a) => [`${path(c)} ${a.name()}`, help.argumentDescription(a)] as const)
      ]
      for (const [where, text] of described) {
        if (!/default/i.test(text)) continue
        expect(text, where).toMatch(/ \(default [^\s:()][^():]*\)$/)
        defaults.push(where)
      }
    }
    // The options that have a default say so.
    expect(defaults).toEqual([
      'logi-diag serve --port',
      'logi-diag ticket route --component',
      'logi-diag ticket route --today',
      'logi-diag collect --since',
      'logi-diag collect --budget'
    ])
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

  it('tells apart nodes this user may open, nodes it may not, and no nodes at all', async () => {
    const { probeNodeAccess } = await import('../../src/main/devices/permissions')
    const refused = (code: string) => async (node: string) => {
      if (node.includes('closed')) throw Object.assign(new Error(code), { code })
    }
    expect(await probeNodeAccess(['/dev/hidraw0', '/dev/closed'], refused('EACCES'))).toBe('denied')
    expect(await probeNodeAccess(['/dev/closed'], refused('EPERM'))).toBe('denied')
    expect(await probeNodeAccess(['/dev/hidraw0', '/dev/bus/usb/001/001'], refused('EACCES'))).toBe('granted')
    // Gone (unplugged mid-scan) is neither.
    expect(await probeNodeAccess(['/dev/closed'], refused('ENOENT'))).toBe('unknown')
    expect(await probeNodeAccess([])).toBe('unknown')
    // A real file this user created: open to it.
    const dir = mkdtempSync(join(tmpdir(), 'nodes-'))
    writeFileSync(join(dir, 'node'), '')
    expect(await probeNodeAccess([join(dir, 'node')])).toBe('granted')
  })

  // The help follows the access discovery actually found, not the rule file alone: as root (or with
  // the nodes open to this user) there is nothing to fix, so nothing is offered.
  it.runIf(process.platform === 'linux' && !udevRuleInstalledHere())(
    'is offered only when discovery was refused the device nodes',
    async () => {
      const { DeviceWatcher } = await import('../../src/main/room/watch')
      const { createCore } = await import('../../src/main/core/core')
      const { UDEV_INSTALL_COMMAND } = await import('../../src/main/devices/permissions')
      const command = async (access: NodeAccess | undefined): Promise<string | null> => {
        const watcher = new DeviceWatcher(async () => ({ snapshot: { devices: [], systems: [] }, tree: [], warnings: [], access }))
        const core = createCore({ shell: 'web', watcher })
        try {
          return (await core.handlers['app.info'](undefined)).udevInstallCommand
        } finally {
          core.stop()
        }
      }
      expect(await command('denied')).toBe(UDEV_INSTALL_COMMAND)
      expect(await command('granted')).toBeNull()
      expect(await command('unknown')).toBeNull()
      expect(await command(undefined)).toBeNull()
    }
  )
})
