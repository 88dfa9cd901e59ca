// A loopback stand-in for Zendesk's Requests and Uploads APIs (no real Logitech help centre is
// reachable from tests). It speaks the documented shapes — `{"upload":{"token"…}}`,
// `{"request":{…}}`, RecordInvalid details, plain-text 429s with Retry-After — keeps what it
// received for assertions, and injects faults on demand. Binds to 127.0.0.1 only.
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Operation = 'upload' | 'create' | 'list'

export type Fault =
  /** 429 with a plain-text body and `Retry-After: seconds`. */
  | { kind: 'rate-limit'; retryAfter: string }
  /** 422 RecordInvalid with Zendesk-style details. */
  | { kind: 'record-invalid'; details: Record<string, { description: string; error: string }[]> }
  | { kind: 'status'; status: number; body?: string }
  /** Store the request, then drop the connection without answering. */
  | { kind: 'drop-after-create' }
  /** Drop the connection before doing anything. */
  | { kind: 'drop' }
  /** Do the work, answer after `ms`. */
  | { kind: 'slow'; ms: number }
  /** Never answer and never do the work (the request is lost with the connection). */
  | { kind: 'stall' }
  /** The uploads this create names have expired (404, as Zendesk answers for a dead token). */
  | { kind: 'expire-uploads' }

export interface StoredUpload {
  token: string
  fileName: string
  contentType: string
  size: number
  bytes: Buffer
  createdAt: number
  used: boolean
}

export interface StoredRequest {
  id: number
  subject: string
  description: string
  requester: { name: string; email: string } | null
  /** Who filed it: the bearer token, or null when anonymous. */
  owner: string | null
  attachments: StoredUpload[]
  customFields: { id: number; value: unknown }[]
}

export interface Hit {
  operation: Operation | 'other'
  method: string
  path: string
  contentType: string | null
  auth: 'anonymous' | 'bearer'
}

export interface ServerOptions {
  /** Bearer tokens the server accepts; any other bearer gets 401. */
  tokens?: string[]
  anonymous?: boolean
  /** Upload token lifetime (Zendesk: 60 minutes). */
  uploadTtlMs?: number
}

export class FakeZendesk {
  /** Upload token → the files stapled to it (chained uploads share a token). */
  readonly uploads = new Map<string, StoredUpload[]>()
  readonly requests: StoredRequest[] = []
  readonly hits: Hit[] = []
  private readonly faults: Record<Operation, Fault[]> = { upload: [], create: [], list: [] }
  private readonly arrivals: { operation: Operation; resolve: () => void }[] = []
  private server: Server | null = null
  private nextId = 1000
  url = ''

  constructor(private readonly options: ServerOptions = {}) {}

  /** Queue faults for the next calls of an operation, in order. */
  inject(operation: Operation, ...faults: Fault[]): void {
    this.faults[operation].push(...faults)
  }

  /** Resolves when the next call of `operation` arrives (after its body is read). */
  arrival(operation: Operation): Promise<void> {
    return new Promise((resolve) => this.arrivals.push({ operation, resolve }))
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`
    return this.url
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const path = url.pathname.replace(/\.json$/, '')
    const op: Operation | 'other' =
      req.method === 'POST' && path === '/api/v2/uploads'
        ? 'upload'
        : req.method === 'POST' && path === '/api/v2/requests'
          ? 'create'
          : req.method === 'GET' && path === '/api/v2/requests'
            ? 'list'
            : 'other'
    const authHeader = req.headers.authorization
    const bearer = authHeader?.startsWith('Bearer ') ? authHeader.slice(7) : null
    this.hits.push({
      operation: op,
      method: req.method ?? '',
      path: url.pathname,
      contentType: req.headers['content-type'] ?? null,
      auth: bearer ? 'bearer' : 'anonymous'
    })
    const body = await readBody(req)
    for (const waiter of this.arrivals.filter((w) => w.operation === op)) {
      this.arrivals.splice(this.arrivals.indexOf(waiter), 1)
      waiter.resolve()
    }
    if (op === 'other') return json(res, 404, { error: 'InvalidEndpoint', description: 'Not found' })

    if (bearer !== null && !(this.options.tokens ?? []).includes(bearer)) return json(res, 401, { error: "Couldn't authenticate you" })
    if (bearer === null && (op === 'list' || this.options.anonymous === false))
      return json(res, 403, { error: 'Forbidden', description: 'You do not have access to this page.' })

    const fault = this.faults[op].shift()
    if (fault?.kind === 'drop' || fault?.kind === 'stall') {
      if (fault.kind === 'drop') req.socket.destroy()
      return // stall: never answered; the client gives up
    }
    if (fault?.kind === 'rate-limit') {
      res.writeHead(429, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': fault.retryAfter })
      return void res.end('Number of allowed API requests per minute exceeded')
    }
    if (fault?.kind === 'record-invalid')
      return json(res, 422, { error: 'RecordInvalid', description: 'Record validation errors', details: fault.details })
    if (fault?.kind === 'status') {
      res.writeHead(fault.status, { 'content-type': 'text/plain' })
      return void res.end(fault.body ?? '')
    }

    let answer: { status: number; body: unknown }
    if (op === 'upload') answer = this.upload(url, req, body)
    else if (op === 'create') answer = this.create(body, bearer, fault?.kind === 'expire-uploads')
    else
      answer = {
        status: 200,
        body: {
          requests: this.requests
            .filter((r) => r.owner === bearer)
            .reverse()
            .map(publicRequest)
        }
      }

    if (fault?.kind === 'drop-after-create') return void req.socket.destroy()
    if (fault?.kind === 'slow') await new Promise((r) => setTimeout(r, fault.ms))
    if (!res.destroyed) json(res, answer.status, answer.body)
  }

  private upload(url: URL, req: IncomingMessage, bytes: Buffer): { status: number; body: unknown } {
    const fileName = url.searchParams.get('filename')
    if (!fileName) return { status: 400, body: { error: 'filename is required' } }
    const contentType = req.headers['content-type'] ?? 'application/binary'
    const chained = url.searchParams.get('token')
    if (chained && !this.uploads.has(chained)) return { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } }
    const token = chained ?? randomBytes(8).toString('hex')
    const upload: StoredUpload = { token, fileName, contentType, size: bytes.length, bytes, createdAt: Date.now(), used: false }
    const files = this.uploads.get(token) ?? []
    files.push(upload)
    this.uploads.set(token, files)
    return {
      status: 201,
      body: {
        upload: {
          token,
          attachments: files.map((f, i) => ({ id: i + 1, file_name: f.fileName, content_type: f.contentType, size: f.size }))
        }
      }
    }
  }

  private create(raw: Buffer, owner: string | null, expire: boolean): { status: number; body: unknown } {
    let parsed: {
      request?: {
        subject?: unknown
        comment?: { body?: unknown; uploads?: unknown }
        requester?: { name?: unknown; email?: unknown }
        custom_fields?: unknown
      }
    }
    try {
      parsed = JSON.parse(raw.toString('utf8'))
    } catch {
      return { status: 400, body: { error: 'Unprocessable JSON' } }
    }
    const r = parsed.request
    if (typeof r?.comment?.body !== 'string' || !r.comment.body)
      return {
        status: 422,
        body: {
          error: 'RecordInvalid',
          description: 'Record validation errors',
          details: { description: [{ description: 'Description: cannot be blank', error: 'BlankValue' }] }
        }
      }
    if (owner === null && typeof r.requester?.email !== 'string')
      return {
        status: 422,
        body: {
          error: 'RecordInvalid',
          description: 'Record validation errors',
          details: { requester: [{ description: 'Requester: Email is required', error: 'BlankValue' }] }
        }
      }
    const tokens = Array.isArray(r.comment.uploads) ? (r.comment.uploads as string[]) : []
    const ttl = this.options.uploadTtlMs ?? 60 * 60_000
    const attachments: StoredUpload[] = []
    for (const t of tokens) {
      const files = this.uploads.get(t)
      if (expire || !files || files[0]!.used || Date.now() - files[0]!.createdAt > ttl)
        return { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } }
      attachments.push(...files)
    }
    for (const u of attachments) u.used = true
    const request: StoredRequest = {
      id: this.nextId++,
      subject: String(r.subject ?? ''),
      description: r.comment.body,
      requester: owner === null ? { name: String(r.requester?.name ?? ''), email: String(r.requester?.email) } : null,
      owner,
      attachments,
      customFields: Array.isArray(r.custom_fields) ? (r.custom_fields as StoredRequest['customFields']) : []
    }
    this.requests.push(request)
    return { status: 201, body: { request: publicRequest(request) } }
  }
}

function publicRequest(r: StoredRequest): unknown {
  return { id: r.id, subject: r.subject, description: r.description, status: 'new', custom_fields: r.customFields }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', () => resolve(Buffer.concat(chunks)))
  })
}
