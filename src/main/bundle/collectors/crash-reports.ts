// Crash reports. This app's own (Electron crashReporter minidumps) are process memory: only
// their metadata goes in by default, each dump only by an explicit per-file opt-in. OS crash
// reports of relevant processes are text: macOS .ips, Windows WER Report.wer, Linux
// `coredumpctl info` records (and apport's /var/crash).
import { homedir } from 'node:os'
import { basename, join } from 'node:path'
import type { OmittedItem } from '../../../shared/contract'
import { listFiles, logSources, type FoundFile } from '../log-files'
import { CommandMissingError, runCommand } from '../run-command'
import { RELEVANT_PROCESS } from './host'
import { ok, skipped, type CollectContext, type Collector, type Source } from './types'

const PRODUCT_NAME = 'Logi Room Diagnostics'

/** Electron's default crashDumps folder (userData/Crashpad) per OS; LOGI_DIAG_CRASH_DIR overrides. */
export function appCrashDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home = homedir()): string {
  if (env.LOGI_DIAG_CRASH_DIR) return env.LOGI_DIAG_CRASH_DIR
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), PRODUCT_NAME, 'Crashpad')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME, 'Crashpad')
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT_NAME, 'Crashpad')
}

async function found(root: string, name: RegExp): Promise<FoundFile[]> {
  return listFiles(root, name).catch(() => [])
}

async function appDumps(ctx: CollectContext): Promise<{ sources: Source[]; omitted: OmittedItem[] }> {
  const dumps = (await found(appCrashDir(ctx.platform, ctx.env), /\.dmp$/i)).filter((f) => f.mtimeMs >= ctx.since.getTime())
  if (dumps.length === 0) return { sources: [], omitted: [] }
  const lines = dumps.map((d) => `${new Date(d.mtimeMs).toISOString()}  ${String(d.size).padStart(10)} bytes  ${basename(d.path)}`)
  const meta: Source = {
    collector: 'crash-reports',
    bundlePath: 'crash/app/dumps.txt',
    content: {
      kind: 'text',
      text: `Crash dumps of this app in the time window (the dumps themselves are included only when you opt in per file):\n${lines.join('\n')}\n`
    },
    mtimeMs: Math.max(...dumps.map((d) => d.mtimeMs)),
    essential: false
  }
  const files: Source[] = dumps.map((d) => ({
    collector: 'crash-reports',
    bundlePath: `crash/app/${basename(d.path)}`,
    content: { kind: 'file', path: d.path },
    mtimeMs: d.mtimeMs,
    essential: false,
    binary: true
  }))
  return { sources: [meta, ...files], omitted: [] }
}

async function linuxCores(ctx: CollectContext): Promise<{ sources: Source[]; note: string }> {
  const since = `--since=@${Math.floor(ctx.since.getTime() / 1000)}`
  let list
  try {
    list = await runCommand('coredumpctl', ['--no-pager', '--no-legend', since, 'list'], {
      timeoutMs: 15_000,
      maxBytes: 1 << 20,
      signal: ctx.signal
    })
  } catch (err) {
    if (err instanceof CommandMissingError) return { sources: [], note: 'coredumpctl is not installed' }
    throw err
  }
  const relevant = list.lines.filter((l) => RELEVANT_PROCESS.test(l)).slice(-20)
  const sources: Source[] = []
  for (const line of relevant) {
    const pid = line.trim().split(/\s+/)[4]
    if (!pid || !/^\d+$/.test(pid)) continue
    const info = await runCommand('coredumpctl', ['--no-pager', 'info', pid], {
      timeoutMs: 15_000,
      maxBytes: ctx.perSourceBytes,
      signal: ctx.signal
    })
    sources.push({
      collector: 'crash-reports',
      bundlePath: `crash/os/coredump-${pid}.txt`,
      content: { kind: 'text', text: info.lines.join('\n') + '\n' },
      mtimeMs: Date.now(),
      essential: false
    })
  }
  return { sources, note: `coredumpctl: ${relevant.length} relevant of ${list.lines.length} in the window` }
}

export const crashReportsCollector: Collector = {
  id: 'crash-reports',
  title: 'Crash reports',
  explanation: 'Crash reports of this app (details only; a dump itself only if you opt in) and of meeting apps and Logitech software.',
  timeoutMs: 45_000,
  availableOn: () => true,
  async collect(ctx) {
    const app = await appDumps(ctx)
    const sources = [...app.sources]
    const omitted = [...app.omitted]
    const notes: string[] = []
    let osChannel = true
    const relevantFiles = async (root: string, name: RegExp, prefix: string): Promise<void> => {
      const files = (await found(root, name)).filter((f) => RELEVANT_PROCESS.test(f.rel))
      const r = logSources(files, 'crash-reports', prefix, ctx.since)
      sources.push(...r.sources)
      omitted.push(...r.omitted)
    }
    if (ctx.platform === 'darwin') {
      await relevantFiles(join(homedir(), 'Library', 'Logs', 'DiagnosticReports'), /\.(?:ips|crash)$/i, 'crash/os/user')
      await relevantFiles('/Library/Logs/DiagnosticReports', /\.(?:ips|crash)$/i, 'crash/os/system')
    } else if (ctx.platform === 'win32') {
      const wer = join(ctx.env.ProgramData || 'C:\\ProgramData', 'Microsoft', 'Windows', 'WER')
      await relevantFiles(join(wer, 'ReportArchive'), /\.wer$/i, 'crash/os/wer-archive')
      await relevantFiles(join(wer, 'ReportQueue'), /\.wer$/i, 'crash/os/wer-queue')
    } else if (ctx.platform === 'linux') {
      const cores = await linuxCores(ctx)
      sources.push(...cores.sources)
      notes.push(cores.note)
      if (cores.note.includes('not installed')) osChannel = false
      await relevantFiles('/var/crash', /\.crash$/i, 'crash/os/apport')
    } else osChannel = false
    if (sources.length === 0 && !osChannel)
      return skipped(`no crash reports of this app in the time window; ${notes.join('; ') || `no OS crash reports on ${ctx.platform}`}`)
    return ok(sources, omitted, notes.join('; ') || null)
  }
}
