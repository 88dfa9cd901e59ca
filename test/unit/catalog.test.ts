import { describe, expect, it } from 'vitest'
import { FAMILIES, lookup, _buildIndexForTests } from '../../src/main/devices/catalog'

describe('catalog', () => {
  it('has every product the app promises, with their PIDs', () => {
    expect(lookup('046d', '0881')?.product.product).toBe('Rally')
    expect(lookup('046d', '088F')?.part.part).toBe('table-hub')
    expect(lookup('046d', '0867')?.product.product).toBe('MeetUp')
    expect(lookup('046d', '0859')?.part.mode).toBe('update')
    expect(lookup('222a', '0001')?.product.product).toBe('Tap')
    expect(lookup('17e9', 'ff13')?.part.companion).toBe(true)
    for (const [pid, product] of [
      ['089b', 'Rally Bar'],
      ['08d3', 'Rally Bar Mini'],
      ['087c', 'Rally Bar Huddle'],
      ['087a', 'Sight'],
      ['08e2', 'Scribe'],
      ['0864', 'SmartDock'],
      ['085f', 'PTZ Pro 2'],
      ['0882', 'Group']
    ]) {
      expect(lookup('046d', pid!)?.product.product).toBe(product)
    }
  })

  it('required parts exist among each product’s parts and IDs are lower-case hex', () => {
    for (const f of FAMILIES) {
      for (const p of f.products) {
        const parts = new Set(p.parts.map((x) => x.part))
        for (const r of p.requiredParts) expect(parts.has(r), `${p.product} requires ${r}`).toBe(true)
        for (const x of p.parts) {
          expect(x.vendorId).toMatch(/^[0-9a-f]{4}$/)
          expect(x.productId).toMatch(/^[0-9a-f]{4}$/)
        }
      }
    }
  })

  it('refuses a VID:PID declared twice', () => {
    const dup = {
      id: 'x',
      products: [
        {
          product: 'X',
          requiredParts: [],
          parts: [
            { vendorId: '046d', productId: '0001', part: 'camera' as const, name: 'A', mode: 'normal' as const, readChannels: [] },
            { vendorId: '046d', productId: '0001', part: 'audio' as const, name: 'B', mode: 'normal' as const, readChannels: [] }
          ]
        }
      ]
    }
    expect(() => _buildIndexForTests([dup])).toThrow(/declared twice/)
  })
})
