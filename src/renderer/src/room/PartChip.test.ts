// A Rally Bar's release and CollabOS come first, labelled; a raw library error never is the main text.
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Device, Finding } from '../../../shared/contract'
import { makeDevice } from '../../../../test/support/device'
import { PartChip } from './PartChip'

const bar: Device = makeDevice({
  id: 'usb:1-4',
  productId: '089b',
  product: 'Rally Bar',
  part: 'bar',
  name: 'Rally Bar',
  usbProduct: 'Rally Bar',
  serial: 'RB0001',
  firmware: '1.10.123',
  firmwareSource: 'bulk-device-info',
  location: { bus: 1, ports: [4], hubDepth: 0 },
  components: [
    { name: 'audio', version: '2.0.7' },
    { name: 'CollabOS', version: '1.10.123' },
    { name: 'release', version: '1.10.1' }
  ]
})

const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

describe('PartChip', () => {
  it('shows what the admin compares with Logi Sync first, labelled, and the rest under technical details', () => {
    const html = renderToStaticMarkup(createElement(PartChip, { device: bar }))
    const t = text(html)
    expect(t.indexOf('Release 1.10.1')).toBeGreaterThan(-1)
    expect(t.indexOf('Release 1.10.1')).toBeLessThan(t.indexOf('CollabOS 1.10.123'))
    expect(t.indexOf('CollabOS 1.10.123')).toBeLessThan(t.indexOf('Serial'))
    const details = t.slice(t.indexOf('Technical details'))
    expect(details).toContain('audio 2.0.7')
    expect(details).not.toContain('release')
  })

  it('says what a read error means and what to do, with the raw error only under technical detail', () => {
    const raw = 'Could not read the firmware version (HID info report: ioctl (GFEATURE): Broken pipe).'
    const html = renderToStaticMarkup(
      createElement(PartChip, { device: { ...bar, components: [], firmware: null, errors: [{ code: 'read', message: raw }] } })
    )
    const [main, technical] = html.split('<summary>Technical detail</summary>')
    expect(text(main!)).toContain('Some details could not be read')
    expect(text(main!)).toContain('Run the check again')
    expect(main).not.toContain('Broken pipe')
    expect(technical).toContain('Broken pipe')
  })

  it('shows the verdict of the findings about the part, not a guess from its errors and mode', () => {
    const finding = (check: string, severity: Finding['severity'], devices = [bar.id]): Finding => ({
      id: `${check}:${devices.join()}`,
      check,
      severity,
      devices,
      title: check,
      detail: '',
      fix: ''
    })
    const chip = (device: Device, findings: Finding[] | null): string => renderToStaticMarkup(createElement(PartChip, { device, findings }))
    const identity: Device = { ...bar, errors: [{ code: 'identity', message: 'unreadable' }] }
    const cases: Array<[Device, Finding[] | null, string, string]> = [
      [bar, [finding('link-speed', 'error')], 'error', 'Needs fixing'],
      [identity, [finding('device-identity', 'info')], 'ok', 'Connected'],
      [{ ...bar, mode: 'bootloader' }, [finding('device-mode', 'error')], 'error', 'Needs fixing'],
      [{ ...bar, mode: 'update' }, [finding('device-mode', 'warning')], 'warning', 'Worth checking'],
      // A gap the bar only reports (a peripheral not connected) is the system's, not the bar's.
      [bar, [finding('incomplete-system', 'warning')], 'ok', 'Connected'],
      [bar, [finding('link-speed', 'error', ['usb:other'])], 'ok', 'Connected'],
      [identity, null, 'pending', 'Checking…']
    ]
    for (const [device, findings, verdict, words] of cases) {
      const html = chip(device, findings)
      expect(html).toContain(`data-verdict="${verdict}"`)
      expect(html).toContain(`class="chip chip--${verdict}"`)
      expect(html).toContain(`aria-label="Rally Bar: ${words}`)
      expect(text(html)).not.toContain('Needs attention')
    }
    // The problems under the tile are drawn at their findings' severity too.
    expect(chip(identity, [finding('device-identity', 'info')])).toContain('device-error--note')
    expect(chip(identity, null)).not.toContain('device-error--note')
    expect(chip({ ...bar, mode: 'bootloader' }, [finding('device-mode', 'error')])).toContain('device-error--error')
    expect(chip({ ...bar, mode: 'update' }, [finding('device-mode', 'warning')])).not.toContain('device-error--error')
  })
})
