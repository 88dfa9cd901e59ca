/** A request the collection cannot serve in its current state, in words for the user. */
export class CollectionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CollectionError'
  }
}
