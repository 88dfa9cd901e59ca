import { Command } from 'commander'
import { registerCommands } from './commands'
import { APP_VERSION } from '../app-version/app-version'

/** The `logi-diag` program as the entry point runs it, with the command named in `args` (the
 *  user's arguments, without node and the script) registered, or every command when none is
 *  named. Tests build it the same way to read its help and options without running anything. */
export async function createProgram(args: readonly string[] = []): Promise<Command> {
  const program = new Command()
  program
    .name('logi-diag')
    .description('Logi Room Diagnostics: detect Logitech room devices, check their health, redact logs')
    .version(APP_VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  await registerCommands(program, args)
  return program
}
