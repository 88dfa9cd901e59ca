// logi-diag: the command-line face of the same core the Electron app and web mode use.
// Exit codes are part of the public contract: 0 success, 1 failure, 2 usage error
// (commands may define more, documented in the README).
import { CommanderError } from 'commander'
import { EXIT } from './exit-codes'
import { createProgram } from './program'

async function main(argv: string[]): Promise<number> {
  const program = await createProgram(argv.slice(2))
  try {
    await program.parseAsync(argv)
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok
  } catch (err) {
    // Commander sets exitCode 0 for --help/--version and non-zero for everything else,
    // including help shown because no command was given: that is a usage error.
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage
    process.stderr.write(`logi-diag: ${err instanceof Error ? err.message : String(err)}\n`)
    return EXIT.failure
  }
}

// A reader that goes away (`logi-diag udev-rule | head -1`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok)
  throw err
})

// Exit explicitly once output is flushed: a device read that never answered may leave a native
// worker thread behind, and it must not keep a finished command alive.
main(process.argv).then(
  (code) => {
    process.exitCode = code
    process.stdout.write('', () => process.exit(code))
  },
  (err: unknown) => {
    process.stderr.write(`logi-diag: ${String(err)}\n`)
    process.exitCode = EXIT.failure
  }
)
