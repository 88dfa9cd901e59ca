export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  /** `health` only: at least one error-severity finding. */
  healthError: 3
} as const
