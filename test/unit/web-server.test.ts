import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { request } from 'node:http'
import { connect } from 'node:net'
import { MAX_STREAMS, startWebServer, type RunningWebServer } from '../../src/main/web/server'
import { RENDERER_CSP } from '../../src/main/renderer-assets/csp'
import { coreWithRoom } from '../support/core-with-room'
import { makeDevice } from '../support/device'

const rallyCamera = makeDevice()

const TOKEN = 'tok-123'
let server: RunningWebServer
const room = coreWithRoom({ devices: [rallyCamera], systems: [] })

interface Reply {
  status: number
  body: string
  headers: Record<string, string | string[] | undefined>
}

function http(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, method, path, headers: { host: `127.0.0.1:${server.port}`, ...headers } },
      (res) => {
        let data = ''
        res.on('data', (c) => (data += c))
        res.on('end', () => resolve({ status: res.statusCode!, body: data, headers: res.headers }))
      }
    )
    req.on('error', reject)
    if (body !== undefined) req.write(body)
    req.end()
  })
}

const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'renderer-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>')
  await room.core.start()
  server = await startWebServer({ core: room.core, rendererDir: dir, token: TOKEN, port: 0 })
})
afterAll(async () => {
  await server.close()
  room.core.stop()
  await room.core.settled()
})

describe('loopback web server', () => {
  it('binds to 127.0.0.1 only', () => {
    expect((server.server.address() as { address: string }).address).toBe('127.0.0.1')
  })

  it('serves the page (public build) with the CSP header and never sets a cookie', async () => {
    const r = await http('GET', `/?token=${TOKEN}`)
    expect(r.status).toBe(200)
    expect(r.headers['set-cookie']).toBeUndefined()
    expect(r.headers['content-security-policy']).toBe(RENDERER_CSP) // the same policy as app:// in Electron
    expect((await http('GET', '/')).status).toBe(200)
  })

  it('401 on the API without or with a wrong token, 403 on a foreign Host or Origin', async () => {
    expect((await http('POST', '/api/call/app.info', { 'content-type': 'application/json' }, '{}')).status).toBe(401)
    expect((await http('GET', '/api/events')).status).toBe(401)
    expect(
      (await http('POST', '/api/call/devices.snapshot', { authorization: 'Bearer wrong', 'content-type': 'application/json' }, '{}')).status
    ).toBe(401)
    expect((await http('GET', `/?token=${TOKEN}`, { host: 'evil.example' })).status).toBe(403)
    expect((await http('POST', '/api/call/devices.snapshot', { ...auth, origin: 'http://evil.example' }, '{}')).status).toBe(403)
  })

  it('answers contract calls with validated output', async () => {
    const r = await http('POST', '/api/call/devices.snapshot', auth, '{}')
    expect(r.status).toBe(200)
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: { devices: [rallyCamera], systems: [] } })
    const info = JSON.parse((await http('POST', '/api/call/app.info', auth, '{}')).body)
    expect(info.value.shell).toBe('web')
  })

  it.each([
    ['unknown call', '/api/call/fs.readFile', '{}', 404],
    ['prototype key as call', '/api/call/__proto__', '{}', 404],
    ['invalid JSON', '/api/call/devices.snapshot', '{nope', 400],
    ['array body', '/api/call/devices.snapshot', '[]', 400],
    ['unexpected input', '/api/call/devices.snapshot', '{"input":{"path":"/etc/shadow"}}', 400],
    ['oversized body', '/api/call/devices.snapshot', JSON.stringify({ input: 'x'.repeat(70_000) }), 413]
  ])('hostile payload: %s (%s) → %s', async (_n, path, body, status) => {
    const r = await http('POST', path, auth, body)
    expect(r.status).toBe(status)
    expect(JSON.parse(r.body).ok).toBe(false)
  })

  it('refuses a form-encoded POST (no CSRF through simple requests)', async () => {
    expect(
      (await http('POST', '/api/call/devices.snapshot', { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' }, '{}')).status
    ).toBe(415)
  })

  it('streams device events over SSE and counts viewers', async () => {
    let viewers = -1
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/events',
          headers: { host: `127.0.0.1:${server.port}`, authorization: `Bearer ${TOKEN}` }
        },
        (res) => {
          let data = ''
          res.on('error', () => undefined) // we end the stream ourselves below
          res.on('data', (c) => {
            data += c
            if (data.includes(': connected')) {
              void http('POST', '/api/call/app.info', auth, '{}').then((r) => {
                viewers = JSON.parse(r.body).value.remoteClients
                room.setRoom({ devices: [], systems: [] })
                room.watcher.schedule()
              }, reject)
            }
            if (data.includes('event: devices.changed')) {
              req.destroy()
              resolve(data)
            }
          })
        }
      )
      req.on('error', (e) => (e.message.includes('aborted') ? undefined : reject(e)))
      req.end()
    })
    const line = received.split('\n').find((l) => l.startsWith('data: '))!
    expect(JSON.parse(line.slice(6))).toMatchObject({ event: 'detach', device: { id: 'usb:1-2' } })
    expect(viewers).toBe(1)
  })
})

describe('loopback web server: hostile request targets', () => {
  it.each(['//[', '/api/call/%E0%A4%A', '/%'])('answers %s with 400 and keeps serving', async (target) => {
    const raw = await new Promise<string>((resolve, reject) => {
      const s = connect(server.port, '127.0.0.1', () =>
        s.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nAuthorization: Bearer ${TOKEN}\r\nConnection: close\r\n\r\n`)
      )
      let data = ''
      s.on('data', (c) => (data += c))
      s.on('end', () => resolve(data))
      s.on('error', reject)
    })
    expect(raw).toMatch(/^HTTP\/1\.1 400/)
    expect((await http('POST', '/api/call/app.info', auth, '{}')).status).toBe(200)
  })

  it('works through an SSH tunnel on another local port (Host and Origin name that port)', async () => {
    const r = await http('POST', '/api/call/app.info', { ...auth, host: '127.0.0.1:9000', origin: 'http://127.0.0.1:9000' }, '{}')
    expect(r.status).toBe(200)
  })
})

describe('loopback web server: viewer cap', () => {
  it(`refuses the event stream beyond ${MAX_STREAMS} viewers with 503, and serves again once one leaves`, async () => {
    const open: Array<{ destroy(): void }> = []
    const connectStream = () =>
      new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: server.port,
            path: '/api/events',
            headers: { host: `127.0.0.1:${server.port}`, authorization: `Bearer ${TOKEN}` }
          },
          (res) => {
            res.on('error', () => undefined)
            if (res.statusCode === 200) open.push(req)
            else res.resume()
            resolve(res.statusCode!)
          }
        )
        req.on('error', (e) => (e.message.includes('socket hang up') ? undefined : reject(e)))
        req.end()
      })
    const statuses: number[] = []
    for (let i = 0; i < MAX_STREAMS + 1; i++) statuses.push(await connectStream())
    expect(statuses.slice(0, MAX_STREAMS).every((s) => s === 200)).toBe(true)
    expect(statuses[MAX_STREAMS]).toBe(503)
    open.pop()!.destroy()
    await expect.poll(() => connectStream(), { timeout: 5000 }).toBe(200)
    for (const r of open) r.destroy()
  })
})
