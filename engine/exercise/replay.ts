/**
 * `replay(scenario, log)`: the exercise as a fold of its log through `step` (step.ts), the
 * same step a live session takes for each event. The first broken rule stops the replay with
 * an error naming the event. Nothing is dropped.
 */
import { indexScenario, type ScenarioIndex } from '../scenario/scenario-index'
import type { Id, Scenario } from '../scenario/schema'
import type { ExerciseContext } from './context'
import type { Log } from './log'
import type {
  AppliedEvent,
  InjectEntry,
  Learning,
  PlayEnd,
  Replay,
  ReplayResult,
} from './replay-types'
import { start, step, type ExerciseRecord } from './step'

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
  const begun = start(index)
  const records = emptyRecords()
  collect(records, begun.records)
  let { context } = begun
  for (const event of log.events) {
    const result = step(index, context, event)
    if (!result.ok) return result
    context = result.context
    collect(records, result.records)
  }
  return { ok: true, replay: toReplay(index, log, context, records) }
}

/** The growing records of a replay, kept apart from the bounded context. */
export interface Records {
  readonly applied: AppliedEvent[]
  readonly learnings: Learning[]
  readonly injects: InjectEntry[]
}

export const emptyRecords = (): Records => ({ applied: [], learnings: [], injects: [] })

export function collect(records: Records, added: readonly ExerciseRecord[]): void {
  for (const record of added) {
    switch (record.type) {
      case 'applied':
        records.applied.push(record.applied)
        break
      case 'learned':
        records.learnings.push(record.learning)
        break
      case 'entered':
        records.injects.push(record.entry)
        break
      case 'ended':
        // The end is also in the context; nothing grows.
        break
    }
  }
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
