// One severity scale and its words. The Room screen's status, the Health screen, the CLI text and
// every copied report derive their verdict from the health findings through these functions, so
// no two places can disagree about how bad something is.
import type { Finding, HealthReport, Severity } from '../contract'
import { plural } from './count'

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

/** The word next to the icon (and in CLI text); the icon's shape says it too. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' }

export const GROUP_TITLE: Record<Severity, string> = { error: 'Needs fixing', warning: 'Worth checking', info: 'Notes' }

/** The most serious severity present, or null when there is nothing at all. */
export function worstSeverity(findings: readonly Pick<Finding, 'severity'>[]): Severity | null {
  for (const s of SEVERITIES) if (findings.some((f) => f.severity === s)) return s
  return null
}

/** The verdict for the room or a part of it: notes never make something look broken. */
export type Verdict = 'error' | 'warning' | 'ok'

export function verdictOf(findings: readonly Pick<Finding, 'severity'>[]): Verdict {
  const worst = worstSeverity(findings)
  return worst === 'error' || worst === 'warning' ? worst : 'ok'
}

/** Findings that concern any of the given devices (a system's parts, one part). */
export function findingsAbout(findings: readonly Finding[], deviceIds: readonly string[]): Finding[] {
  const ids = new Set(deviceIds)
  return findings.filter((f) => f.devices.some((id) => ids.has(id)))
}

/**
 * Checks whose findings name a present part only as the one that tells us something else is absent
 * (a USB part not found, a peripheral it reports as not connected). They make the system's verdict;
 * the part that reported the gap is not at fault, so they do not colour its tile.
 */
export const ABOUT_ABSENT_PARTS: ReadonlySet<string> = new Set(['incomplete-system'])

/** The findings that are about one present part itself: its link, driver, access, mode, reads. */
export function findingsOfPart(findings: readonly Finding[], deviceId: string): Finding[] {
  return findingsAbout(findings, [deviceId]).filter((f) => !ABOUT_ABSENT_PARTS.has(f.check))
}

/** A part tile's verdict: the same scale as the room's and the system's, from that part's findings. */
export function partVerdict(findings: readonly Finding[], deviceId: string): Verdict {
  return verdictOf(findingsOfPart(findings, deviceId))
}

export function countFindings(findings: readonly Pick<Finding, 'severity'>[]): HealthReport['counts'] {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const f of findings) counts[f.severity]++
  return counts
}

/** "2 problems need fixing · 1 warning · 1 note" / "No problems found · 1 note" / "No problems found". */
export function countsLine(counts: HealthReport['counts']): string {
  const bits: string[] = []
  if (counts.error) bits.push(`${plural(counts.error, 'problem')} ${counts.error === 1 ? 'needs' : 'need'} fixing`)
  if (counts.warning) bits.push(plural(counts.warning, 'warning'))
  if (!counts.error && !counts.warning) bits.push('No problems found')
  if (counts.info) bits.push(plural(counts.info, 'note'))
  return bits.join(' · ')
}

/** "2 problems" / "1 warning" / "No problems": the short form for window titles. */
export function shortCountsLine(counts: HealthReport['counts']): string {
  if (counts.error) return plural(counts.error, 'problem')
  if (counts.warning) return plural(counts.warning, 'warning')
  return 'No problems'
}
