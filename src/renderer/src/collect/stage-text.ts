// Stage statuses in words, and the sentence a screen reader hears as collection moves on.
import type { BundleProgress, StageStatus } from '../../../shared/contract'

export const STAGE_STATUS_TEXT: Record<StageStatus, string> = {
  pending: 'Waiting',
  running: 'In progress',
  ok: 'Done',
  skipped: 'Skipped',
  failed: 'Failed',
  cancelled: 'Cancelled'
}

const FINISHED: ReadonlySet<StageStatus> = new Set(['ok', 'skipped', 'failed', 'cancelled'])

export function isFinished(status: StageStatus): boolean {
  return FINISHED.has(status)
}

/** "Logs from this app — 3 of 9 steps done" (the running stage, or the count alone). */
export function progressSentence(progress: BundleProgress): string {
  const done = progress.stages.filter((s) => isFinished(s.status)).length
  const running = progress.stages.find((s) => s.status === 'running')
  const count = `${done} of ${progress.stages.length} steps done`
  return running ? `${running.title} — ${count}` : count
}

export function formatElapsed(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  const s = ms / 1000
  return s < 60 ? `${s < 10 ? s.toFixed(1) : Math.round(s)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`
}
