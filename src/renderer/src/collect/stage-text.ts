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
/** Stages that got to an answer; a cancelled stage did not. */
const COMPLETED: ReadonlySet<StageStatus> = new Set(['ok', 'skipped', 'failed'])

export function isFinished(status: StageStatus): boolean {
  return FINISHED.has(status)
}

export function isCompleted(status: StageStatus): boolean {
  return COMPLETED.has(status)
}

/** Share of the run that is done; a stopped run counts only the stages that completed. */
export function progressFraction(progress: BundleProgress): number {
  if (progress.phase !== 'cancelled' && progress.phase !== 'failed') return progress.fraction
  return progress.stages.length ? progress.stages.filter((s) => isCompleted(s.status)).length / progress.stages.length : 0
}

/** "Logs from this app — 3 of 9 steps done" (the running stage, or the count alone). */
export function progressSentence(progress: BundleProgress): string {
  const done = progress.stages.filter((s) => isCompleted(s.status)).length
  const of = `${done} of ${progress.stages.length} steps`
  if (progress.phase === 'cancelled' || progress.phase === 'failed') return `Stopped after ${of}`
  const running = progress.stages.find((s) => s.status === 'running')
  return running ? `${running.title} — ${of} done` : `${of} done`
}

export function formatElapsed(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  const s = ms / 1000
  return s < 60 ? `${s < 10 ? s.toFixed(1) : Math.round(s)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`
}
