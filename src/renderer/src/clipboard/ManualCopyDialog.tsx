// Where the clipboard is not available (an insecure context, a browser that refuses), the text
// is shown selected so it can be copied by hand.
import type { ReactElement } from 'react'

export function ManualCopyDialog({ text, label, rows, onClose }: { text: string | null; label: string; rows: number; onClose: () => void }): ReactElement | null {
  if (text === null) return null
  return (
    <div className="manual-copy" role="dialog" aria-label={label}>
      <p>The clipboard is not available here. Select the text below and copy it.</p>
      <textarea className="manual-copy__text" readOnly value={text} rows={rows} onFocus={(e) => e.currentTarget.select()} autoFocus />
      <button type="button" className="button button--secondary" onClick={onClose}>
        Close
      </button>
    </div>
  )
}
