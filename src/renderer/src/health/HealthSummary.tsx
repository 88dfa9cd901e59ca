// The answer line of the Health screen: how many problems, how much was checked, and the one
// action support wants next — the findings as plain text.
import type { ReactElement } from 'react'
import type { HealthReport } from '../../../shared/contract'
import { SummaryActions } from '../app/SummaryActions'
import { OkIcon, PlugIcon } from '../icons/icons'
import type { LinkState } from '../transport/transport'
import { allNodes, countsLine, worstSeverity } from './health-model'
import { SeverityIcon } from './SeverityIcon'

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

function checkedLine(report: HealthReport): string {
  const parts = allNodes(report.topology).filter((n) => n.kind === 'device').length
  if (report.topology.length === 0) return 'No room device is connected over USB, so there is nothing to check yet.'
  return `Checked ${plural(parts, 'part')} on ${plural(report.topology.length, 'USB bus', 'USB buses')}: links, hubs, missing parts, modes, access and firmware.`
}

export function HealthSummary({ report, copyText, link }: { report: HealthReport; copyText: string; link: LinkState }): ReactElement {
  const worst = worstSeverity(report.findings.filter((f) => f.severity !== 'info'))
  // With nothing connected there is nothing to call healthy.
  const empty = report.topology.length === 0 && report.findings.length === 0
  const status = worst === 'error' ? 'missing' : worst === 'warning' ? 'attention' : empty ? 'empty' : 'ok'
  return (
    <section className={`summary summary--${status} health-summary`} aria-labelledby="health-headline">
      <span className={`summary__mark status-mark status-mark--${status}`}>{worst ? <SeverityIcon severity={worst} size={28} /> : empty ? <PlugIcon size={28} /> : <OkIcon size={28} />}</span>
      <div className="summary__text">
        <h1 id="health-headline" className="summary__headline">
          {empty ? 'Nothing connected to check' : countsLine(report.counts)}
        </h1>
        <p className="health-summary__checked">{checkedLine(report)}</p>
      </div>
      <SummaryActions link={link} copy={{ value: copyText, text: 'Copy findings', label: 'Copy the findings as plain text', dialogLabel: 'Findings to copy', rows: 10 }} />
    </section>
  )
}
