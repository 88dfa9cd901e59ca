// One refetch at a time: a trigger while a run is in flight asks for exactly one more run after
// it, however many triggers arrive meanwhile. A hub with four parts behind it is one refetch or
// two, never four racing ones whose answers land out of order.
export interface Coalesced {
  trigger(): void
  /** Resolves once no run is in flight and none is queued. */
  idle(): Promise<void>
}

export function coalesce(run: () => Promise<void>): Coalesced {
  let running: Promise<void> | null = null
  let again = false

  const start = (): void => {
    running = run()
      .catch(() => {
        // `run` reports its own failures; a rejection must not stop later triggers.
      })
      .finally(() => {
        running = null
        if (again) {
          again = false
          start()
        }
      })
  }

  return {
    trigger() {
      if (running) again = true
      else start()
    },
    async idle() {
      while (running) await running
    }
  }
}
