// Loopback web mode: the built renderer and the contract over HTTP on 127.0.0.1, for remote
// sessions (SSH tunnel to a headless room PC) and for testing the real UI in a browser.
// POST /api/call/<name>  {"input": …}  → {"ok":true,"value":…} | {"ok":false,"error":…}
// GET  /api/events?token=…              → text/event-stream of contract events
// API requests carry the token (Bearer header, or the query for the event stream).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ContractError, EVENT_NAMES, parseCallInput, parseCallOutput, parseEvent, type EventName } from '../../shared/contract'
import type { Core } from '../core/core'
import { SECURITY_HEADERS } from '../renderer-assets/csp'
import { readAsset } from '../renderer-assets/static-files'
import { checkOrigin, checkRequest } from './guard'

export const MAX_BODY_BYTES = 64 * 1024
const KEEPALIVE_MS = 15_000
export const MAX_STREAMS = 16
const MAX_BACKLOG = 1024 * 1024

export interface WebServerOptions {
  core: Core
  rendererDir: string
  token: string
  port: number
  host?: '127.0.0.1'
}

export interface RunningWebServer {
  server: Server
  port: number
  url: string
  close(): Promise<void>
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...SECURITY_HEADERS, ...extra })
  res.end(body)
}

const sendJson = (res: ServerResponse, status: number, value: unknown): void =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8')

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY_BYTES) {
        // Keep draining (without storing) so the client still receives the 413.
        if (chunks.length) chunks.length = 0
        reject(new RangeError(`request body over ${MAX_BODY_BYTES} bytes`))
        return
      }
      chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

export async function startWebServer(opts: WebServerOptions): Promise<RunningWebServer> {
  const { core, rendererDir, token } = opts
  const streams = new Set<ServerResponse>()
  let port = opts.port

  const updateClients = (): void => core.setRemoteClients(streams.size)

  async function handleCall(name: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: 'use POST' })
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, { ok: false, error: 'content-type must be application/json' })
    }
    let body: unknown
    try {
      const text = await readBody(req)
      body = text.length === 0 ? {} : JSON.parse(text)
    } catch (err) {
      if (err instanceof RangeError) {
        res.setHeader('Connection', 'close')
        return sendJson(res, 413, { ok: false, error: err.message })
      }
      return sendJson(res, 400, { ok: false, error: 'body is not valid JSON' })
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return sendJson(res, 400, { ok: false, error: 'body must be an object' })
    try {
      const call = parseCallInput(name, (body as { input?: unknown }).input)
      const handler = core.handlers[call.name] as (input: unknown) => Promise<unknown>
      const value = parseCallOutput(call.name, await handler(call.input))
      sendJson(res, 200, { ok: true, value })
    } catch (err) {
      if (err instanceof ContractError) return sendJson(res, err.kind === 'unknown-call' ? 404 : err.kind === 'invalid-input' ? 400 : 500, { ok: false, error: err.message })
      sendJson(res, 500, { ok: false, error: err instanceof Error ? err.message : String(err) })
    }
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    if (streams.size >= MAX_STREAMS) return sendJson(res, 503, { ok: false, error: `at most ${MAX_STREAMS} viewers at once` })
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', ...SECURITY_HEADERS })
    res.write(': connected\n\n')
    streams.add(res)
    updateClients()
    // A viewer that stops reading (a suspended laptop behind an open tunnel) is dropped once its
    // unread backlog passes MAX_BACKLOG, instead of growing this process's memory without bound.
    const push = (text: string): void => {
      if (res.writableLength > MAX_BACKLOG) return void res.destroy()
      res.write(text)
    }
    const offs = EVENT_NAMES.map((name) =>
      core.on(name as EventName, (payload) => {
        try {
          const data = parseEvent(name as EventName, payload)
          push(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`)
        } catch (err) {
          push(`: dropped invalid event (${err instanceof Error ? err.message : 'error'})\n\n`)
        }
      })
    )
    const keepalive = setInterval(() => push(': keepalive\n\n'), KEEPALIVE_MS)
    let closed = false
    const close = (): void => {
      if (closed) return
      closed = true
      clearInterval(keepalive)
      for (const off of offs) off()
      streams.delete(res)
      updateClients()
    }
    req.on('close', close)
    // A viewer that vanishes (closed laptop, dropped tunnel) must not take the server down.
    req.on('error', close)
    res.on('error', close)
  }

  function route(req: IncomingMessage, res: ServerResponse): void {
    let url: URL
    let path: string
    try {
      // Any request target (e.g. "//[") must come back as 400, never as an exception.
      url = new URL(req.url ?? '/', 'http://127.0.0.1')
      path = decodeURIComponent(url.pathname)
    } catch {
      return sendJson(res, 400, { ok: false, error: 'malformed request target' })
    }
    const isApi = path.startsWith('/api/')
    // The page and its assets are the public build; only the API (the room's data) needs the token.
    const verdict = isApi
      ? checkRequest({ host: req.headers.host, origin: req.headers.origin, query: url.searchParams, authorization: req.headers.authorization }, token)
      : checkOrigin({ host: req.headers.host, origin: req.headers.origin })
    if (!verdict.ok) return sendJson(res, verdict.status, { ok: false, error: verdict.reason })
    if (path.startsWith('/api/call/')) return void handleCall(path.slice('/api/call/'.length), req, res)
    if (path === '/api/events') return handleEvents(req, res)
    if (path.startsWith('/api/')) return sendJson(res, 404, { ok: false, error: 'no such endpoint' })
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { ok: false, error: 'method not allowed' })
    if (path === '/favicon.ico') return send(res, 204, '', 'image/x-icon')
    void readAsset(rendererDir, url.pathname).then(
      (asset) => (asset ? send(res, 200, asset.body, asset.type) : send(res, 404, 'not found', 'text/plain; charset=utf-8')),
      () => send(res, 500, 'could not read the page', 'text/plain; charset=utf-8')
    )
  }

  const server = createServer((req, res) => {
    try {
      route(req, res)
    } catch (err) {
      // Last line of defence: one bad request must not stop the server for everyone else.
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: err instanceof Error ? err.message : 'internal error' })
      else res.destroy()
    }
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  port = (server.address() as AddressInfo).port
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of streams) s.end()
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
