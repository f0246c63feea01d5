/**
 * What the exercise machine tells the outside world (its typed `emitted` events): each
 * applied event, each first learning, each inject entered and the end of play. `replay()`
 * and the session collect them into the growing records of a `Replay`, outside the
 * machine's bounded context.
 */
import type { AppliedEvent, InjectEntry, Learning, PlayEnd } from './replay-types'

export type ExerciseEmitted =
  | { readonly type: 'applied'; readonly applied: AppliedEvent }
  | { readonly type: 'learned'; readonly learning: Learning }
  | { readonly type: 'entered'; readonly entry: InjectEntry }
  | { readonly type: 'ended'; readonly end: PlayEnd }

/** The growing records, appended to in the order the machine emits them. */
export interface Records {
  readonly applied: AppliedEvent[]
  readonly learnings: Learning[]
  readonly injects: InjectEntry[]
}

export const emptyRecords = (): Records => ({ applied: [], learnings: [], injects: [] })

export function collect(records: Records, emitted: ExerciseEmitted): void {
  switch (emitted.type) {
    case 'applied':
      records.applied.push(emitted.applied)
      return
    case 'learned':
      records.learnings.push(emitted.learning)
      return
    case 'entered':
      records.injects.push(emitted.entry)
      return
    case 'ended':
      // The end is also in the context; nothing grows.
      return
  }
}
