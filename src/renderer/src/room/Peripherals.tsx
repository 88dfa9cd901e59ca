// The parts of a system that are not USB devices (Mic Pods, Mic Pod hubs, speakers, Sight, the
// remote), known only because a USB part reports them. Shown compactly under the USB parts.
import type { ReactElement } from 'react'
import { CopyButton } from '../clipboard/CopyButton'
import type { PeripheralView, SystemView } from './room-model'
import { StatusIcon } from '../ui/StatusIcon'

function PeripheralChip({ item }: { item: PeripheralView }): ReactElement {
  const { peripheral: p } = item
  const status = p.connected ? 'ok' : 'missing'
  const state = p.connected ? 'Connected' : 'Not connected'
  return (
    <article className={`chip chip--compact chip--${status}`} aria-label={`${p.name}: ${state}`}>
      <header className="chip__head">
        <span className={`status-mark status-mark--small status-mark--${status}`}>
          <StatusIcon status={status} size={15} />
        </span>
        <div className="chip__title">
          <h4 className="chip__name">{p.name}</h4>
          <p className="chip__state">{state}</p>
        </div>
      </header>
      <dl className="facts facts--compact">
        {p.serial ? (
          <div className="facts__row">
            <dt>Serial</dt>
            <dd>
              <span className="mono selectable">{p.serial}</span>
              <CopyButton value={p.serial} label={`Copy serial of ${p.name}`} />
            </dd>
          </div>
        ) : null}
        <div className="facts__row">
          <dt>Firmware</dt>
          <dd>
            {p.firmware ? (
              <>
                <span className="mono selectable">{p.firmware}</span>
                <CopyButton value={p.firmware} label={`Copy firmware version of ${p.name}`} />
              </>
            ) : (
              <span className="muted">not reported</span>
            )}
          </dd>
        </div>
      </dl>
    </article>
  )
}

export function Peripherals({ system }: { system: SystemView }): ReactElement {
  const reporters = [...new Set(system.peripherals.map((p) => p.reporter).filter((r): r is string => r !== null))]
  const headingId = `peripherals-${system.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`
  return (
    <div className="peripherals" role="group" aria-labelledby={headingId}>
      <h3 className="peripherals__title" id={headingId}>
        Also part of this {system.product}
      </h3>
      <p className="peripherals__note">Not on USB; reported by {reporters.length ? reporters.join(' and ') : 'the system'}.</p>
      <ul className="chip-grid chip-grid--compact" aria-label={`Other parts of ${system.product}`}>
        {system.peripherals.map((item) => (
          <li key={item.key}>
            <PeripheralChip item={item} />
          </li>
        ))}
      </ul>
    </div>
  )
}
