import { describe, expect, it } from 'vitest'
import { forwardEvents } from '../../src/main/electron/ipc'
import { ipcEventChannel } from '../../src/shared/contract'
import { makeDevice } from '../support/device'

// A core stand-in that lets the test emit any payload on any event name.
function fakeCore(): { on(name: string, fn: (p: unknown) => void): () => void; emit(name: string, p: unknown): void } {
  const listeners = new Map<string, Array<(p: unknown) => void>>()
  return {
    on(name, fn) {
      listeners.set(name, [...(listeners.get(name) ?? []), fn])
      return () =>
        listeners.set(
          name,
          (listeners.get(name) ?? []).filter((f) => f !== fn)
        )
    },
    emit(name, p) {
      for (const fn of listeners.get(name) ?? []) fn(p)
    }
  }
}

describe('Electron event forwarding', () => {
  it('sends a valid event, and reports (never sends) one the contract refuses', () => {
    const core = fakeCore()
    const sent: Array<[string, unknown]> = []
    const refused: string[] = []
    const stop = forwardEvents(
      core as never,
      { isDestroyed: () => false, send: (channel: string, payload: unknown) => sent.push([channel, payload]) } as never,
      (name, message) => refused.push(`${name}: ${message}`)
    )
    const device = makeDevice()
    core.emit('devices.changed', { event: 'attach', device })
    expect(sent).toEqual([[ipcEventChannel('devices.changed'), { event: 'attach', device }]])
    expect(refused).toEqual([])
    sent.length = 0

    core.emit('devices.changed', { hostile: '<script>' })
    expect(sent).toEqual([])
    expect(refused).toHaveLength(1)
    expect(refused[0]).toMatch(/^devices\.changed: /)

    core.emit('bundle.progress', 42)
    expect(refused).toHaveLength(2)
    expect(sent).toEqual([])

    stop()
    core.emit('devices.changed', { hostile: true })
    expect(refused).toHaveLength(2)
  })
})
