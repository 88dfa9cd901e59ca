import { afterEach, describe, expect, it, vi } from 'vitest'
import { ContractError } from '../../../shared/contract'
import { makeDevice } from '../../../../test/support/device'
import { CoreCallError, CoreRefusedError, CoreUnreachableError } from './call-errors'
import type { LinkState } from './transport'
import { CALL_TIMEOUT_MS, createWebTransport, RECONNECT_DELAYS_MS, SLOW_CALL_TIMEOUT_MS } from './web-transport'

class FakeEventSource {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSED = 2
  static instances: FakeEventSource[] = []
  readyState = FakeEventSource.CONNECTING
  onopen: (() => void) | null = null
  onerror: (() => void) | null = null
  private readonly listeners = new Map<string, Array<(e: { data: string }) => void>>()
  constructor(readonly url: string) {
    FakeEventSource.instances.push(this)
  }
  addEventListener(name: string, fn: (e: { data: string }) => void): void {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn])
  }
  close(): void {
    this.readyState = FakeEventSource.CLOSED
  }
  open(): void {
    this.readyState = FakeEventSource.OPEN
    this.onopen?.()
  }
  fail(closed: boolean): void {
    this.readyState = closed ? FakeEventSource.CLOSED : FakeEventSource.CONNECTING
    this.onerror?.()
  }
  emit(name: string, data: string): void {
    for (const fn of this.listeners.get(name) ?? []) fn({ data })
  }
}

const device = makeDevice()

const reply = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

function transportWith(fetchImpl: (url: string, init: RequestInit) => Promise<Response>) {
  return createWebTransport({ fetch: fetchImpl as typeof fetch, EventSource: FakeEventSource as unknown as typeof EventSource })
}

afterEach(() => {
  FakeEventSource.instances = []
  vi.useRealTimers()
})

describe('web transport calls', () => {
  it('sends the access token as a Bearer header and in the event-stream query, never as a cookie', async () => {
    const seen: RequestInit[] = []
    const t = createWebTransport({
      token: 'tok/+=',
      fetch: (async (_url: string, init: RequestInit) => {
        seen.push(init)
        return reply(200, {
          ok: true,
          value: {
            name: 'x',
            version: '1',
            platform: 'linux-x64',
            shell: 'web',
            remoteClients: 1,
            udevInstallCommand: null,
            os: 'Linux 6.1.0'
          }
        })
      }) as unknown as typeof fetch,
      EventSource: FakeEventSource as unknown as typeof EventSource
    })
    await t.call('app.info', undefined)
    expect(seen[0]).toMatchObject({ credentials: 'omit', headers: { Authorization: 'Bearer tok/+=' } })
    t.on('devices.changed', () => undefined)
    expect(FakeEventSource.instances[0]!.url).toBe('/api/events?token=tok%2F%2B%3D')
  })

  it('POSTs the input as JSON, without cookies, and returns the parsed value', async () => {
    const seen: Array<[string, RequestInit]> = []
    const t = transportWith(async (url, init) => {
      seen.push([url, init])
      return reply(200, { ok: true, value: { devices: [device], systems: [] } })
    })
    const snap = await t.call('devices.snapshot', undefined)
    expect(snap.devices[0]!.name).toBe('Rally Camera')
    expect(seen[0]![0]).toBe('/api/call/devices.snapshot')
    expect(seen[0]![1]).toMatchObject({ method: 'POST', credentials: 'omit', body: '{}', headers: { 'Content-Type': 'application/json' } })
  })

  it('gives calls that do long work (saving a bundle, filing a ticket) minutes, every other call seconds', async () => {
    const limits: number[] = []
    const timeout = vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms: number) => {
      limits.push(ms)
      return new AbortController().signal
    })
    try {
      const t = transportWith(async () => reply(500, { ok: false, error: 'boom' }))
      await t.call('devices.snapshot', undefined).catch(() => undefined)
      await t.call('bundle.save', { collectionId: 'c1' }).catch(() => undefined)
      await t.call('ticket.retry', { id: 't1', action: 'retry' } as never).catch(() => undefined)
    } finally {
      timeout.mockRestore()
    }
    expect(limits).toEqual([CALL_TIMEOUT_MS, SLOW_CALL_TIMEOUT_MS, SLOW_CALL_TIMEOUT_MS])
    expect(SLOW_CALL_TIMEOUT_MS).toBeGreaterThan(CALL_TIMEOUT_MS)
  })

  it('turns each failure into an error a person can act on', async () => {
    await expect(
      transportWith(async () => reply(401, { ok: false, error: 'missing or wrong token' })).call('app.info', undefined)
    ).rejects.toBeInstanceOf(CoreRefusedError)
    await expect(transportWith(async () => reply(500, { ok: false, error: 'boom' })).call('app.info', undefined)).rejects.toBeInstanceOf(
      CoreCallError
    )
    await expect(transportWith(() => Promise.reject(new TypeError('Failed to fetch'))).call('app.info', undefined)).rejects.toBeInstanceOf(
      CoreUnreachableError
    )
    await expect(
      transportWith(async () => new Response('<html>Bad gateway</html>', { status: 502 })).call('app.info', undefined)
    ).rejects.toBeInstanceOf(CoreUnreachableError)
    await expect(
      transportWith(async () => reply(200, { ok: true, value: { name: 1 } })).call('app.info', undefined)
    ).rejects.toBeInstanceOf(ContractError)
  })
})

describe('web transport events', () => {
  it('delivers valid events, reports invalid ones instead of passing them on', () => {
    const t = transportWith(async () => reply(200, {}))
    const got: unknown[] = []
    const problems: string[] = []
    t.onProblem((m) => problems.push(m))
    t.on('devices.changed', (e) => got.push(e))
    const es = FakeEventSource.instances[0]!
    expect(es.url).toBe('/api/events')
    es.emit('devices.changed', JSON.stringify({ event: 'attach', device }))
    es.emit('devices.changed', JSON.stringify({ event: 'explode', device }))
    es.emit('devices.changed', '{not json')
    expect(got).toHaveLength(1)
    expect(got[0]).toMatchObject({ event: 'attach', device: { id: 'usb:1-2', name: 'Rally Camera' } })
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain('invalid event devices.changed')
  })

  it('reports the link state and reconnects itself when the browser gives up', () => {
    vi.useFakeTimers()
    const t = transportWith(async () => reply(200, {}))
    const states: LinkState[] = []
    t.onLinkState((s) => states.push(s))
    t.on('devices.changed', () => {})
    expect(FakeEventSource.instances).toHaveLength(1)
    FakeEventSource.instances[0]!.open()
    FakeEventSource.instances[0]!.fail(false) // the browser retries by itself
    expect(FakeEventSource.instances).toHaveLength(1)
    FakeEventSource.instances[0]!.fail(true) // closed: our turn
    vi.advanceTimersByTime(RECONNECT_DELAYS_MS[0])
    expect(FakeEventSource.instances).toHaveLength(2)
    FakeEventSource.instances[1]!.open()
    expect(states).toEqual(['live', 'reconnecting', 'live'])
    expect(t.linkState).toBe('live')
  })
})
