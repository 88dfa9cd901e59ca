// README.md's command tables are the CLI's reference: every flag of every command (and subcommand)
// is written there, and no flag is written there that the command does not have. The program is
// built the way `logi-diag` builds it, without running a command.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Command } from 'commander'
import { createProgram } from '../../src/main/cli/program'

const README = readFileSync(join(__dirname, '../../README.md'), 'utf8')

/** The first cell's code of every row in a table whose header starts with "command", with the
 *  `logi-diag ` prefix and Markdown's escaped pipes removed: `ticket route --model NAME …`. */
function commandRows(markdown: string): string[] {
  const rows: string[] = []
  let inCommandTable = false
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      inCommandTable = false
      continue
    }
    if (/^\|\s*command\s*\|/.test(line)) {
      inCommandTable = true
      continue
    }
    if (!inCommandTable || /^\|[-\s|]+\|$/.test(line)) continue
    const first = line.split(/(?<!\\)\|/)[1] ?? ''
    const code = [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1]!).join(' ')
    rows.push(
      code
        .replace(/\\\|/g, '|')
        .replace(/^logi-diag /, '')
        .trim()
    )
  }
  return rows
}

const flagsIn = (text: string): string[] => [...new Set(text.match(/(?<![\w-])--?[A-Za-z][\w-]*/g) ?? [])]
const path = (c: Command): string => (c.parent?.parent ? `${path(c.parent)} ${c.name()}` : c.name())
/** Commands that run something: every command without subcommands of its own. */
const leaves = (c: Command): Command[] => c.commands.flatMap((sub) => (sub.commands.length ? leaves(sub) : [sub]))

describe('README CLI tables', () => {
  let program: Command
  let rows: string[]
  beforeAll(async () => {
    program = await createProgram()
    rows = commandRows(README)
  })

  it('parses the tables (the command overview and the ticket commands)', () => {
    expect(rows).toContain('detect [--json] [--watch]')
    expect(rows.some((r) => r.startsWith('ticket route --model NAME'))).toBe(true)
    expect(rows.some((r) => r.startsWith('--version'))).toBe(true)
  })

  it('lists every command and subcommand with every one of its flags, and no flag it does not have', () => {
    const commands = leaves(program)
    expect(commands.map(path)).toContain('ticket outbox')
    expect(commands.map(path)).toContain('bundle show')
    for (const c of commands) {
      const name = path(c)
      const documented = rows.filter((r) => r === name || r.startsWith(`${name} `))
      expect(documented, `README row for ${name}`).not.toEqual([])
      const written = flagsIn(documented.join(' '))
      const flags = c.options.map((o) => o.long!)
      for (const flag of flags) expect(written, `${name}: README lacks ${flag}`).toContain(flag)
      for (const flag of written) expect(flags, `${name}: README lists ${flag}, which the command does not have`).toContain(flag)
    }
  })

  it('lists every top-level command in the overview, and the program-wide flags', () => {
    const overview = commandRows(README.slice(README.indexOf('## `logi-diag`')).split('\n\n### ')[0]!)
    for (const c of program.commands) {
      const own = overview.filter((r) => r.split(' ')[0] === c.name())
      expect(own, c.name()).not.toEqual([])
      // `ticket route|submit|outbox|export …`, `bundle verify PATH`, `bundle show PATH`
      const words = own.join(' ').split(/[\s|]+/)
      for (const sub of c.commands) expect(words, `${c.name()} ${sub.name()}`).toContain(sub.name())
    }
    const global = flagsIn(overview.filter((r) => r.startsWith('-')).join(' '))
    for (const o of program.options) for (const flag of [o.long, o.short]) if (flag) expect(global).toContain(flag)
    expect(global).toEqual(expect.arrayContaining(['--help', '-h']))
  })
})
