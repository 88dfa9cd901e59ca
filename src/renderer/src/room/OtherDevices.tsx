// Logitech devices that are not part of a recognised room system: still listed with everything
// that could be read, because support may need them.
import type { ReactElement } from 'react'
import type { Device, Finding } from '../../../shared/contract'
import { PartChip } from './PartChip'

export function OtherDevices({
  devices,
  arrived,
  findings,
  healthErrors
}: {
  devices: Device[]
  arrived: ReadonlySet<string>
  /** The health report's findings, for each part's status; null until it is known. */
  findings: readonly Finding[] | null
  healthErrors: ReadonlyMap<string, Finding[]>
}): ReactElement {
  return (
    <section className="card other-devices" aria-labelledby="other-devices-title">
      <header className="card__head">
        <div>
          <h2 className="card__title" id="other-devices-title">
            Other Logitech devices
          </h2>
          <p className="card__subtitle">Connected, but not part of a room system this app recognises.</p>
        </div>
      </header>
      <ul className="chip-grid" aria-label="Other Logitech devices">
        {devices.map((d) => (
          <li key={d.id}>
            <PartChip device={d} arrived={arrived.has(d.id)} findings={findings} healthErrors={healthErrors.get(d.id)} />
          </li>
        ))}
      </ul>
    </section>
  )
}
