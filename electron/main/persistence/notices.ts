/**
 * Problems the host noticed on its own (a corrupt save moved aside, a backup restored),
 * queued until the renderer asks, so the user is told once and nothing happens silently.
 */
export class Notices {
  readonly #queue: string[] = []

  push(message: string): void {
    // The same problem found twice in one run (e.g. by a list and then a load) is told once.
    if (!this.#queue.includes(message)) this.#queue.push(message)
  }

  take(): readonly string[] {
    return this.#queue.splice(0, this.#queue.length)
  }
}
