// The actions at the right of a screen's answer line: whether the view is live, and one copy
// button whose text falls back to a manual-copy dialog where the clipboard is unavailable.
import { useState, type ReactElement, type ReactNode } from 'react'
import { CopyButton } from '../clipboard/CopyButton'
import { ManualCopyDialog } from '../clipboard/ManualCopyDialog'
import { LiveIndicator } from '../live/LiveIndicator'
import type { LinkState } from '../transport/transport'

export interface CopyAction {
  value: string
  text: string
  label: string
  dialogLabel: string
  rows: number
  /** Nothing to copy yet (an empty room): the button shows but does nothing. */
  disabled?: boolean
}

export function SummaryActions({ link, copy, children }: { link: LinkState; copy: CopyAction; children?: ReactNode }): ReactElement {
  const [manualText, setManualText] = useState<string | null>(null)
  return (
    <>
      <div className="summary__actions">
        <LiveIndicator state={link} />
        <CopyButton
          value={copy.value}
          text={copy.text}
          label={copy.label}
          className="button button--secondary"
          onFailed={() => setManualText(copy.value)}
          disabled={copy.disabled}
        />
        {children}
      </div>
      <ManualCopyDialog text={manualText} label={copy.dialogLabel} rows={copy.rows} onClose={() => setManualText(null)} />
    </>
  )
}
