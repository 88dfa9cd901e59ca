import { describe, expect, it } from 'vitest'
import { ContractError } from '../../../shared/contract'
import { makeDevice } from '../../../../test/support/device'
import type { PreloadBridge } from './bridge-global'
import { CoreCallError } from './call-errors'
import { chooseTransport } from './choose-transport'
import { createElectronTransport } from './electron-transport'

const info = {
  name: 'Logi Room Diagnostics',
  version: '0.1.0',
  platform: 'linux-x64',
  shell: 'electron',
  remoteClients: 0,
  udevInstallCommand: null,
  os: 'Linux 6.1.0'
}

function fakeBridge(answer: (name: string) => Promise<unknown>) {
  const listeners = new Map<string, (payload: unknown) => void>()
  const bridge: PreloadBridge = {
    call: (name) => answer(name),
    on: (event, listener) => {
      listeners.set(event, listener)
      return () => listeners.delete(event)
    }
  }
  return { bridge, push: (event: string, payload: unknown) => listeners.get(event)?.(payload), listeners }
}

describe('electron transport', () => {
  it('validates what the preload returns', async () => {
    expect(await createElectronTransport(fakeBridge(async () => info).bridge).call('app.info', undefined)).toEqual(info)
    await expect(
      createElectronTransport(fakeBridge(async () => ({ ...info, shell: 'tv' })).bridge).call('app.info', undefined)
    ).rejects.toBeInstanceOf(ContractError)
  })

  it("keeps the core's message, without Electron's IPC wrapping", async () => {
    const t = createElectronTransport(
      fakeBridge(() => Promise.reject(new Error("Error invoking remote method 'logi-diag:call:app.info': Error: disk on fire"))).bridge
    )
    const err = await t.call('app.info', undefined).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CoreCallError)
    expect((err as CoreCallError).detail).toBe('disk on fire')
  })

  it('passes valid events on, reports invalid ones, and unsubscribes', () => {
    const fake = fakeBridge(async () => null)
    const t = createElectronTransport(fake.bridge)
    const got: unknown[] = []
    const problems: string[] = []
    t.onProblem((m) => problems.push(m))
    const off = t.on('devices.changed', (e) => got.push(e))
    const device = makeDevice()
    fake.push('devices.changed', { event: 'attach', device })
    fake.push('devices.changed', { event: 'attach', device: { id: 'nope' } })
    expect(got).toEqual([{ event: 'attach', device }])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('invalid event devices.changed')
    off()
    expect(fake.listeners.size).toBe(0)
  })
})

describe('chooseTransport', () => {
  it('uses the preload bridge when the window has one, the web mode otherwise', () => {
    const withBridge = { logiDiag: fakeBridge(async () => info).bridge } as unknown as Window
    expect(chooseTransport(withBridge).kind).toBe('electron')
    expect(chooseTransport({} as Window).kind).toBe('web')
    expect(chooseTransport({ logiDiag: { call: 1 } } as unknown as Window).kind).toBe('web')
  })
})
