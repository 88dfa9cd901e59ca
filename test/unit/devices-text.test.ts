import { describe, expect, it } from 'vitest'
import { formatEvent, formatSnapshot } from '../../src/main/cli/format/devices-text'
import { rallyCamera } from './core-fixture'

describe('detect text output', () => {
  it('prints each event kind as itself (an update is never shown as an unplug)', () => {
    expect(formatEvent({ event: 'attach', device: rallyCamera })).toMatch(/^\+ attached  Rally Camera \(046d:0881\) serial CAM1 at bus 1 port 2 \(direct\)$/)
    expect(formatEvent({ event: 'detach', device: rallyCamera })).toMatch(/^- detached /)
    expect(formatEvent({ event: 'update', device: { ...rallyCamera, firmware: '1.2.3' } })).toMatch(/^~ updated .*: firmware 1\.2\.3$/)
  })
  it('groups parts under their system and says what is missing', () => {
    const text = formatSnapshot({ devices: [rallyCamera], systems: [{ id: 's', product: 'Rally', parts: [rallyCamera.id], missing: ['table-hub', 'audio'], peripherals: [] }] })
    expect(text).toContain('Rally (1 part connected — missing: table-hub, audio)')
    expect(text).toContain('serial CAM1 · firmware not read · USB 3 · bus 1 port 2 (direct)')
  })
})
