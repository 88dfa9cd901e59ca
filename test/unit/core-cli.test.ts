// The CLI's detect and health go through the core like the app does; the CLI takes the core's
// enumeration warnings for its stderr and has no UI for app.info to describe.
import { describe, expect, it } from 'vitest'
import { createCore } from '../../src/main/core/core'
import { DeviceWatcher } from '../../src/main/room/watch'
import { runHealth } from '../../src/main/health/run-health'
import { makeDevice } from '../support/device'

describe('the core as the CLI uses it', () => {
  it('hands enumeration warnings to the caller and answers snapshot and health from one discovery', async () => {
    let scans = 0
    const watcher = new DeviceWatcher(async () => {
      scans++
      return { snapshot: { devices: [makeDevice()], systems: [] }, tree: [], warnings: ['hidraw: permission denied'] }
    })
    const warnings: string[] = []
    const core = createCore({ shell: 'cli', watcher, warnings: (w) => warnings.push(w) })
    try {
      const snapshot = await core.handlers['devices.snapshot'](undefined)
      const report = await core.handlers['health.report'](undefined)
      expect(snapshot.devices.map((d) => d.id)).toEqual(['usb:1-2'])
      expect(report).toEqual(runHealth(watcher.latest))
      expect(warnings).toEqual(['hidraw: permission denied'])
      expect(scans).toBe(1)
      await expect(core.handlers['app.info'](undefined)).rejects.toThrow(/command line serves none/)
    } finally {
      core.stop()
    }
  })
})
