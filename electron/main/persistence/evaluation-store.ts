/**
 * Sessions' HSEEP evaluations on disk (docs/hseep.md), one `<session id>.json` each in a
 * folder beside the sessions'. Every save is atomic; a file that cannot be read as a
 * `ttx-evaluation/1` is moved aside (never deleted), the user is told once, and the session
 * starts a fresh evaluation — its log, the truth of what was played, is untouched.
 */
import { readFile, rm } from 'node:fs/promises'
import { StoredEvaluation } from '../../../contract/host-schemas'
import type { Evaluation } from '../../../engine/hseep/evaluation'
import { writeFileAtomic } from './atomic-write'
import type { Notices } from './notices'
import { SerialQueue } from './serial-queue'
import { SessionPaths, isMissing } from './session-files'

export class EvaluationStore {
  readonly #paths: SessionPaths
  readonly #queue = new SerialQueue()

  constructor(
    dir: string,
    private readonly notices: Notices,
    private readonly now: () => Date = () => new Date(),
  ) {
    // The same naming as sessions: `<id>.json`, and `<id>.corrupt-<time>.json` when moved aside.
    this.#paths = new SessionPaths(dir)
  }

  save(id: string, evaluation: Evaluation): Promise<void> {
    return this.#queue.run(() =>
      writeFileAtomic(this.#paths.primary(id), `${JSON.stringify(evaluation, null, 2)}\n`),
    )
  }

  /** The session's evaluation, or null when it has none (or had one that could not be read). */
  load(id: string): Promise<Evaluation | null> {
    return this.#queue.run(async () => {
      const file = this.#paths.primary(id)
      let text: string
      try {
        text = await readFile(file, 'utf8')
      } catch (error) {
        if (isMissing(error)) return null
        throw error
      }
      const problem = judge(text)
      if (typeof problem !== 'string') return problem
      const aside = await this.#paths.moveAside(file, id, this.now())
      this.notices.push(
        `The evaluation of session "${id}" could not be read (${problem}); it was kept as ${aside} and the evaluation starts again.`,
      )
      return null
    })
  }

  delete(id: string): Promise<void> {
    return this.#queue.run(() => rm(this.#paths.primary(id), { force: true }))
  }
}

/** The evaluation in `text`, or why there is none. */
function judge(text: string): Evaluation | string {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return 'the file is truncated or is not JSON'
  }
  const parsed = StoredEvaluation.safeParse(json)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  return `it is not a valid ttx-evaluation/1: ${issue === undefined ? 'unknown problem' : `${issue.path.join('.') || 'the file'}: ${issue.message}`}`
}
