// Peak RSS over a stretch of work. A timer sampling RSS misses the peaks (a busy stream keeps the
// event loop from running it for long stretches: it read 188 MB where the kernel's high-water mark
// said 268 MB). Linux keeps that mark (VmHWM) and resets it when 5 is written to clear_refs, so the
// figure is exact there; elsewhere it falls back to sampling, and says so.
import { readFileSync, writeFileSync } from 'node:fs'

function highWaterMark(): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'))
    return m ? Number(m[1]) * 1024 : undefined
  } catch {
    return undefined
  }
}

export interface PeakRss {
  /** bytes */
  peak: number
  exact: boolean
}

/** Starts measuring; the returned function stops and gives the peak since the start. */
export function measurePeakRss(): () => PeakRss {
  let exact = false
  try {
    writeFileSync('/proc/self/clear_refs', '5')
    exact = highWaterMark() !== undefined
  } catch {
    exact = false
  }
  let sampled = process.memoryUsage.rss()
  const timer = exact ? undefined : setInterval(() => (sampled = Math.max(sampled, process.memoryUsage.rss())), 20)
  return () => {
    if (timer) clearInterval(timer)
    const now = process.memoryUsage.rss()
    return exact ? { peak: Math.max(highWaterMark() ?? 0, now), exact } : { peak: Math.max(sampled, now), exact }
  }
}
