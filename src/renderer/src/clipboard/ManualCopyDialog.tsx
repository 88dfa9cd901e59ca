// Where the clipboard is not available (an insecure context, a browser that refuses), the text
// is shown selected so it can be copied by hand. Escape closes it, and focus goes back to
// whatever opened it.
import { useEffect, useRef, type ReactElement } from 'react'

export function ManualCopyDialog({ text, label, rows, onClose }: { text: string | null; label: string; rows: number; onClose: () => void }): ReactElement | null {
  const opener = useRef<Element | null>(null)
  // Remember the opener before this render moves focus into the text area (autoFocus).
  if (text !== null && opener.current === null) opener.current = document.activeElement
  useEffect(() => {
    if (text !== null || opener.current === null) return
    if (opener.current instanceof HTMLElement) opener.current.focus()
    opener.current = null
  }, [text])
  if (text === null) return null
  return (
    <div className="manual-copy" role="dialog" aria-label={label} onKeyDown={(e) => (e.key === 'Escape' ? onClose() : undefined)}>
      <p>The clipboard is not available here. Select the text below and copy it.</p>
      <textarea className="manual-copy__text" readOnly value={text} rows={rows} onFocus={(e) => e.currentTarget.select()} autoFocus />
      <button type="button" className="button button--secondary" onClick={onClose}>
        Close
      </button>
    </div>
  )
}
