/**
 * Runs async operations one at a time, in call order. The session store uses it so that
 * two quick saves (the renderer saves after every event) cannot interleave their backup
 * rotation and rename, and a load never reads between the two.
 */
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve()

  run<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(operation, operation)
    // The chain must survive a failed operation; the caller still sees the failure.
    this.#tail = result.catch(() => undefined)
    return result
  }
}
