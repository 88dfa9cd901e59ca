export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  /** `health` only: at least one error-severity finding. */
  healthError: 3,
  /** `ticket` only: saved in the outbox but not filed yet (waiting to retry, or needs an answer). */
  ticketPending: 4
} as const
