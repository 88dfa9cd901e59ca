// The actions at the right of a screen's answer line: whether the view is live, and one copy
// button whose text falls back to a manual-copy dialog where the clipboard is unavailable.
import { useState, type ReactElement } from 'react'
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
}

export function SummaryActions({ link, copy }: { link: LinkState; copy: CopyAction }): ReactElement {
  const [manualText, setManualText] = useState<string | null>(null)
  return (
    <>
      <div className="summary__actions">
        <LiveIndicator state={link} />
        <CopyButton value={copy.value} text={copy.text} label={copy.label} className="button button--secondary" onFailed={() => setManualText(copy.value)} />
      </div>
      <ManualCopyDialog text={manualText} label={copy.dialogLabel} rows={copy.rows} onClose={() => setManualText(null)} />
    </>
  )
}
