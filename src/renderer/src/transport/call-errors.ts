// Errors a call can end in, phrased for the person looking at the screen. The core's own message
// is kept verbatim in `detail` for support.
import { ContractError } from '../../../shared/contract'

export class CoreUnreachableError extends Error {
  constructor(readonly detail: string) {
    super('The diagnostics service is not answering.')
    this.name = 'CoreUnreachableError'
  }
}

export class CoreRefusedError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string
  ) {
    super(
      status === 401
        ? 'The diagnostics service refused this page: its access token is missing or no longer valid. Open the address printed by "logi-diag serve" again.'
        : status === 403
          ? 'The diagnostics service refused this page because of the address it was opened from. Open it as http://127.0.0.1:<port>/ on the room computer or through an SSH tunnel.'
          : `The diagnostics service refused the request (HTTP ${status}).`
    )
    this.name = 'CoreRefusedError'
  }
}

export class CoreCallError extends Error {
  constructor(
    readonly call: string,
    readonly detail: string
  ) {
    super(`The diagnostics service could not complete "${call}".`)
    this.name = 'CoreCallError'
  }
}

/** Technical detail worth showing one click away, if the error carries any beyond its message. */
export function errorDetail(err: unknown): string | null {
  if (err instanceof ContractError) return err.message
  if (err instanceof CoreUnreachableError || err instanceof CoreRefusedError || err instanceof CoreCallError) return err.detail
  return null
}

export function errorMessage(err: unknown): string {
  if (err instanceof ContractError) return 'The diagnostics service sent data this version of the app does not understand.'
  return err instanceof Error ? err.message : String(err)
}
