// Loopback web mode: the built renderer and the contract over HTTP on 127.0.0.1, for remote
// sessions (SSH tunnel to a headless room PC) and for testing the real UI in a browser. The wire
// format (paths, the {ok, value | error} reply, status codes) is declared in
// src/shared/contract/wire.ts; the calls are served by the shared adapter (serve-contract.ts).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  API_PREFIX,
  CALL_PATH,
  CALL_STATUS,
  EVENTS_PATH,
  WIRE_STATUS,
  forwardContractEvents,
  notServed,
  serveContract,
  sseComment,
  sseFrame,
  type ServeCall,
  type WireReply,
  type WireRequest
} from '../../shared/contract'
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

const sendJson = (res: ServerResponse, status: number, value: WireReply): void =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8')
const sendError = (res: ServerResponse, status: number, error: string): void => sendJson(res, status, { ok: false, error })

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
  const served = new Map<string, ServeCall>()
  serveContract(core.handlers, (name, serve) => {
    served.set(name, serve)
    return () => served.delete(name)
  })

  async function handleCall(name: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return sendError(res, WIRE_STATUS.wrongMethod, 'use POST')
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendError(res, WIRE_STATUS.wrongContentType, 'content-type must be application/json')
    }
    let body: unknown
    try {
      const text = await readBody(req)
      body = text.length === 0 ? {} : JSON.parse(text)
    } catch (err) {
      if (err instanceof RangeError) {
        res.setHeader('Connection', 'close')
        return sendError(res, WIRE_STATUS.tooLarge, err.message)
      }
      return sendError(res, WIRE_STATUS.badRequest, 'body is not valid JSON')
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return sendError(res, WIRE_STATUS.badRequest, 'body must be an object')
    const input = (body as WireRequest).input
    const serve = served.get(name)
    const outcome = serve ? await serve(input) : notServed(name)
    if (outcome.ok) sendJson(res, CALL_STATUS.ok, outcome)
    else sendError(res, CALL_STATUS[outcome.failure], outcome.error)
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    if (streams.size >= MAX_STREAMS) return sendError(res, WIRE_STATUS.busy, `at most ${MAX_STREAMS} viewers at once`)
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      ...SECURITY_HEADERS
    })
    res.write(sseComment('connected'))
    streams.add(res)
    updateClients()
    // A viewer that stops reading (a suspended laptop behind an open tunnel) is dropped once its
    // unread backlog passes MAX_BACKLOG, instead of growing this process's memory without bound.
    const push = (text: string): void => {
      if (res.writableLength > MAX_BACKLOG) return void res.destroy()
      res.write(text)
    }
    const stopEvents = forwardContractEvents(
      core,
      (name, payload) => push(sseFrame(name, payload)),
      (_name, message) => push(sseComment(`dropped invalid event (${message})`))
    )
    const keepalive = setInterval(() => push(sseComment('keepalive')), KEEPALIVE_MS)
    let closed = false
    const close = (): void => {
      if (closed) return
      closed = true
      clearInterval(keepalive)
      stopEvents()
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
      return sendError(res, WIRE_STATUS.badRequest, 'malformed request target')
    }
    const isApi = path.startsWith(API_PREFIX)
    // The page and its assets are the public build; only the API (the room's data) needs the token.
    const verdict = isApi
      ? checkRequest(
          { host: req.headers.host, origin: req.headers.origin, query: url.searchParams, authorization: req.headers.authorization },
          token
        )
      : checkOrigin({ host: req.headers.host, origin: req.headers.origin })
    if (!verdict.ok) return sendError(res, verdict.status, verdict.reason)
    if (path.startsWith(CALL_PATH)) return void handleCall(path.slice(CALL_PATH.length), req, res)
    if (path === EVENTS_PATH) return handleEvents(req, res)
    if (isApi) return sendError(res, WIRE_STATUS.noSuchEndpoint, 'no such endpoint')
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, WIRE_STATUS.wrongMethod, 'method not allowed')
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
      if (!res.headersSent) sendError(res, WIRE_STATUS.internal, err instanceof Error ? err.message : 'internal error')
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
