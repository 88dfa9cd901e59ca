// A finding's raw library error is never the main text, but support can still read it: behind a
// collapsed "Technical details" disclosure, as on the Room screen's part chips.
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../../shared/contract'
import { FindingCard } from './FindingCard'

const finding: Finding = {
  id: 'device-read:usb:1-3',
  check: 'device-read',
  severity: 'info',
  devices: ['usb:1-3'],
  title: 'MeetUp Camera: some details could not be read',
  detail: 'The app could not read all of this part’s details.',
  fix: 'Run the check again.',
  technical: 'LIBUSB_ERROR_PIPE (control transfer stalled)'
}

const render = (f: Finding): string =>
  renderToStaticMarkup(createElement(FindingCard, { finding: f, names: new Map(), inPicture: new Set<string>(), onLocate: () => {} }))

/** The <details> element holding the technical details, and whether it starts open. */
function disclosure(html: string): { html: string; open: boolean } {
  const m = /<details([^>]*)>(.*?)<\/details>/s.exec(html)
  expect(m).not.toBeNull()
  return { html: m![2]!, open: /\bopen\b/.test(m![1]!) }
}

describe('FindingCard', () => {
  it("puts the library's raw error under a collapsed Technical details disclosure, not in the main text", () => {
    const html = render(finding)
    const d = disclosure(html)
    expect(d.open).toBe(false)
    // a native <summary>: focusable and opened with Enter or Space
    expect(d.html).toMatch(/^<summary>Technical details<\/summary>/)
    expect(d.html).toContain('LIBUSB_ERROR_PIPE (control transfer stalled)')
    expect(d.html).toContain('device-read · device-read:usb:1-3')
    expect(html.replace(/<details.*<\/details>/s, '')).not.toContain('LIBUSB')
  })

  it('shows no empty technical line when the finding has no raw error', () => {
    const { technical: _, ...plain } = finding
    expect(render(plain)).not.toContain('finding__technical')
  })
})
