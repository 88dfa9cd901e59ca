// One room system (a Rally, a MeetUp, …) as the physical thing on the table: its parts in
// order, the missing ones as placeholders where they would be.
import type { ReactElement } from 'react'
import type { Finding } from '../../../shared/contract'
import { MissingPartChip } from './MissingPartChip'
import { PartChip } from './PartChip'
import { Peripherals } from './Peripherals'
import { systemCountLine, type SystemView } from './room-model'
import { StatusIcon } from '../ui/StatusIcon'
import { PART_STATUS_TEXT } from '../ui/device-format'
import { VERDICT_STATUS } from './SummaryHeader'

/** The pill on the card: its colour is the health verdict for this system's parts (the same one
 *  the Health screen shows); its words say what is absent, if anything. */
export function systemVerdict(s: SystemView): { status: 'ok' | 'attention' | 'missing' | 'pending'; text: string } {
  const status = s.verdict ? VERDICT_STATUS[s.verdict] : 'pending'
  if (s.missing) return { status, text: `${s.missing} missing` }
  if (s.unplugged.length) return { status, text: `${s.unplugged.length} not connected` }
  if (s.verdict === 'error' || s.verdict === 'warning') return { status, text: PART_STATUS_TEXT[s.verdict] }
  return { status, text: s.verdict ? 'Complete' : 'Checking…' }
}

export function SystemCard({
  system,
  arrived,
  findings,
  healthErrors
}: {
  system: SystemView
  arrived: ReadonlySet<string>
  /** The health report's findings, for each part's status; null until it is known. */
  findings: readonly Finding[] | null
  /** Error findings per device id, shown compactly on each part. */
  healthErrors: ReadonlyMap<string, Finding[]>
}): ReactElement {
  const headingId = `system-${system.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`
  const verdict = systemVerdict(system)
  return (
    <section className="card system-card" aria-labelledby={headingId} data-product={system.product}>
      <header className="card__head">
        <div>
          <h2 className="card__title" id={headingId}>
            {system.label}
          </h2>
          <p className="card__subtitle">{systemCountLine(system)}</p>
        </div>
        <span className={`pill pill--${verdict.status}`}>
          {verdict.status === 'pending' ? null : <StatusIcon status={verdict.status} size={14} />}
          {verdict.text}
        </span>
      </header>
      <ul className="chip-grid" aria-label={`Parts of ${system.label}`}>
        {system.slots.map((slot) => (
          <li key={slot.key}>
            {slot.kind === 'present' ? (
              <PartChip
                device={slot.device}
                arrived={arrived.has(slot.device.id)}
                findings={findings}
                healthErrors={healthErrors.get(slot.device.id)}
              />
            ) : (
              <MissingPartChip product={system.product} label={slot.label} />
            )}
          </li>
        ))}
      </ul>
      {system.peripherals.length ? <Peripherals system={system} /> : null}
    </section>
  )
}
