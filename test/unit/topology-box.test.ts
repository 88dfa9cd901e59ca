// What a box in the USB picture says without hovering: the whole name, the serial, the firmware.
import { describe, expect, it } from 'vitest'
import { FAMILIES } from '../../src/main/devices/catalog'
import { LAYOUT, wrapName } from '../../src/renderer/src/topology/layout'
import { boxFacts } from '../../src/shared/room/device-format'

describe('USB picture boxes', () => {
  it('fit every catalog part name without cutting it', () => {
    const names = FAMILIES.flatMap((f) => f.products.flatMap((p) => p.parts.map((part) => part.name)))
    expect(names).toContain('Tap Controller (MCU / PIR sensor)')
    for (const name of names) expect(wrapName(name, LAYOUT.maxChars, LAYOUT.maxLines).join(' ')).toBe(name)
  })

  it("show a part's serial and firmware in the shared words", () => {
    const d = { serial: 'RC0001', firmware: '1.2.300', errors: [] }
    expect(boxFacts(d)).toBe('RC0001 · fw 1.2.300')
    expect(boxFacts({ ...d, serial: null, firmware: null })).toBe('no serial · fw not read')
    expect(boxFacts({ ...d, firmware: null, errors: [{ code: 'read' as const, message: 'LIBUSB_ERROR_IO' }] })).toBe(
      'RC0001 · fw unreadable'
    )
  })
})
