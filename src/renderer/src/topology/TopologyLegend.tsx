// What the colours, weights and dashes of the USB picture mean. The labels on the links say the
// speed too, so the legend is a help, not the only key.
import type { ReactElement } from 'react'
import { ErrorIcon } from '../icons/icons'

const ITEMS = [
  { cls: 'usb3', text: 'USB 3 · 5–10 Gbit/s' },
  { cls: 'usb2', text: 'USB 2 · 480 Mbit/s' },
  { cls: 'usb1', text: 'USB 1 · 12 Mbit/s or less' }
] as const

function Sample({ cls }: { cls: string }): ReactElement {
  return (
    <svg
      className={`topo-legend__sample topo-link topo-link--${cls}`}
      width={36}
      height={12}
      viewBox="0 0 36 12"
      aria-hidden="true"
      focusable="false"
    >
      <path className="topo-link__line" d="M 2 6 H 34" />
    </svg>
  )
}

export function TopologyLegend(): ReactElement {
  return (
    <ul className="topo-legend" aria-label="Legend">
      {ITEMS.map((item) => (
        <li key={item.cls}>
          <Sample cls={item.cls} />
          {item.text}
        </li>
      ))}
      <li>
        <span className="topo-legend__problem">
          <Sample cls="usb2 topo-link--problem topo-link--error" />
          <ErrorIcon size={14} />
        </span>
        Problem on this link
      </li>
    </ul>
  )
}
