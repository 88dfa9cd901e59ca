// Runs an OS tool (journalctl, log, wevtutil, coredumpctl) with a timeout and a cap on what is
// kept of its output: a chatty or hung tool can cost neither unbounded memory nor the bundle.
import { spawn } from 'node:child_process'

export interface CommandResult {
  /** Output lines that passed `keep`, newest last; at most `maxBytes` of them (the oldest dropped). */
  lines: string[]
  bytes: number
  droppedBytes: number
  stderr: string
  exitCode: number | null
  timedOut: boolean
}

export class CommandMissingError extends Error {
  constructor(readonly command: string) {
    super(`${command} is not installed on this machine`)
    this.name = 'CommandMissingError'
  }
}

export interface CommandOptions {
  timeoutMs: number
  maxBytes: number
  signal?: AbortSignal
  /** Line filter applied while reading, so only wanted lines count against the cap. */
  keep?: (line: string) => boolean
}

export function runCommand(command: string, args: string[], opts: CommandOptions): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: opts.signal,
      env: { ...process.env, LC_ALL: 'C.UTF-8', SYSTEMD_PAGER: '' }
    })
    const lines: string[] = []
    let bytes = 0
    let droppedBytes = 0
    let rest = ''
    let stderr = ''
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, opts.timeoutMs)
    const push = (line: string): void => {
      if (line === '' || (opts.keep && !opts.keep(line))) return
      lines.push(line)
      bytes += Buffer.byteLength(line) + 1
      while (bytes > opts.maxBytes && lines.length > 0) {
        const dropped = Buffer.byteLength(lines.shift()!) + 1
        bytes -= dropped
        droppedBytes += dropped
      }
    }
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n')
      rest = parts.pop() ?? ''
      // a single line longer than the cap cannot be kept whole
      if (rest.length > opts.maxBytes) rest = ''
      for (const p of parts) push(p)
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 4096) stderr += chunk
    })
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      reject(err.code === 'ENOENT' ? new CommandMissingError(command) : err)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      push(rest)
      resolve({ lines, bytes, droppedBytes, stderr: stderr.trim(), exitCode: code, timedOut })
    })
  })
}
