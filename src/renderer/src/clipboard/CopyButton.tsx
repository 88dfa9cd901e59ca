// A small icon button that copies one value and says so: "Copied" for a moment, in text and in
// an aria-live region, so the confirmation does not depend on seeing a colour change.
import { useEffect, useRef, useState, type ReactElement } from 'react'
import { CheckIcon, CopyIcon } from '../icons/icons'
import { copyText } from './copy-text'

export interface CopyButtonProps {
  value: string
  /** Spoken and shown as tooltip, e.g. "Copy serial of Rally Camera". */
  label: string
  /** Show a text label next to the icon instead of an icon-only button. */
  text?: string
  className?: string
  /** Called when copying failed, so the caller can show the text to select by hand. */
  onFailed?: () => void
  /** Nothing to copy: shown, but not pressable. */
  disabled?: boolean
}

type Phase = 'idle' | 'copied' | 'failed'

export function CopyButton({ value, label, text, className, onFailed, disabled }: CopyButtonProps): ReactElement {
  const [phase, setPhase] = useState<Phase>('idle')
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    []
  )

  async function onClick(): Promise<void> {
    const ok = await copyText(value)
    setPhase(ok ? 'copied' : 'failed')
    if (!ok) onFailed?.()
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => setPhase('idle'), 1800)
  }

  const status = phase === 'copied' ? 'Copied' : phase === 'failed' ? 'Copy failed' : ''
  const classes = [
    'copy-button',
    text ? 'copy-button--text' : 'copy-button--icon',
    phase !== 'idle' ? `copy-button--${phase}` : '',
    className ?? ''
  ]
    .filter(Boolean)
    .join(' ')

  return (
    <button type="button" className={classes} onClick={() => void onClick()} aria-label={label} title={label} disabled={disabled}>
      {phase === 'copied' ? <CheckIcon size={text ? 16 : 14} /> : <CopyIcon size={text ? 16 : 14} />}
      {text ? <span>{phase === 'idle' ? text : status}</span> : null}
      <span className="visually-hidden" aria-live="polite">
        {status}
      </span>
    </button>
  )
}
