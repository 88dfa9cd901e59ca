// The CLI loads only the command it runs, so `detect` never parses the bundle, ticket or privacy
// code; help, an unknown command or no command still see every command.
import { describe, expect, it } from 'vitest'
import { Command } from 'commander'
import { registerCommands } from '../../src/main/cli/commands'

const ALL = ['detect', 'health', 'serve', 'udev-rule', 'redact', 'ticket', 'collect', 'bundle']

async function registered(args: string[]): Promise<string[]> {
  const program = new Command()
  await registerCommands(program, args)
  return program.commands.map((c) => c.name())
}

describe('registerCommands', () => {
  it('registers only the command named in the arguments', async () => {
    expect(await registered(['detect', '--json'])).toEqual(['detect'])
    expect(await registered(['--json', 'health'])).toEqual(['health'])
    expect(await registered(['udev-rule'])).toEqual(['udev-rule'])
  })

  it('registers every command, in help order, when none is named', async () => {
    expect(await registered([])).toEqual(ALL)
    expect(await registered(['--help'])).toEqual(ALL)
    expect(await registered(['help', 'detect'])).toEqual(ALL)
    expect(await registered(['frobnicate'])).toEqual(ALL)
  })
})
