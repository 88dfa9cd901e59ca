// One HTTP exchange with a Zendesk-compatible server, on node:http(s) rather than fetch so the
// client knows whether the request body had been fully sent when a connection dropped (which
// decides whether a create is "ambiguous"), can stream an upload with progress, and can time out
// a slow response. Bodies of error responses may be JSON or plain text (429s often are text).
import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { Readable } from 'node:stream'

export interface HttpResponse {
  status: number
  headers: IncomingMessage['headers']
  /** Parsed JSON when the server said so and it parsed; else the text. */
  body: unknown
  text: string
}

/** The server answered with a non-2xx status. */
export class HttpStatusError extends Error {
  constructor(readonly response: HttpResponse) {
    super(`HTTP ${response.status}`)
    this.name = 'HttpStatusError'
  }
}

/** No (complete) answer. `sent` = the whole request had gone out, so the server may have acted on it. */
export class NetworkError extends Error {
  constructor(
    message: string,
    readonly sent: boolean,
    readonly timedOut: boolean
  ) {
    super(message)
    this.name = 'NetworkError'
  }
}

export interface HttpCall {
  method: 'GET' | 'POST'
  url: URL
  headers: OutgoingHttpHeaders
  body?: Buffer | (() => Readable)
  timeoutMs: number
  onBytesSent?: (bytes: number) => void
}

const MAX_RESPONSE = 4 * 1024 * 1024

export function exchange(call: HttpCall): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const send = call.url.protocol === 'https:' ? httpsRequest : httpRequest
    let sent = false
    let settled = false
    const fail = (err: NetworkError): void => {
      if (settled) return
      settled = true
      req.destroy()
      reject(err)
    }
    const req = send(call.url, { method: call.method, headers: call.headers }, (res) => {
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size <= MAX_RESPONSE) chunks.push(chunk)
      })
      res.on('error', () => fail(new NetworkError('the connection dropped while the answer was arriving', true, false)))
      res.on('aborted', () => fail(new NetworkError('the connection dropped while the answer was arriving', true, false)))
      res.on('end', () => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        const text = Buffer.concat(chunks).toString('utf8')
        let body: unknown = text
        if (/json/i.test(String(res.headers['content-type'] ?? ''))) {
          try {
            body = JSON.parse(text)
          } catch {
            body = text
          }
        }
        const response = { status: res.statusCode ?? 0, headers: res.headers, body, text }
        if (response.status >= 200 && response.status < 300) resolve(response)
        else reject(new HttpStatusError(response))
      })
    })
    const timer = setTimeout(
      () => fail(new NetworkError(`no answer within ${Math.round(call.timeoutMs / 1000)} s`, sent, true)),
      call.timeoutMs
    )
    req.on('finish', () => {
      sent = true
    })
    req.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      fail(new NetworkError(describeSocketError(err), sent, false))
    })
    if (call.body === undefined) req.end()
    else if (Buffer.isBuffer(call.body)) req.end(call.body)
    else {
      const stream = call.body()
      let bytes = 0
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length
        call.onBytesSent?.(bytes)
      })
      stream.on('error', (err) => fail(new NetworkError(`could not read the file being sent: ${err.message}`, false, false)))
      stream.pipe(req)
    }
  })
}

function describeSocketError(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ECONNREFUSED':
      return 'the server refused the connection'
    case 'ECONNRESET':
      return 'the connection was reset'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the server name could not be resolved'
    case 'ETIMEDOUT':
      return 'the connection timed out'
    default:
      return err.code ? `network error (${err.code})` : 'the connection dropped'
  }
}
