// The three Zendesk calls a ticket needs: upload the bundle (Uploads API), create the request
// (Requests API), and list the user's own recent requests to find one by bundle id after an
// ambiguous failure. Anonymous or OAuth bearer; the token is only ever put in a header.
import { createReadStream } from 'node:fs'
import { exchange } from './zendesk-http'

export type ZendeskAuth = { kind: 'anonymous' } | { kind: 'bearer'; token: string }

export interface ZendeskTimeouts {
  /** Per exchange without a file body (create, lookup). */
  requestMs: number
  /** Upload: this plus time per MiB. */
  uploadBaseMs: number
  uploadPerMiBMs: number
}

export const DEFAULT_TIMEOUTS: ZendeskTimeouts = { requestMs: 60_000, uploadBaseMs: 60_000, uploadPerMiBMs: 10_000 }

export interface RequestPayload {
  request: {
    subject: string
    comment: { body: string; uploads?: string[] }
    requester?: { name: string; email: string }
    custom_fields?: { id: number; value: string }[]
  }
}

export interface FoundRequest {
  id: number
  description: string
  customFields: { id: number; value: unknown }[]
}

/** Base URL of the help centre, e.g. https://example.zendesk.com (a path prefix is kept). */
export function parseEndpoint(text: string): URL {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new Error(`not a URL: ${text.slice(0, 100)}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('the endpoint must be an http(s) URL')
  if (url.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new Error('plain http is only allowed to this machine (127.0.0.1); use https')
  }
  if (url.username || url.password) throw new Error('put credentials in the token, not in the URL')
  url.search = ''
  url.hash = ''
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return url
}

export class ZendeskClient {
  constructor(
    private readonly base: URL,
    private readonly auth: ZendeskAuth,
    private readonly timeouts: ZendeskTimeouts = DEFAULT_TIMEOUTS
  ) {}

  private url(path: string): URL {
    return new URL(path, this.base)
  }

  private headers(extra: Record<string, string | number> = {}): Record<string, string | number> {
    const h: Record<string, string | number> = { accept: 'application/json', 'user-agent': 'logi-room-diagnostics', ...extra }
    if (this.auth.kind === 'bearer') h.authorization = `Bearer ${this.auth.token}`
    return h
  }

  /**
   * POST /api/v2/uploads?filename=…[&token=…] with the raw bytes and their real MIME type. Passing
   * the token of an earlier upload chains the file onto it, so one token carries every file.
   */
  async upload(
    file: { name: string; contentType: string } & ({ path: string; size: number } | { bytes: Buffer }),
    chainToken: string | null,
    onBytes?: (n: number) => void
  ): Promise<string> {
    const url = this.url('api/v2/uploads.json')
    url.searchParams.set('filename', file.name)
    if (chainToken) url.searchParams.set('token', chainToken)
    const size = 'bytes' in file ? file.bytes.length : file.size
    const res = await exchange({
      method: 'POST',
      url,
      headers: this.headers({ 'content-type': file.contentType, 'content-length': size }),
      body: 'bytes' in file ? file.bytes : () => createReadStream(file.path),
      timeoutMs: this.timeouts.uploadBaseMs + Math.ceil(size / 1048576) * this.timeouts.uploadPerMiBMs,
      onBytesSent: onBytes
    })
    const token = (res.body as { upload?: { token?: unknown } })?.upload?.token
    if (typeof token !== 'string' || !token) throw new Error('the upload answer carried no token')
    return token
  }

  async createRequest(payload: RequestPayload): Promise<{ id: number }> {
    const body = Buffer.from(JSON.stringify(payload))
    const res = await exchange({
      method: 'POST',
      url: this.url('api/v2/requests.json'),
      headers: this.headers({ 'content-type': 'application/json', 'content-length': body.length }),
      body,
      timeoutMs: this.timeouts.requestMs
    })
    const id = (res.body as { request?: { id?: unknown } })?.request?.id
    if (typeof id !== 'number') throw new Error('the create answer carried no request id')
    return { id }
  }

  /**
   * The signed-in user's most recent requests. Listing (not search) because Zendesk's search
   * index lags behind by minutes: a request created seconds ago may not be found by search yet.
   */
  async recentRequests(): Promise<FoundRequest[]> {
    const url = this.url('api/v2/requests.json')
    url.searchParams.set('sort_by', 'created_at')
    url.searchParams.set('sort_order', 'desc')
    url.searchParams.set('per_page', '100')
    const res = await exchange({ method: 'GET', url, headers: this.headers(), timeoutMs: this.timeouts.requestMs })
    const list = (res.body as { requests?: unknown })?.requests
    if (!Array.isArray(list)) throw new Error('the request list answer was not a list')
    return list.map((r: { id?: unknown; description?: unknown; custom_fields?: unknown }) => ({
      id: Number(r.id),
      description: typeof r.description === 'string' ? r.description : '',
      customFields: Array.isArray(r.custom_fields) ? (r.custom_fields as { id: number; value: unknown }[]) : []
    }))
  }

  /** Link agents and users open for a request. */
  requestUrl(id: number): string {
    return this.url(`hc/requests/${id}`).toString()
  }
}
