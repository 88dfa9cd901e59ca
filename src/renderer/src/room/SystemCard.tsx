// One room system (a Rally, a MeetUp, …) as the physical thing on the table: its parts in
// order, the missing ones as placeholders where they would be.
import type { ReactElement } from 'react'
import type { Finding } from '../../../shared/contract'
import { MissingPartChip } from './MissingPartChip'
import { PartChip } from './PartChip'
import { Peripherals } from './Peripherals'
import { systemCountLine, type SystemView } from './room-model'
import { StatusIcon } from './StatusIcon'

export function systemVerdict(s: SystemView): { status: 'ok' | 'attention' | 'missing'; text: string } {
  if (s.missing) return { status: 'missing', text: `${s.missing} missing` }
  if (s.unplugged.length) return { status: 'missing', text: `${s.unplugged.length} not connected` }
  if (s.problems) return { status: 'attention', text: `${s.problems} need${s.problems === 1 ? 's' : ''} attention` }
  return { status: 'ok', text: 'Complete' }
}

export function SystemCard({
  system,
  arrived,
  healthErrors
}: {
  system: SystemView
  arrived: ReadonlySet<string>
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
            {system.product}
          </h2>
          <p className="card__subtitle">{systemCountLine(system)}</p>
        </div>
        <span className={`pill pill--${verdict.status}`}>
          <StatusIcon status={verdict.status} size={14} />
          {verdict.text}
        </span>
      </header>
      <ul className="chip-grid" aria-label={`Parts of ${system.product}`}>
        {system.slots.map((slot) => (
          <li key={slot.key}>
            {slot.kind === 'present' ? (
              <PartChip device={slot.device} arrived={arrived.has(slot.device.id)} healthErrors={healthErrors.get(slot.device.id)} />
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
