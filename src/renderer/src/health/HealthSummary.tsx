// The answer line of the Health screen: how many problems, how much was checked, and the same
// actions as the Room screen — re-check, copy or save the report.
import type { ReactElement, ReactNode } from 'react'
import { sectionHref } from '../ui/sections'
import type { HealthReport } from '../../../shared/contract'
import { roomReportText, type RoomReportInput } from '../../../shared/report/room-report'
import { plural, verdictOf } from '../../../shared/wording'
import { SummaryActions } from '../ui/SummaryActions'
import { OkIcon, PlugIcon } from '../icons/icons'
import { ReportActions } from '../report/ReportActions'
import type { LinkState } from '../transport/transport'
import { allNodes, countsLine } from '../ui/health-model'
import { SeverityIcon } from '../ui/SeverityIcon'
import type { Health } from '../ui/useHealth'

function checkedLine(report: HealthReport): ReactNode {
  const parts = allNodes(report.topology).filter((n) => n.kind === 'device').length
  if (report.topology.length === 0) {
    return (
      <>
        No Logitech room device is connected over USB. The <a href={sectionHref('room')}>Room screen</a> says what to connect.
      </>
    )
  }
  return `Checked ${plural(parts, 'part')} on ${plural(report.topology.length, 'USB bus', 'USB buses')}: links, hubs, missing parts, modes, access and firmware.`
}

export function HealthSummary({
  report,
  health,
  input,
  link
}: {
  report: HealthReport
  health: Health
  input: RoomReportInput | null
  link: LinkState
}): ReactElement {
  const verdict = verdictOf(report.findings)
  // With nothing connected there is nothing to call healthy.
  const empty = report.topology.length === 0 && report.findings.length === 0
  const status = verdict === 'error' ? 'missing' : verdict === 'warning' ? 'attention' : empty ? 'empty' : 'ok'
  return (
    <section className={`summary summary--${status} health-summary`} aria-labelledby="health-headline" data-verdict={verdict}>
      <span className={`summary__mark status-mark status-mark--${status}`}>
        {verdict !== 'ok' ? <SeverityIcon severity={verdict} size={28} /> : empty ? <PlugIcon size={28} /> : <OkIcon size={28} />}
      </span>
      <div className="summary__text">
        <h1 id="health-headline" className="summary__headline">
          {empty ? 'Nothing connected to check' : countsLine(report.counts)}
        </h1>
        <p className="health-summary__checked">{checkedLine(report)}</p>
      </div>
      <SummaryActions
        link={link}
        copy={{
          value: input ? roomReportText(input) : '',
          text: 'Copy report',
          label: 'Copy the room report (parts, findings, host and app version) as plain text',
          dialogLabel: 'Room report to copy',
          rows: 12,
          disabled: empty || !input
        }}
      >
        <ReportActions health={health} input={input} />
      </SummaryActions>
    </section>
  )
}
