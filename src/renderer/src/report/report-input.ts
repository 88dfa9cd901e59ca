// What "Copy report" and "Save report" are made of, from the state both screens already hold.
// The time is the last check's, so the report says when the room looked like this.
import type { AppInfo } from '../../../shared/contract'
import type { RoomReportInput } from '../../../shared/report/room-report'
import type { HealthState } from '../ui/useHealth'
import type { RoomState } from '../ui/useRoom'

export function reportInput(info: AppInfo | null, room: RoomState, health: HealthState): RoomReportInput | null {
  if (room.phase !== 'ready') return null
  const ready = health.phase === 'ready' ? health : null
  return { info, snapshot: room.value, health: ready?.value ?? null, at: ready?.loadedAt ?? new Date() }
}
