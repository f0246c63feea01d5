/**
 * Saves the evaluation after every change without ever losing one silently: one save in
 * flight at a time, the newest change waiting behind it (older waiting ones are superseded,
 * since each save carries the whole evaluation), and a failure kept and reported until a
 * later save succeeds or the evaluator retries.
 */
import type { Evaluation } from '../../engine/hseep/evaluation'

export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly reason: string }

export class EvaluationSaver {
  private inFlight = false
  private waiting: Evaluation | undefined
  /** The last evaluation asked to be saved: what a retry saves again. */
  private latest: Evaluation | undefined
  private failure: string | undefined

  constructor(
    private readonly write: (evaluation: Evaluation) => Promise<void>,
    private readonly report: (state: SaveState) => void,
  ) {}

  save(evaluation: Evaluation): void {
    this.latest = evaluation
    this.waiting = evaluation
    this.report({ kind: 'saving' })
    void this.drain()
  }

  /** Saves the newest evaluation again after a failure. */
  retry(): void {
    if (this.latest !== undefined) this.save(this.latest)
  }

  private async drain(): Promise<void> {
    if (this.inFlight) return
    this.inFlight = true
    while (this.waiting !== undefined) {
      const next = this.waiting
      this.waiting = undefined
      try {
        await this.write(next)
        this.failure = undefined
      } catch (error) {
        this.failure = error instanceof Error ? error.message : String(error)
      }
    }
    this.inFlight = false
    this.report(
      this.failure === undefined ? { kind: 'saved' } : { kind: 'failed', reason: this.failure },
    )
  }
}
