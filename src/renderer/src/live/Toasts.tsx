// Hotplug lines in the corner. The list itself is the polite live region, so each new line is
// read out once; the visual toast fades on its own and can be dismissed.
import type { ReactElement } from 'react'
import { CloseIcon, MissingIcon, OkIcon } from '../icons/icons'
import type { Announcement } from './useAnnouncements'

export function Toasts({ items, dismiss }: { items: Announcement[]; dismiss(id: number): void }): ReactElement {
  return (
    <div className="toasts" role="log" aria-live="polite" aria-relevant="additions" aria-label="Device changes">
      {items.map((a) => (
        <div key={a.id} className={`toast toast--${a.tone}`}>
          {a.tone === 'arrived' ? <OkIcon size={16} /> : <MissingIcon size={16} />}
          <span className="toast__text">{a.text}</span>
          <button type="button" className="toast__close" onClick={() => dismiss(a.id)} aria-label={`Dismiss: ${a.text}`}>
            <CloseIcon size={14} />
          </button>
        </div>
      ))}
    </div>
  )
}
