// One present part of a system, as a tile: status first (the verdict of the health findings about
// this part, on the same scale as the system pill and the Health screen), then the facts support
// asks for (serial, firmware, link, place in the USB tree), then what is wrong and how to fix it.
import type { ReactElement } from 'react'
import type { Device, Finding, Severity } from '../../../shared/contract'
import { findingsOfPart, worstSeverity } from '../../../shared/wording'
import { ChipHealth } from '../ui/ChipHealth'
import { CopyButton } from '../clipboard/CopyButton'
import { DeviceErrorMessage } from './DeviceErrorMessage'
import { AttentionIcon, ErrorIcon } from '../icons/icons'
import {
  displayName,
  FIRMWARE_SOURCE_LABEL,
  locationText,
  MODE_HINT,
  MODE_LABEL,
  PART_STATUS_TEXT,
  partStatus,
  speedText,
  speedTier,
  vidPid,
  firmwareText,
  headlineComponents
} from '../ui/device-format'
import { StatusIcon } from '../ui/StatusIcon'
import { VERDICT_STATUS } from './SummaryHeader'

export function PartChip({
  device,
  arrived = false,
  findings = null,
  healthErrors = []
}: {
  device: Device
  arrived?: boolean
  /** The health report's findings; null until it is known. */
  findings?: readonly Finding[] | null
  healthErrors?: Finding[]
}): ReactElement {
  const status = partStatus(device.id, findings)
  const mark = status === 'pending' ? 'empty' : VERDICT_STATUS[status]
  // Each problem under the tile is drawn at its finding's severity too: a note as a note, a
  // bootloader (an error) as an error.
  const own = findings ? findingsOfPart(findings, device.id) : []
  const severityOf = (check: string): Severity | undefined => worstSeverity(own.filter((f) => f.check === check)) ?? undefined
  const modeError = severityOf('device-mode') === 'error'
  const name = displayName(device)
  const modeLabel = device.mode === 'normal' ? null : MODE_LABEL[device.mode]
  // What the admin compares with Logi Sync (a Rally Bar's release and CollabOS) comes first, labelled.
  const main = headlineComponents(device)
  const classes = ['chip', `chip--${status}`, arrived ? 'chip--arrived' : ''].filter(Boolean).join(' ')

  return (
    <article
      className={classes}
      aria-label={`${name}: ${PART_STATUS_TEXT[status]}${modeLabel ? `, ${modeLabel}` : ''}`}
      data-device-id={device.id}
      data-verdict={status}
    >
      <header className="chip__head">
        <span className={`status-mark status-mark--${mark}`}>{mark === 'empty' ? null : <StatusIcon status={mark} />}</span>
        <div className="chip__title">
          <h3 className="chip__name">{name}</h3>
          <p className="chip__state">
            {PART_STATUS_TEXT[status]}
            {modeLabel ? <span className={`badge badge--mode badge--${device.mode}`}>{modeLabel}</span> : null}
          </p>
        </div>
      </header>

      <dl className="facts">
        {main.map((c) => (
          <div className="facts__row facts__row--version" key={`headline-${c.name}`}>
            <dt>{c.name.charAt(0).toUpperCase() + c.name.slice(1)}</dt>
            <dd>
              <span className="mono selectable">{c.version}</span>
              <CopyButton value={c.version} label={`Copy ${c.name} version of ${name}`} />
            </dd>
          </div>
        ))}
        <div className="facts__row">
          <dt>Serial</dt>
          <dd>
            {device.serial ? (
              <>
                <span className="mono selectable">{device.serial}</span>
                <CopyButton value={device.serial} label={`Copy serial of ${name}`} />
              </>
            ) : (
              <span className="muted">not reported</span>
            )}
          </dd>
        </div>
        <div className="facts__row">
          <dt>Firmware</dt>
          <dd>
            {device.firmware ? (
              <>
                <span className="mono selectable">{device.firmware}</span>
                <CopyButton value={device.firmware} label={`Copy firmware version of ${name}`} />
              </>
            ) : (
              <span className="muted">{firmwareText(device)}</span>
            )}
          </dd>
        </div>
        <div className="facts__row">
          <dt>Link</dt>
          <dd>
            <span className={`badge badge--speed badge--${speedTier(device.speed)}`}>{speedText(device.speed, device.speedSource)}</span>
          </dd>
        </div>
        <div className="facts__row">
          <dt>Location</dt>
          <dd>{locationText(device)}</dd>
        </div>
      </dl>

      {device.errors.length > 0 || device.mode !== 'normal' ? (
        <ul className="device-errors" aria-label={`Problems with ${name}`}>
          {device.mode !== 'normal' ? (
            <li className={`device-error device-error--mode${modeError ? ' device-error--error' : ''}`}>
              {modeError ? (
                <ErrorIcon size={16} className="device-error__icon" />
              ) : (
                <AttentionIcon size={16} className="device-error__icon" />
              )}
              <div className="device-error__body">
                <p className="device-error__title">{MODE_LABEL[device.mode]}</p>
                <p className="device-error__text">{MODE_HINT[device.mode]}</p>
              </div>
            </li>
          ) : null}
          {device.errors.map((e, i) => (
            <DeviceErrorMessage key={`${e.code}-${i}`} error={e} deviceName={name} note={severityOf(`device-${e.code}`) === 'info'} />
          ))}
        </ul>
      ) : null}

      {healthErrors.length ? <ChipHealth findings={healthErrors} deviceName={name} /> : null}

      <details className="chip__more">
        <summary>Technical details</summary>
        <dl className="facts facts--compact">
          <div className="facts__row">
            <dt>USB ID</dt>
            <dd className="mono">{vidPid(device)}</dd>
          </div>
          <div className="facts__row">
            <dt>Reports as</dt>
            <dd>{device.usbProduct ?? <span className="muted">no product string</span>}</dd>
          </div>
          {device.firmwareSource ? (
            <div className="facts__row">
              <dt>Firmware via</dt>
              <dd>{FIRMWARE_SOURCE_LABEL[device.firmwareSource]}</dd>
            </div>
          ) : null}
          {device.components
            .filter((c) => !main.includes(c))
            .map((c) => (
              <div className="facts__row" key={`component-${c.name}`}>
                <dt>{c.name}</dt>
                <dd className="mono selectable">{c.version}</dd>
              </div>
            ))}
          <div className="facts__row">
            <dt>Part</dt>
            <dd className="mono">{device.part}</dd>
          </div>
          <div className="facts__row">
            <dt>Device id</dt>
            <dd className="mono">{device.id}</dd>
          </div>
        </dl>
      </details>
    </article>
  )
}
