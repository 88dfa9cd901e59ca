import type { Command } from 'commander'

type Register = (program: Command) => void

// Each command lives in its own file and registers itself; the order here is the order in help.
// A command's module (and everything it imports) is loaded only when that command runs or when
// help lists them all: `detect --json` must not parse the bundle, ticket or privacy code.
const COMMANDS: Record<string, () => Promise<Register>> = {
  detect: async () => (await import('./detect')).registerDetect,
  health: async () => (await import('./health')).registerHealth,
  serve: async () => (await import('./serve')).registerServe,
  'udev-rule': async () => (await import('./udev-rule')).registerUdevRule,
  redact: async () => (await import('./redact')).registerRedact,
  ticket: async () => (await import('./ticket')).registerTicket,
  collect: async () => (await import('./collect')).registerCollect,
  bundle: async () => (await import('./bundle')).registerBundle
}

/** Registers the command named in `args` (the user's arguments, without node and the script), or
 *  every command when none is named (help, an unknown command, no arguments). The program has no
 *  options that take a value, so the first argument that is not an option names the command. */
export async function registerCommands(program: Command, args: readonly string[] = []): Promise<void> {
  const named = args.find((a) => !a.startsWith('-'))
  const wanted = named !== undefined && Object.hasOwn(COMMANDS, named) ? [named] : Object.keys(COMMANDS)
  const registers = await Promise.all(wanted.map((name) => COMMANDS[name]!()))
  for (const register of registers) register(program)
}
