export class ReadTimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} did not answer within ${ms} ms`)
    this.name = 'ReadTimeoutError'
  }
}

/** Races a device read against a deadline; the read itself may stay stuck, the caller moves on. */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ReadTimeoutError(what, ms)), ms)
      timer.unref()
    })
  ])
}
