/**
 * `replay(scenario, log)`: the exercise as a fold of its log through the scenario's
 * machine. Each event is checked by the same rules the machine's guard uses; the first
 * broken rule stops the replay with an error naming the event. Nothing is dropped.
 */
import { indexScenario, type ScenarioIndex } from '../scenario/scenario-index'
import type { Id, Scenario } from '../scenario/schema'
import type { ExerciseContext } from './context'
import type { Log } from './log'
import { ExerciseFold } from './fold'
import type { Records } from './records'
import type { Learning, PlayEnd, Replay, ReplayResult } from './replay-types'

export function replay(scenario: Scenario, log: Log): ReplayResult {
  return replayIndexed(indexScenario(scenario), log)
}

/** The same, for callers that already hold the scenario's index. */
export function replayIndexed(index: ScenarioIndex, log: Log): ReplayResult {
  const { scenario } = index
  if (log.scenario !== scenario.id) {
    const message = `the log is for scenario "${log.scenario}", not "${scenario.id}"`
    return { ok: false, error: { index: -1, field: 'scenario', message } }
  }
  const fold = ExerciseFold.start(index)
  for (const event of log.events) {
    const error = fold.check(event)
    if (error !== undefined) return { ok: false, error }
    fold.apply(event)
  }
  return { ok: true, replay: toReplay(index, log, fold.context, fold.records) }
}

/** The final context and the collected records, in the shape of the contract. */
export function toReplay(
  index: ScenarioIndex,
  log: Log,
  context: ExerciseContext,
  records: Records,
): Replay {
  return {
    index,
    log,
    applied: records.applied,
    learnings: records.learnings,
    knowledge: knowledgeOf(records.learnings),
    injects: records.injects,
    clock: context.clock,
    end: context.end ?? openEnd(context),
  }
}

const openEnd = (context: ExerciseContext): PlayEnd => ({ at: context.clock, reason: 'open' })

function knowledgeOf(learnings: readonly Learning[]): Map<Id, Map<Id, Learning>> {
  const knowledge = new Map<Id, Map<Id, Learning>>()
  for (const learning of learnings) {
    const known = knowledge.get(learning.role) ?? new Map<Id, Learning>()
    known.set(learning.fact, learning)
    knowledge.set(learning.role, known)
  }
  return knowledge
}
