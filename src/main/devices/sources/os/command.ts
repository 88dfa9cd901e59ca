// The Windows and macOS sources learn everything from programs the OS ships (ioreg,
// system_profiler, PowerShell). They reach them only through this interface, so a test can feed
// recorded outputs, and every real run is time-bounded.
import { execFile } from 'node:child_process'

export interface CommandRunner {
  /** Resolves with stdout; rejects with a CommandError when the program is missing, fails or overruns. */
  run(file: string, args: readonly string[], timeoutMs: number): Promise<string>
}

export class CommandError extends Error {}

/** The program's name without its folder, for messages. */
export const programName = (file: string): string => file.split(/[\\/]/).pop() ?? file

/** Output that is not what the command should print (another format, cut short, corrupted). */
export class OsOutputError extends Error {}

const MAX_OUTPUT = 64 * 1024 * 1024

export const execRunner: CommandRunner = {
  run: (file, args, timeoutMs) =>
    new Promise((resolve, reject) => {
      execFile(
        file,
        [...args],
        { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: MAX_OUTPUT, windowsHide: true, encoding: 'utf8' },
        (err, stdout, stderr) => {
          if (!err) return resolve(stdout)
          const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null }
          const why =
            e.code === 'ENOENT'
              ? 'is not available on this computer'
              : e.killed || e.signal === 'SIGKILL'
                ? `did not finish within ${timeoutMs / 1000} s and was stopped`
                : e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER'
                  ? 'printed more than 64 MB and was stopped'
                  : `failed: ${(stderr || e.message).trim().split(/\r?\n/)[0]}`
          reject(new CommandError(`${programName(file)} ${why}`))
        }
      )
    })
}

/** One way to list the USB devices: a command and the parser for what it prints. */
export interface Attempt<T> {
  label: string
  file: string
  args: readonly string[]
  timeoutMs: number
  parse(output: string): T
}

const reason = (err: unknown): string => (err instanceof Error ? err.message : String(err))

/** Tries each way in order; the first that runs and parses wins, the failures before it become
 *  warnings. Rejects only when every way failed. */
export async function firstThatWorks<T>(
  runner: CommandRunner,
  attempts: readonly Attempt<T>[]
): Promise<{ value: T; label: string; warnings: string[] }> {
  const warnings: string[] = []
  for (const a of attempts) {
    try {
      const output = await runner.run(a.file, a.args, a.timeoutMs)
      return { value: a.parse(output), label: a.label, warnings }
    } catch (err) {
      warnings.push(`${a.label}: ${reason(err)}`)
    }
  }
  throw new CommandError(warnings.join('; '))
}
