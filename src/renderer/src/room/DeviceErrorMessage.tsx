// A device error in plain words: what it means and what to do (src/shared/wording). The
// library's own text (LIBUSB_ERROR_IO, "ioctl … Broken pipe") sits under technical detail. When
// the message carries a shell command (the Linux permission fix does), the command is set apart
// with its own copy button.
import { Fragment, type ReactElement } from 'react'
import type { DeviceError } from '../../../shared/contract'
import { CopyButton } from '../clipboard/CopyButton'
import { AttentionIcon, BlockedIcon, InfoIcon } from '../icons/icons'
import { ERROR_TITLE } from '../ui/device-format'
import { errorAdvice, errorTechnical } from '../../../shared/wording'

/** Splits "…: sudo a && sudo b, then replug." into prose, command, prose. */
export function splitCommand(message: string): { before: string; command: string | null; after: string } {
  const m = /\b((?:sudo|logi-diag)\s.+?)(?=,\s*then\b|\.\s*$|$)/.exec(message)
  if (!m) return { before: message, command: null, after: '' }
  return {
    before: message.slice(0, m.index).trimEnd(),
    command: m[1]!.trim(),
    after: message
      .slice(m.index + m[0].length)
      .replace(/^,\s*/, '')
      .trim()
  }
}

/** One command per line. A line wraps only between words and after a path's slashes (not the
 *  leading one: "/etc/" stays whole): each piece between those points is kept whole
 *  (`command__piece`, nowrap), so "udevadm" or "70-logi-room-diagnostics.rules" is never split,
 *  not even at its hyphens. */
export function CommandLines({ command }: { command: string }): ReactElement {
  const lines = command.split(/\s+&&\s+/)
  return (
    <code className="command__text">
      {lines.map((line, i) => (
        <span key={i} className="command__line">
          {line.split(' ').map((word, w) => (
            <Fragment key={w}>
              {w > 0 ? ' ' : null}
              {word.split(/(?<=[^/]\/)(?=[^/])/).map((piece, j) => (
                <Fragment key={j}>
                  {j > 0 ? <wbr /> : null}
                  <span className="command__piece">{piece}</span>
                </Fragment>
              ))}
            </Fragment>
          ))}
          {i < lines.length - 1 ? <span className="command__joiner"> &amp;&amp;</span> : null}
        </span>
      ))}
    </code>
  )
}

export function DeviceErrorMessage({
  error,
  deviceName,
  note = false
}: {
  error: DeviceError
  deviceName: string
  /** Its health finding is only a note (an unreadable name): drawn as one, not as a warning. */
  note?: boolean
}): ReactElement {
  const { before, command, after } = splitCommand(errorAdvice(error))
  const technical = errorTechnical(error)
  const Icon = note ? InfoIcon : error.code === 'permission' ? BlockedIcon : AttentionIcon
  return (
    <li className={`device-error device-error--${error.code}${note ? ' device-error--note' : ''}`}>
      <Icon size={16} className="device-error__icon" />
      <div className="device-error__body">
        <p className="device-error__title">{ERROR_TITLE[error.code]}</p>
        <p className="device-error__text">{before}</p>
        {command ? (
          <div className="command">
            <CommandLines command={command} />
            <CopyButton value={command} label={`Copy the command that fixes access to ${deviceName}`} />
          </div>
        ) : null}
        {after ? <p className="device-error__text">{after.charAt(0).toUpperCase() + after.slice(1)}</p> : null}
        {technical ? (
          <details className="device-error__technical">
            <summary>Technical detail</summary>
            <p className="mono selectable">{technical}</p>
          </details>
        ) : null}
      </div>
    </li>
  )
}
