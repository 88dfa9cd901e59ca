// What the app holds: the shared CoreClient plus the two things a screen needs to stay honest
// about the link — whether live updates are flowing, and whether the core sent something the
// contract does not allow.
import type { CoreClient, Unsubscribe } from '../../../shared/contract'

/** `reconnecting`: live updates are paused; events may have been missed until it is `live` again. */
export type LinkState = 'connecting' | 'live' | 'reconnecting'

export interface Transport extends CoreClient {
  readonly kind: 'electron' | 'web'
  readonly linkState: LinkState
  onLinkState(listener: (state: LinkState) => void): Unsubscribe
  /** A payload that failed contract validation, or a transport fault that is not a call's error. */
  onProblem(listener: (message: string) => void): Unsubscribe
}

/** Small typed listener set, so each transport does not reimplement subscribe/unsubscribe. */
export class Listeners<T> {
  private readonly set = new Set<(value: T) => void>()

  add(listener: (value: T) => void): Unsubscribe {
    this.set.add(listener)
    return () => {
      this.set.delete(listener)
    }
  }

  emit(value: T): void {
    for (const listener of [...this.set]) listener(value)
  }

  get size(): number {
    return this.set.size
  }
}
