// Vitest-side helpers: run a command (or a long-lived process) against a simulated room via runner.py.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describeAddition, type HidrawBehaviour, type Room, type SimUsbDevice, type UsbBehaviour } from './describe'

export const SYSTEM_PYTHON = '/usr/bin/python3'
export const UMOCKDEV_DIR = path.dirname(fileURLToPath(import.meta.url))
export const RUNNER = path.join(UMOCKDEV_DIR, 'runner.py')
export const PROBES_DIR = path.join(UMOCKDEV_DIR, 'probes')

/** One line of the runner's write log: a request that could change device state. */
export type WriteLogEntry =
  | {
      kind: 'control'
      node: string
      syspath: string
      dir: 'in' | 'out'
      bmRequestType: number
      bRequest: number
      wValue: number
      wIndex: number
      wLength: number
      data: string
      t: number
    }
  | { kind: 'bulk'; node: string; syspath: string; endpoint: number; data: string; t: number }
  | {
      kind: 'usbfs'
      node: string
      syspath: string
      ioctl: 'SETINTERFACE' | 'SETCONFIGURATION' | 'RESET' | 'CLEAR_HALT'
      data: string
      t: number
    }
  | {
      kind: 'feature' | 'output' | 'input' | 'hidraw-write'
      node: string
      syspath: string
      reportId: number | null
      data: string
      t: number
    }

export interface RunOptions {
  env?: NodeJS.ProcessEnv
  cwd?: string
  /** Kill the runner (SIGKILL) after this long. Default 20 s. */
  timeoutMs?: number
  /** Extra/overriding behaviour per node, merged over what the room's specs declare. */
  hidraw?: Record<string, HidrawBehaviour>
  usb?: Record<string, UsbBehaviour>
  chmod?: Record<string, number>
  /** Run the command as another user (via setpriv) when the tests run as root, e.g. to see EACCES. */
  asUser?: 'nobody' | { uid: number; gid: number }
  /** Keep the temporary directory (description, JSON, write log) for debugging. */
  keepTmp?: boolean
}

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
  writes: WriteLogEntry[]
  tmpDir: string
}

export type Availability = { ok: true } | { ok: false; reason: string }

/** Whether the system Python can drive umockdev. Tests should fail (not skip) with `reason` when not. */
export function umockdevAvailable(): Availability {
  if (process.platform !== 'linux') return { ok: false, reason: `umockdev needs Linux, not ${process.platform}` }
  if (!fs.existsSync(SYSTEM_PYTHON)) return { ok: false, reason: `${SYSTEM_PYTHON} not found` }
  const gi = spawnSync(SYSTEM_PYTHON, ['-c', "import gi; gi.require_version('UMockdev', '1.0'); from gi.repository import UMockdev"], {
    encoding: 'utf8'
  })
  if (gi.status !== 0) {
    return {
      ok: false,
      reason: `${SYSTEM_PYTHON} cannot import gi UMockdev (apt-get install gir1.2-umockdev-1.0 python3-gi): ${gi.stderr.trim().split('\n').pop() ?? ''}`
    }
  }
  const ld = spawnSync('ldconfig', ['-p'], { encoding: 'utf8' })
  const hasPreload =
    (ld.stdout ?? '').includes('libumockdev-preload.so.0') ||
    ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/lib/x86_64-linux-gnu'].some((d) =>
      fs.existsSync(path.join(d, 'libumockdev-preload.so.0'))
    )
  if (!hasPreload) return { ok: false, reason: 'libumockdev-preload.so.0 not found (apt-get install umockdev)' }
  return { ok: true }
}

/** Throws with the reason when umockdev is unusable, for a loud failure in beforeAll. */
export function assertUmockdevAvailable(): void {
  const a = umockdevAvailable()
  if (!a.ok) throw new Error(`umockdev harness unavailable: ${a.reason}`)
}

function makeTmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'logi-umockdev-'))
  // 0755 so a child dropped to `nobody` can still read the testbed placed inside it.
  fs.chmodSync(dir, 0o755)
  return dir
}

function userWrap(cmd: string, args: string[], asUser: RunOptions['asUser']): [string, string[]] {
  if (!asUser || process.getuid?.() !== 0) return [cmd, args]
  const { uid, gid } = asUser === 'nobody' ? { uid: 65534, gid: 65534 } : asUser
  return ['setpriv', [`--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', '--', cmd, ...args]]
}

function writeInputs(room: Room, dir: string, opts: RunOptions, control?: string): string[] {
  const desc = path.join(dir, 'room.umockdev')
  fs.writeFileSync(desc, room.text)
  const argv = [RUNNER, '--device', desc, '--write-log', path.join(dir, 'writes.jsonl')]
  const json = (kind: string, behaviours: Record<string, unknown>) => {
    Object.entries(behaviours).forEach(([node, b], i) => {
      const file = path.join(dir, `${kind}-${i}.json`)
      fs.writeFileSync(file, JSON.stringify(b))
      argv.push(`--${kind}`, `${node}=${file}`)
    })
  }
  json('hidraw', { ...room.hidraw, ...opts.hidraw })
  json('usb', { ...room.usb, ...opts.usb })
  for (const [node, mode] of Object.entries({ ...room.chmod, ...opts.chmod })) argv.push('--chmod', `${node}=${mode.toString(8)}`)
  if (control) argv.push('--control', control)
  return argv
}

export function readWriteLog(dir: string): WriteLogEntry[] {
  const file = path.join(dir, 'writes.jsonl')
  if (!fs.existsSync(file)) return []
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as WriteLogEntry)
}

function spawnRunner(room: Room, cmd: string, args: string[], opts: RunOptions, control?: string, stdin: 'pipe' | 'ignore' = 'ignore') {
  const tmpDir = makeTmpDir()
  const [c, a] = userWrap(cmd, args, opts.asUser)
  const argv = [...writeInputs(room, tmpDir, opts, control?.replace('%TMP%', tmpDir)), '--', c, ...a]
  // TMPDIR puts umockdev's testbed inside our tmp dir, so one rm cleans everything up.
  const child = spawn(SYSTEM_PYTHON, argv, {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env, TMPDIR: tmpDir },
    stdio: [stdin, 'pipe', 'pipe']
  })
  return { child, tmpDir }
}

function collect(child: ChildProcess, tmpDir: string, opts: RunOptions): Promise<RunResult> {
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (s: string) => (stdout += s))
  child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s))
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 20_000)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const writes = readWriteLog(tmpDir)
      if (!opts.keepTmp) fs.rmSync(tmpDir, { recursive: true, force: true })
      resolve({ code: code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : null), stdout, stderr, writes, tmpDir })
    })
  })
}

/** Run `cmd` to completion inside the simulated room. */
export function runUnderRoom(room: Room, cmd: string, args: string[] = [], opts: RunOptions = {}): Promise<RunResult> {
  const { child, tmpDir } = spawnRunner(room, cmd, args, opts)
  return collect(child, tmpDir, opts)
}

/** Line-buffered view of a stream, with a wait for the first (new or past) line matching a predicate. */
export class LineReader {
  readonly lines: string[] = []
  private waiters: Array<() => void> = []
  private ended = false

  constructor(stream: NodeJS.ReadableStream) {
    let partial = ''
    stream.setEncoding('utf8')
    stream.on('data', (s: string) => {
      const parts = (partial + s).split('\n')
      partial = parts.pop() ?? ''
      this.lines.push(...parts)
      this.wake()
    })
    stream.on('end', () => {
      if (partial) this.lines.push(partial)
      this.ended = true
      this.wake()
    })
  }

  private wake() {
    const w = this.waiters
    this.waiters = []
    w.forEach((f) => f())
  }

  /** Resolves with the first line (from index `from`) matching; rejects on timeout or end of stream. */
  async waitForLine(predicate: (line: string) => boolean, timeoutMs = 10_000, from = 0): Promise<string> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const hit = this.lines.slice(from).find(predicate)
      if (hit !== undefined) return hit
      if (this.ended) throw new Error(`stream ended without a matching line; got:\n${this.lines.join('\n')}`)
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`timed out after ${timeoutMs} ms waiting for a line; got:\n${this.lines.join('\n')}`)
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left)
        this.waiters.push(() => {
          clearTimeout(t)
          resolve()
        })
      })
    }
  }

  /** Parsed JSON lines (non-JSON lines skipped). */
  json<T = unknown>(): T[] {
    return this.lines.flatMap((l) => {
      try {
        return [JSON.parse(l) as T]
      } catch {
        return []
      }
    })
  }
}

export interface RunningRoom {
  /** The runner process; its stdin pipe is passed through to the command. */
  child: ChildProcess
  stdout: LineReader
  stderr: LineReader
  /** Current room including hotplugged devices (for sysPath/devNode/hidrawNodes lookups). */
  readonly room: Room
  /** Plug devices in (hubs before their children); resolves once the add uevents were sent. */
  add(devices: SimUsbDevice[]): Promise<void>
  /** Unplug a device and everything below it. */
  remove(device: SimUsbDevice): Promise<void>
  chmod(node: string, mode: number): Promise<void>
  /** SIGTERM the runner (forwarded to the command) and collect the result. */
  stop(signal?: NodeJS.Signals): Promise<RunResult>
  /** Resolves when the command exits by itself. */
  exited: Promise<RunResult>
}

/** Start a long-running command (a --watch CLI, a loopback server) in a room that supports hotplug. */
export async function startRoom(room: Room, cmd: string, args: string[] = [], opts: RunOptions = {}): Promise<RunningRoom> {
  const { child, tmpDir } = spawnRunner(room, cmd, args, { ...opts, timeoutMs: opts.timeoutMs ?? 120_000 }, '%TMP%/control.sock', 'pipe')
  const sockPath = path.join(tmpDir, 'control.sock')
  const stdout = new LineReader(child.stdout!)
  const stderr = new LineReader(child.stderr!)
  let stdoutText = ''
  let stderrText = ''
  const exited = new Promise<RunResult>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => {
      stdoutText = stdout.lines.join('\n')
      stderrText = stderr.lines.join('\n')
      const writes = readWriteLog(tmpDir)
      if (!opts.keepTmp) fs.rmSync(tmpDir, { recursive: true, force: true })
      resolve({
        code: code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : null),
        stdout: stdoutText,
        stderr: stderrText,
        writes,
        tmpDir
      })
    })
  })
  const killTimer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000)
  void exited.then(() => clearTimeout(killTimer))

  const conn = await connectWithRetry(sockPath, 5_000, exited)
  const replies = new LineReader(conn)
  let seen = 0
  let queue = Promise.resolve()
  const send = (cmd: object): Promise<void> => {
    const run = queue.then(async () => {
      const index = seen++
      conn.write(JSON.stringify(cmd) + '\n')
      await replies.waitForLine((l) => l.trim() !== '', 10_000, index)
      const line = replies.lines[index] ?? ''
      const reply = JSON.parse(line) as { ok: boolean; error?: string }
      if (!reply.ok) throw new Error(`runner ${JSON.stringify((cmd as { op?: string }).op)} failed: ${reply.error}`)
    })
    queue = run.catch(() => undefined)
    return run
  }

  let current = room
  return {
    child,
    stdout,
    stderr,
    get room() {
      return current
    },
    async add(devices) {
      const { text, room: next, side } = describeAddition(current, devices)
      current = next
      await send({ op: 'add', umockdev: text, hidraw: side.hidraw, usb: side.usb, chmod: side.chmod })
    },
    remove: (device) => send({ op: 'remove', syspath: current.sysPath(device) }),
    chmod: (node, mode) => send({ op: 'chmod', node, mode }),
    async stop(signal = 'SIGTERM') {
      conn.end()
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
    exited
  }
}

async function connectWithRetry(sockPath: string, timeoutMs: number, exited: Promise<RunResult>): Promise<net.Socket> {
  const deadline = Date.now() + timeoutMs
  let gone: RunResult | undefined
  void exited.then((r) => (gone = r))
  for (;;) {
    if (gone) throw new Error(`runner exited (code ${gone.code}) before its control socket was ready:\n${gone.stderr}`)
    if (fs.existsSync(sockPath)) {
      const sock = net.connect(sockPath)
      try {
        await once(sock, 'connect')
        return sock
      } catch {
        sock.destroy()
      }
    }
    if (Date.now() > deadline) throw new Error(`control socket ${sockPath} not ready after ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 25))
  }
}
