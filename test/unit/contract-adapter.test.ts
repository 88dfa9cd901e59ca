import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { registerIpcHandlers } from '../../src/main/electron/ipc'
import { startWebServer, type RunningWebServer } from '../../src/main/web/server'
import {
  CALL_NAMES,
  CALL_STATUS,
  callPath,
  forwardContractEvents,
  ipcCallChannel,
  serveCall,
  type CoreApi,
  type EventName
} from '../../src/shared/contract'
import { coreWithRoom } from '../support/core-with-room'
import { makeDevice } from '../support/device'

const rallyCamera = makeDevice()

type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>
const TOKEN = 'tok-adapter'
const trusted = { senderFrame: { url: 'app://bundle/index.html', parent: null } } as unknown as IpcMainInvokeEvent
const room = coreWithRoom({ devices: [rallyCamera], systems: [] })
const ipcHandlers = new Map<string, Handler>()
let server: RunningWebServer

function post(path: string, body: string): Promise<{ status: number; body: { ok: boolean; error?: string } }> {
  return new Promise((resolve, reject) => {
    const headers = { host: `127.0.0.1:${server.port}`, authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }
    const req = request({ host: '127.0.0.1', port: server.port, method: 'POST', path, headers }, (res) => {
      let data = ''
      res.on('data', (c) => (data += c))
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(data) as { ok: boolean; error?: string } }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'renderer-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>')
  await room.core.start()
  registerIpcHandlers(
    {
      handle: (ch: string, fn: Handler) => void ipcHandlers.set(ch, fn),
      removeHandler: (ch: string) => void ipcHandlers.delete(ch)
    } as never,
    room.core
  )
  server = await startWebServer({ core: room.core, rendererDir: dir, token: TOKEN, port: 0 })
})
afterAll(async () => {
  await server.close()
  room.core.stop()
  await room.core.settled()
})

// No declared call takes a bare number, so each answer below comes from the adapter having
// validated that very call: a call one shell forgot would answer "unknown call" or nothing.
describe('every declared call is served by both shells', () => {
  it('Electron: one handler per declared call, each validating its own input', async () => {
    expect([...ipcHandlers.keys()].sort()).toEqual(CALL_NAMES.map(ipcCallChannel).sort())
    for (const name of CALL_NAMES) {
      await expect(ipcHandlers.get(ipcCallChannel(name))!(trusted, 42), name).rejects.toThrow(`invalid input for ${name}`)
    }
  })

  it('web: every declared call answers 400 "invalid input" for a bad input, never 404', async () => {
    for (const name of CALL_NAMES) {
      const r = await post(callPath(name), '{"input":42}')
      expect([name, r.status, r.body.error?.startsWith(`invalid input for ${name}`)]).toEqual([name, CALL_STATUS['invalid-input'], true])
    }
    const unknown = await post(callPath('fs.readFile'), '{"input":"/etc/passwd"}')
    expect(unknown.status).toBe(CALL_STATUS['unknown-call'])
    expect(unknown.body).toEqual({ ok: false, error: 'unknown call: fs.readFile' })
  })

  it('both shells answer the same valid call with the same value', async () => {
    const viaIpc = await ipcHandlers.get(ipcCallChannel('devices.snapshot'))!(trusted, undefined)
    const viaWeb = await post(callPath('devices.snapshot'), '{}')
    expect(viaWeb.body).toEqual({ ok: true, value: viaIpc })
  })
})

describe('serveCall', () => {
  const handlers = (answer: () => Promise<unknown>): CoreApi => Object.fromEntries(CALL_NAMES.map((n) => [n, answer])) as unknown as CoreApi

  it('refuses names that are not declared, including inherited object keys', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 42, null]) {
      expect(
        await serveCall(
          handlers(async () => 'x'),
          name,
          undefined
        )
      ).toMatchObject({ ok: false, failure: 'unknown-call' })
    }
  })

  it('refuses bad input before the core sees it', async () => {
    let called = false
    const outcome = await serveCall(
      handlers(async () => ((called = true), null)),
      'devices.snapshot',
      { path: '/etc/shadow' }
    )
    expect(outcome).toMatchObject({ ok: false, failure: 'invalid-input' })
    expect(called).toBe(false)
  })

  it('refuses a reply the contract does not allow', async () => {
    expect(
      await serveCall(
        handlers(async () => ({ name: 1 })),
        'app.info',
        undefined
      )
    ).toMatchObject({ ok: false, failure: 'invalid-output' })
  })

  it("passes the core's failure on as its message only", async () => {
    const err = Object.assign(new Error('disk on fire'), { secret: 'x' })
    expect(
      await serveCall(
        handlers(() => Promise.reject(err)),
        'app.info',
        undefined
      )
    ).toEqual({ ok: false, failure: 'failed', error: 'disk on fire' })
    expect(
      await serveCall(
        handlers(() => Promise.reject('plain')),
        'app.info',
        undefined
      )
    ).toEqual({ ok: false, failure: 'failed', error: 'plain' })
  })
})

describe('forwardContractEvents', () => {
  it('sends valid events and holds back invalid ones', () => {
    const listeners = new Map<string, (p: unknown) => void>()
    const provider = { on: (name: string, fn: (p: unknown) => void) => (listeners.set(name, fn), () => listeners.delete(name)) }
    const sent: Array<[EventName, unknown]> = []
    const invalid: string[] = []
    const stop = forwardContractEvents(
      provider as never,
      (n, p) => sent.push([n, p]),
      (n, m) => invalid.push(`${n}: ${m}`)
    )
    listeners.get('devices.changed')!({ event: 'attach', device: rallyCamera })
    listeners.get('devices.changed')!({ event: 'explode', device: rallyCamera })
    expect(sent).toEqual([['devices.changed', { event: 'attach', device: rallyCamera }]])
    expect(invalid).toHaveLength(1)
    expect(invalid[0]).toContain('invalid event devices.changed')
    stop()
    expect(listeners.size).toBe(0)
  })
})
