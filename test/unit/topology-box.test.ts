// What a box in the USB picture says without hovering: the whole name, the serial, the firmware.
import { describe, expect, it } from 'vitest'
import { FAMILIES } from '../../src/main/devices/catalog'
import { LAYOUT, wrapName } from '../../src/renderer/src/topology/layout'
import { boxFacts } from '../../src/shared/room/device-format'
import { FIRMWARE_WORDS, FIRMWARE_WORDS_SHORT, serialShortText, serialText } from '../../src/shared/wording'

describe('USB picture boxes', () => {
  it('fit every catalog part name without cutting it', () => {
    const names = FAMILIES.flatMap((f) => f.products.flatMap((p) => p.parts.map((part) => part.name)))
    expect(names).toContain('Tap Controller (MCU / PIR sensor)')
    for (const name of names) expect(wrapName(name, LAYOUT.maxChars, LAYOUT.maxLines).join(' ')).toBe(name)
  })

  it("show a part's serial and firmware in the shared words", () => {
    const d = { serial: 'RC0001', firmware: '1.2.300', errors: [] }
    expect(boxFacts(d)).toBe('RC0001 · fw 1.2.300')
    expect(boxFacts({ ...d, serial: null, firmware: null })).toBe('serial not reported · fw not read by app')
    expect(boxFacts({ ...d, firmware: null, errors: [{ code: 'read' as const, message: 'LIBUSB_ERROR_IO' }] })).toBe(
      'RC0001 · fw read failed'
    )
    expect(boxFacts({ ...d, firmware: null, errors: [{ code: 'permission' as const, message: 'EACCES' }] })).toBe('RC0001 · fw no access')
  })

  it('fit each fact on its own line of the box, and say what the long words say', () => {
    // one line of the box holds about LAYOUT.maxChars characters
    for (const words of Object.values(FIRMWARE_WORDS_SHORT)) expect(`fw ${words}`.length).toBeLessThanOrEqual(LAYOUT.maxChars)
    expect(serialShortText(null).length).toBeLessThanOrEqual(LAYOUT.maxChars)
    expect(serialShortText(null)).toBe(`serial ${serialText(null)}`)
    expect(FIRMWARE_WORDS_SHORT['no-access']).toBe(FIRMWARE_WORDS['no-access'])
  })
})
