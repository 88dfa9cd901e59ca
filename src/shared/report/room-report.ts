// "Copy report" and "Save report": the room, its findings, the host OS, the app version and the
// time, as plain text for a chat or ticket, or as JSON for tools. Both screens produce the same one.
import type { AppInfo, HealthReport, Snapshot } from '../contract'
import { distinctDeviceNames } from '../wording'
import { roomView } from '../room/room-model'
import { healthText } from './health-text'
import { roomText } from './room-text'

export interface RoomReportInput {
  info: Pick<AppInfo, 'name' | 'version' | 'platform' | 'os'> | null
  snapshot: Snapshot
  /** Null while the health check has not answered yet; the report then says so. */
  health: HealthReport | null
  at: Date
}

export function stamp(at: Date): string {
  return at.toISOString().replace(/\.\d+Z$/, 'Z')
}

/** Device id → the name people know it by, for the findings' "Parts:" lines. */
export function deviceNames(snapshot: Snapshot | null): Map<string, string> {
  return distinctDeviceNames(snapshot?.devices ?? [])
}

export function roomReportText({ info, snapshot, health, at }: RoomReportInput): string {
  const app = info ? `${info.name} ${info.version}` : 'Logi Room Diagnostics'
  const host = info ? `${info.os} (${info.platform})` : 'unknown host'
  const lines = [
    `${app} · ${host} · ${stamp(at)}`,
    '',
    ...roomText(roomView(snapshot, health?.findings ?? null), health, { technical: true }),
    ''
  ]
  if (health) lines.push(...healthText(health, deviceNames(snapshot), { technical: true }))
  else lines.push('Room health: not checked yet')
  return lines.join('\n') + '\n'
}

export function roomReportJson({ info, snapshot, health, at }: RoomReportInput): string {
  const app = info ? { name: info.name, version: info.version, platform: info.platform, os: info.os } : null
  return JSON.stringify({ generatedAt: stamp(at), app, room: snapshot, health }, null, 2) + '\n'
}

/** "logi-room-report-2026-12-04T16-49-38Z.txt": sortable, and valid on every file system. */
export function reportFileName(at: Date, kind: 'txt' | 'json'): string {
  return `logi-room-report-${stamp(at).replace(/:/g, '-')}.${kind}`
}
