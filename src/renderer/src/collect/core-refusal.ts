// The one refusal the screens act on: `bundle.*` for an id the core does not know (discarded, or
// the core restarted) says "unknown collection". A test holds this to the core's actual message.
import { CoreCallError } from '../transport/call-errors'

const UNKNOWN_COLLECTION = /unknown collection/i

export function isUnknownCollection(error: unknown): boolean {
  return error instanceof CoreCallError && UNKNOWN_COLLECTION.test(error.detail)
}
