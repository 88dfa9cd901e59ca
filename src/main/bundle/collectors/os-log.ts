// The operating system's log for the time window, filtered to what matters for a room: USB,
// audio/video devices, conferencing apps and Logitech software. Linux: the journal
// (`journalctl -o json`, reduced to a few fields so machine ids and cursors stay out); macOS:
// `log show` as NDJSON; Windows: System and Application events through PowerShell.
import { CommandMissingError, runCommand, type CommandResult } from '../run-command'
import { ok, skipped, type Collector, type CollectContext, type CollectorOutcome, type Source } from './types'

export const RELEVANT_LOG_LINE =
  /usb|uvc|hid|snd|audio|video|v4l|alsa|pipewire|pulse|wireplumber|logi|046d|zoom|teams|camera|microphone|speaker|xhci|ehci|kernel-pnp/i

const JOURNAL_FIELDS = ['__REALTIME_TIMESTAMP', 'PRIORITY', 'SYSLOG_IDENTIFIER', '_COMM', '_PID', '_TRANSPORT', 'MESSAGE']

/** One `journalctl -o json` line reduced to the fields support needs (no host name, machine or boot id, cursor). */
export function journalLine(line: string): string | null {
  let entry: Record<string, unknown>
  try {
    entry = JSON.parse(line) as Record<string, unknown>
  } catch {
    return null
  }
  const out: Record<string, unknown> = {}
  for (const k of JOURNAL_FIELDS) if (k in entry) out[k] = entry[k]
  // a message that is not valid UTF-8 comes as an array of byte values: as numbers no privacy
  // rule could read it, so it becomes text here
  if (Array.isArray(out['MESSAGE']))
    out['MESSAGE'] = Buffer.from((out['MESSAGE'] as unknown[]).filter((b): b is number => typeof b === 'number')).toString('utf8')
  const us = Number(entry['__REALTIME_TIMESTAMP'])
  if (Number.isFinite(us)) out['time'] = new Date(us / 1000).toISOString()
  return JSON.stringify(out)
}

async function linux(ctx: CollectContext, timeoutMs: number): Promise<CollectorOutcome> {
  const since = `@${Math.floor(ctx.since.getTime() / 1000)}`
  let res: CommandResult
  try {
    res = await runCommand('journalctl', ['--no-pager', '-o', 'json', `--since=${since}`, `--output-fields=${JOURNAL_FIELDS.join(',')}`], {
      timeoutMs,
      maxBytes: ctx.perSourceBytes,
      signal: ctx.signal,
      keep: (l) => RELEVANT_LOG_LINE.test(l)
    })
  } catch (err) {
    if (err instanceof CommandMissingError) return skipped('journalctl is not installed (no systemd journal on this machine)')
    throw err
  }
  if (res.lines.length === 0) {
    if (/no journal files/i.test(res.stderr)) return skipped('the systemd journal has no files on this machine')
    if (res.exitCode !== 0)
      return { status: 'failed', detail: `journalctl exited with ${res.exitCode}: ${res.stderr.slice(0, 300)}`, sources: [], omitted: [] }
  }
  const text = res.lines
    .map(journalLine)
    .filter((l): l is string => l !== null)
    .join('\n')
  const notes = [
    res.timedOut ? `journalctl stopped after ${timeoutMs / 1000} s; entries up to then are kept` : '',
    `${res.lines.length} relevant entries in the time window`
  ].filter(Boolean)
  return ok(
    text
      ? [
          {
            collector: 'os-log',
            bundlePath: 'logs/os/journal.ndjson',
            content: { kind: 'text', text: text + '\n' },
            mtimeMs: Date.now(),
            essential: false
          }
        ]
      : [],
    res.droppedBytes > 0
      ? [{ file: 'logs/os/journal.ndjson', bytes: res.droppedBytes, why: 'older journal entries beyond the per-source cap' }]
      : [],
    notes.join('; ')
  )
}

async function fromCommand(
  ctx: CollectContext,
  timeoutMs: number,
  command: string,
  args: string[],
  bundlePath: string
): Promise<CollectorOutcome> {
  let res: CommandResult
  try {
    res = await runCommand(command, args, { timeoutMs, maxBytes: ctx.perSourceBytes, signal: ctx.signal })
  } catch (err) {
    if (err instanceof CommandMissingError) return skipped(err.message)
    throw err
  }
  if (res.lines.length === 0 && res.exitCode !== 0)
    return { status: 'failed', detail: `${command} exited with ${res.exitCode}: ${res.stderr.slice(0, 300)}`, sources: [], omitted: [] }
  const sources: Source[] = res.lines.length
    ? [
        {
          collector: 'os-log',
          bundlePath,
          content: { kind: 'text', text: res.lines.join('\n') + '\n' },
          mtimeMs: Date.now(),
          essential: false
        }
      ]
    : []
  return ok(
    sources,
    [],
    [res.timedOut ? `${command} stopped after ${timeoutMs / 1000} s` : '', `${res.lines.length} entries in the time window`]
      .filter(Boolean)
      .join('; ')
  )
}

const MAC_PREDICATE =
  'subsystem CONTAINS[c] "usb" OR subsystem CONTAINS[c] "audio" OR subsystem CONTAINS[c] "video" OR subsystem CONTAINS[c] "camera" ' +
  'OR process CONTAINS[c] "zoom" OR process CONTAINS[c] "teams" OR process CONTAINS[c] "logi" OR process == "coreaudiod" OR process == "VDCAssistant"'

function windowsScript(hours: number): string {
  return (
    `Get-WinEvent -FilterHashtable @{LogName='System','Application'; StartTime=(Get-Date).AddHours(-${hours})} -MaxEvents 20000 -ErrorAction SilentlyContinue | ` +
    `Where-Object { $_.ProviderName -match 'USB|Kernel-PnP|Audio|Camera|Zoom|Teams|Logi|UvcDriver|DeviceSetup' } | ` +
    `ForEach-Object { '{0:o} {1} {2} {3}: {4}' -f $_.TimeCreated, $_.LevelDisplayName, $_.ProviderName, $_.Id, ($_.Message -replace '\\r?\\n', ' ') }`
  )
}

export const osLogCollector: Collector = {
  id: 'os-log',
  title: 'System log',
  explanation: "The operating system's log for the time window, only USB, audio/video and meeting-app entries.",
  timeoutMs: 45_000,
  availableOn: (p) => p === 'linux' || p === 'darwin' || p === 'win32',
  async collect(ctx) {
    const budget = this.timeoutMs - 5_000
    const hours = Math.max(1, Math.ceil(ctx.sinceHours))
    if (ctx.platform === 'linux') return linux(ctx, budget)
    if (ctx.platform === 'darwin')
      return fromCommand(
        ctx,
        budget,
        '/usr/bin/log',
        ['show', '--style', 'ndjson', '--last', `${hours}h`, '--predicate', MAC_PREDICATE],
        'logs/os/unified-log.ndjson'
      )
    if (ctx.platform === 'win32')
      return fromCommand(
        ctx,
        budget,
        'powershell.exe',
        ['-NoProfile', '-NonInteractive', '-Command', windowsScript(hours)],
        'logs/os/windows-events.txt'
      )
    return skipped(`no system log reader for ${ctx.platform}`)
  }
}
