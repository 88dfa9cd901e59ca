// What a failed exchange with Zendesk means for the ticket, in words the user can act on.
// Nothing here ever includes request headers, so a token cannot end up in a message.
import type { FieldProblem, TicketError, TicketField } from '../../shared/contract'
import { HttpStatusError, NetworkError } from './zendesk-http'

/** How the outbox reacts to a failure. */
export type Disposition =
  | { kind: 'retry'; error: TicketError; retryAfterMs: number | null } // nothing was created; try again later
  | { kind: 'ambiguous'; error: TicketError } // the server may have created it
  | { kind: 'upload-expired'; error: TicketError } // upload token unknown/expired: upload again
  | { kind: 'stop'; error: TicketError } // needs the user

const err = (
  kind: TicketError['kind'],
  message: string,
  status: number | null,
  fields: FieldProblem[] = [],
  other: string[] = []
): TicketError => ({
  kind,
  message,
  status,
  fields,
  other
})

/** Seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now: Date): number | null {
  const v = Array.isArray(value) ? value[0] : value
  if (!v) return null
  if (/^\s*\d+(\.\d+)?\s*$/.test(v)) return Math.round(Number(v) * 1000)
  const at = Date.parse(v)
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime())
}

// Zendesk's RecordInvalid `details` keys → the form field the user can fix.
const DETAIL_FIELDS: Record<string, TicketField> = {
  subject: 'summary',
  description: 'description',
  comment: 'description',
  body: 'description',
  email: 'email',
  name: 'contactName'
}

function detailsOf(body: unknown): Record<string, unknown> {
  const details = (body as { details?: unknown } | null)?.details
  return details && typeof details === 'object' ? (details as Record<string, unknown>) : {}
}

export function mapRecordInvalid(body: unknown): { fields: FieldProblem[]; other: string[] } {
  const fields: FieldProblem[] = []
  const other: string[] = []
  for (const [key, list] of Object.entries(detailsOf(body))) {
    for (const item of Array.isArray(list) ? list : [list]) {
      const description = String((item as { description?: unknown })?.description ?? item ?? '').slice(0, 300)
      // "requester" covers name and e-mail; the message says which.
      const field =
        key === 'requester' ? (/name/i.test(description) && !/e-?mail/i.test(description) ? 'contactName' : 'email') : DETAIL_FIELDS[key]
      if (field) fields.push({ field, message: description })
      else other.push(`${key}: ${description}`)
    }
  }
  return { fields, other }
}

function bodyText(body: unknown, text: string): string {
  if (body && typeof body === 'object') {
    const b = body as { description?: unknown; error?: unknown }
    const d = typeof b.description === 'string' ? b.description : typeof b.error === 'string' ? b.error : ''
    if (d) return d.slice(0, 200)
  }
  return text.trim().slice(0, 200)
}

export function classify(failure: unknown, phase: 'upload' | 'create' | 'lookup', anonymous: boolean, now: Date): Disposition {
  if (failure instanceof NetworkError) {
    const ambiguous = phase === 'create' && failure.sent
    const message = ambiguous
      ? `The server may have received the ticket, but ${failure.message} before it confirmed.`
      : `Could not reach the help centre: ${failure.message}.`
    return ambiguous
      ? { kind: 'ambiguous', error: err('ambiguous', message, null) }
      : { kind: 'retry', error: err('network', message, null), retryAfterMs: null }
  }
  if (!(failure instanceof HttpStatusError)) {
    return { kind: 'stop', error: err('server', failure instanceof Error ? failure.message : String(failure), null) }
  }
  const { status, body, text, headers } = failure.response
  const detail = bodyText(body, text)
  if (status === 401) {
    return {
      kind: 'stop',
      error: err(
        'auth',
        anonymous
          ? 'The help centre asks for sign-in (401): it does not take anonymous tickets. File with a token, or export the ticket and upload it by hand.'
          : 'The help centre did not accept the sign-in token (401): it is missing, expired or revoked. Sign in again, then retry.',
        401
      )
    }
  }
  if (status === 403) {
    return {
      kind: 'stop',
      error: err(
        'auth',
        anonymous
          ? 'The help centre does not accept anonymous tickets or uploads (403). Ask for an account, or export the ticket and upload it by hand.'
          : 'The signed-in account may not do this here (403): it may lack the permission or its e-mail address is not verified yet.',
        403
      )
    }
  }
  if (status === 429 || status === 503) {
    const wait = parseRetryAfter(headers['retry-after'], now)
    const why = status === 429 ? 'The help centre is rate-limiting requests' : 'The help centre is temporarily unavailable'
    return {
      kind: 'retry',
      error: err(status === 429 ? 'rate-limited' : 'server', `${why} (${status}${detail ? `: ${detail}` : ''}).`, status),
      retryAfterMs: wait
    }
  }
  if (phase === 'create' && status === 404) {
    return {
      kind: 'upload-expired',
      error: err('server', 'The attachment’s upload token had expired on the server; uploading again.', 404)
    }
  }
  if (status === 422 && phase === 'create') {
    const { fields, other } = mapRecordInvalid(body)
    const message = fields.length
      ? 'The help centre rejected some fields; correct them and send again.'
      : `The help centre rejected the ticket (422${detail ? `: ${detail}` : ''}).`
    return { kind: 'stop', error: err('invalid', message, 422, fields, other) }
  }
  if (status === 413 || (status === 422 && phase === 'upload')) {
    return {
      kind: 'stop',
      error: err(
        'bundle',
        `The help centre refused the bundle (${status}${detail ? `: ${detail}` : ''}): it may be too large or of a blocked file type. Export the ticket instead.`,
        status
      )
    }
  }
  if (status >= 500) {
    const message = `The help centre failed (${status}${detail ? `: ${detail}` : ''}).`
    // A 5xx on create may come after the request was stored (a gateway timing out, for example).
    return phase === 'create'
      ? { kind: 'ambiguous', error: err('ambiguous', message, status) }
      : { kind: 'retry', error: err('server', message, status), retryAfterMs: null }
  }
  return { kind: 'stop', error: err('server', `The help centre answered ${status}${detail ? `: ${detail}` : ''}.`, status) }
}
