// The window or tab title says how the room is, so a glance at the taskbar or tab strip answers
// it: "2 problems · Logi Room Diagnostics". The words are the severity scale's short form.
import { shortCountsLine } from '../../../shared/wording'
import type { HealthState } from '../ui/useHealth'

export const APP_TITLE = 'Logi Room Diagnostics'

export function documentTitle(health: HealthState): string {
  return health.phase === 'ready' ? `${shortCountsLine(health.value.counts)} · ${APP_TITLE}` : APP_TITLE
}
