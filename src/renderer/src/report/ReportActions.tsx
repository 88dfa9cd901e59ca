// Re-check, the time of the last check, and Save report (plain text or JSON): the actions next to
// "Copy report" on both screens, so the same report leaves the app however it is asked for.
import type { ReactElement } from 'react'
import { reportFileName, roomReportJson, roomReportText, type RoomReportInput } from '../../../shared/report/room-report'
import { RetryIcon } from '../icons/icons'
import type { Health } from '../ui/useHealth'
import { saveFile } from './save-file'

function timeText(at: Date): string {
  return at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' })
}

function SaveButton({
  input,
  kind,
  text,
  title
}: {
  input: RoomReportInput | null
  kind: 'txt' | 'json'
  text: string
  title: string
}): ReactElement {
  const save = (r: RoomReportInput): void =>
    kind === 'txt'
      ? saveFile(reportFileName(r.at, 'txt'), roomReportText(r), 'text/plain')
      : saveFile(reportFileName(r.at, 'json'), roomReportJson(r), 'application/json')
  return (
    <button type="button" className="button button--secondary" disabled={input === null} onClick={() => input && save(input)} title={title}>
      {text}
    </button>
  )
}

export function ReportActions({ health, input }: { health: Health; input: RoomReportInput | null }): ReactElement {
  const checkedAt = health.state.phase === 'ready' ? health.state.loadedAt : null
  const nothing = input === null || input.snapshot.devices.length === 0
  return (
    <div className="report-actions">
      <p className="report-actions__when" aria-live="polite">
        {health.rechecking ? (
          'Checking again…'
        ) : checkedAt ? (
          <>
            Last checked <time dateTime={checkedAt.toISOString()}>{timeText(checkedAt)}</time>
          </>
        ) : (
          'Not checked yet'
        )}
      </p>
      <button type="button" className="button button--secondary" onClick={() => void health.recheck()} disabled={health.rechecking}>
        <RetryIcon size={16} />
        Re-check
      </button>
      <SaveButton input={nothing ? null : input} kind="txt" text="Save report" title="Save the report as a plain-text file" />
      <SaveButton input={nothing ? null : input} kind="json" text="Save JSON" title="Save the report as JSON" />
    </div>
  )
}
