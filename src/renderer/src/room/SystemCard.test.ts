// A Rally Bar whose Sight and a Mic Pod are reported as not connected: the card's pill carries the
// health warning (never green under "2 not connected"), while the bar's own tile, which is fine and
// only reported them, stays "Connected".
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Finding, Peripheral, Snapshot } from '../../../shared/contract'
import { makeDevice } from '../../../../test/support/device'
import { roomView } from './room-model'
import { SystemCard, systemVerdict } from './SystemCard'

const bar = makeDevice({
  id: 'usb:2-1',
  productId: '089b',
  product: 'Rally Bar',
  part: 'bar',
  name: 'Rally Bar',
  usbProduct: 'Logi Rally Bar',
  serial: 'RB0001',
  firmware: '1.9.556',
  firmwareSource: 'bulk-device-info',
  location: { bus: 2, ports: [1], hubDepth: 0 }
})

const peripheral = (part: string, name: string, connected: boolean): Peripheral => ({
  part,
  name,
  serial: null,
  firmware: null,
  connected,
  reportedBy: bar.id
})

const snapshot: Snapshot = {
  devices: [bar],
  systems: [
    {
      id: 'system:usb:2-1',
      product: 'Rally Bar',
      parts: [bar.id],
      missing: [],
      peripherals: [
        peripheral('camera', 'Sight', false),
        peripheral('mic-pod', 'Mic Pod 1', true),
        peripheral('mic-pod', 'Mic Pod 2', false)
      ]
    }
  ]
}

// As the incomplete-system check words it (test/unit/health-findings.test.ts checks the wording).
const notConnected: Finding = {
  id: 'peripheral-not-connected:system:usb:2-1',
  check: 'incomplete-system',
  severity: 'warning',
  devices: [bar.id],
  title: 'Rally Bar reports Sight and Mic Pod 2 not connected',
  detail: '',
  fix: ''
}

describe('a Rally Bar card with peripherals not connected', () => {
  it('shows the warning on the pill and keeps the bar tile "Connected"', () => {
    const view = roomView(snapshot, [notConnected])
    const system = view.systems[0]!
    expect(systemVerdict(system)).toEqual({ status: 'attention', text: '2 not connected' })
    const html = renderToStaticMarkup(
      createElement(SystemCard, {
        system,
        arrived: new Set<string>(),
        findings: [notConnected],
        healthErrors: new Map<string, Finding[]>()
      })
    )
    expect(html).toContain('class="pill pill--attention"')
    expect(html).toContain('aria-label="Rally Bar: Connected"')
    expect(html).toContain('aria-label="Sight: Not connected"')
    expect(html).toContain('aria-label="Mic Pod 2: Not connected"')
  })
})
