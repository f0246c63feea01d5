/**
 * A scenario condition (`when`) judged at one moment of a replay: just before the applied
 * event at `position`, from the records scoring already reads. Branch conditions are
 * judged by the exercise engine during play; this is the same language after the fact,
 * for the rules that ask "did this hold when it happened?".
 */
import type { AppliedEvent, Learning, Replay } from '../exercise/replay-types'
import type { Condition } from '../scenario/schema'

export function heldBefore(replay: Replay, condition: Condition, position: number): boolean {
  const before = replay.applied.slice(0, position)
  const now = replay.applied[position]
  const holds = (c: Condition): boolean => {
    if ('knows' in c) {
      const learning = replay.knowledge.get(c.knows.role)?.get(c.knows.fact)
      return learning !== undefined && learnedAt(replay, learning) < position
    }
    if ('decided' in c) {
      const { role, option } = c.decided
      return before.some((e) => e.type === 'decide' && e.role === role && e.option === option)
    }
    if ('acted' in c) {
      const { action, role } = c.acted
      return before.some(
        (e) => e.type === 'act' && e.action === action && (role === undefined || e.role === role),
      )
    }
    if ('threat' in c) return (now?.threat ?? 0) >= c.threat.atLeast
    if ('all' in c) return c.all.every(holds)
    if ('any' in c) return c.any.some(holds)
    return !holds(c.not)
  }
  return holds(condition)
}

/** The position in `applied` of the event that taught it; -1 for the first inject's reveals. */
function learnedAt(replay: Replay, learning: Learning): number {
  const taught = (event: AppliedEvent): boolean =>
    learning.index === undefined
      ? event.type === 'advance' && event.entered === learning.inject
      : event.type === 'share' && event.index === learning.index && event.from === learning.from
  return replay.applied.findIndex(taught)
}
