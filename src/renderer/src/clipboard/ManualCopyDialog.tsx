// Where the clipboard is not available (an insecure context, a browser that refuses), the text
// is shown selected so it can be copied by hand. A native modal <dialog> keeps focus inside it,
// closes on Escape and gives focus back to whatever opened it.
import { useEffect, useRef, type ReactElement } from 'react'

export function ManualCopyDialog({
  text,
  label,
  rows,
  onClose
}: {
  text: string | null
  label: string
  rows: number
  onClose: () => void
}): ReactElement | null {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = dialog.current
    if (d && text !== null && !d.open) d.showModal()
  }, [text])
  if (text === null) return null
  return (
    <dialog ref={dialog} className="manual-copy" aria-label={label} onClose={onClose}>
      <p>The clipboard is not available here. Select the text below and copy it.</p>
      <textarea className="manual-copy__text" readOnly value={text} rows={rows} onFocus={(e) => e.currentTarget.select()} />
      <form method="dialog">
        <button type="submit" className="button button--secondary">
          Close
        </button>
      </form>
    </dialog>
  )
}
