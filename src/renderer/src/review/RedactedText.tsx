// A page of redacted text with every redaction highlighted. Hovering or focusing a highlight shows
// its category; the highlights form one tab stop (the first, or the last one visited) and the
// arrow keys move between them, so a page with hundreds of redactions does not flood the tab order.
import {
  forwardRef,
  useCallback,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactElement
} from 'react'
import type { PageSpan, RedactionCategory } from '../../../shared/contract'
import { segmentPage } from './page-segments'
import { CATEGORY_TEXT, categorySentence } from './redaction-categories'

export interface RedactedTextHandle {
  /** Focus the next (+1) or previous (-1) highlight; false when there is none. */
  step(direction: 1 | -1): boolean
}

interface Tip {
  index: number
  category: RedactionCategory
  top: number
  left: number
}

export const RedactedText = forwardRef<RedactedTextHandle, { text: string; spans: readonly PageSpan[]; label: string }>(
  function RedactedText({ text, spans, label }, ref): ReactElement {
    const ids = useId()
    const segments = useMemo(() => segmentPage(text, spans), [text, spans])
    const count = useMemo(() => segments.filter((s) => s.kind === 'redaction').length, [segments])
    const categories = useMemo(() => [...new Set(spans.map((s) => s.category))], [spans])
    const [active, setActive] = useState(0)
    const [tip, setTip] = useState<Tip | null>(null)
    const box = useRef<HTMLDivElement>(null)
    // The buttons step from the last highlight visited, so repeated clicks walk the page.
    const visited = useRef<number | null>(null)

    const markAt = (index: number): HTMLElement | null => box.current?.querySelector<HTMLElement>(`mark[data-index="${index}"]`) ?? null

    const showTip = useCallback((mark: HTMLElement) => {
      const container = box.current
      if (!container) return
      const index = Number(mark.dataset.index)
      const category = mark.dataset.category as RedactionCategory
      const m = mark.getBoundingClientRect()
      const c = container.getBoundingClientRect()
      setTip({ index, category, top: m.bottom - c.top + 6, left: Math.max(0, Math.min(m.left - c.left, c.width - 280)) })
    }, [])

    // When the pointer leaves a highlight or the text scrolls, the tip belongs to the focused
    // highlight (keyboard users keep theirs), or to none.
    const tipForFocus = useCallback(() => {
      const focused = document.activeElement
      if (focused instanceof HTMLElement && focused.tagName === 'MARK' && box.current?.contains(focused)) showTip(focused)
      else setTip(null)
    }, [showTip])

    const focusMark = useCallback(
      (index: number): boolean => {
        if (index < 0 || index >= count) return false
        visited.current = index
        setActive(index)
        const mark = markAt(index)
        mark?.focus()
        mark?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
        if (mark) showTip(mark)
        return true
      },
      [count, showTip]
    )

    useImperativeHandle(
      ref,
      () => ({
        step: (direction) => focusMark(visited.current === null ? (direction === 1 ? 0 : count - 1) : visited.current + direction)
      }),
      [focusMark, count]
    )

    const onKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
      const target = e.target as HTMLElement
      if (target.tagName !== 'MARK') return
      const index = Number(target.dataset.index)
      const to = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: count - 1 }[e.key]
      if (to === undefined) {
        if (e.key === 'Escape') setTip(null)
        return
      }
      e.preventDefault()
      focusMark(to)
    }

    const fromMark = (e: { target: EventTarget }): HTMLElement | null => {
      const el = e.target as HTMLElement
      return el.tagName === 'MARK' ? el : null
    }

    return (
      <div className="redacted" ref={box}>
        <pre
          className="redacted__text"
          tabIndex={0}
          aria-label={label}
          onKeyDown={onKeyDown}
          onMouseOver={(e) => {
            const mark = fromMark(e)
            if (mark) showTip(mark)
          }}
          onMouseOut={(e) => {
            if (fromMark(e) && document.activeElement !== e.target) tipForFocus()
          }}
          onFocus={(e) => {
            const mark = fromMark(e)
            if (mark) {
              visited.current = Number(mark.dataset.index)
              setActive(visited.current)
              showTip(mark)
            }
          }}
          onBlur={(e) => {
            if (fromMark(e)) setTip(null)
          }}
          // Scrolling moves the highlights under the tip: follow the focused one, or hide it.
          onScroll={tipForFocus}
        >
          {segments.map((s, i) =>
            s.kind === 'text' ? (
              s.text
            ) : (
              <mark
                key={i}
                className={`redaction redaction--${s.category}`}
                data-category={s.category}
                data-index={s.index}
                tabIndex={s.index === active ? 0 : -1}
                aria-describedby={`${ids}-${s.category}`}
              >
                {s.text}
              </mark>
            )
          )}
        </pre>
        {categories.map((c) => (
          <span key={c} id={`${ids}-${c}`} hidden>
            Hidden: {categorySentence(c)}
          </span>
        ))}
        {tip ? (
          <div className={`redaction-tip redaction-tip--${tip.category}`} role="tooltip" style={{ top: tip.top, left: tip.left }}>
            <strong>{CATEGORY_TEXT[tip.category].label}</strong>
            <span>{CATEGORY_TEXT[tip.category].explanation}</span>
          </div>
        ) : null}
      </div>
    )
  }
)
