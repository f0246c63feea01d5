/**
 * A replay as plain JSON data: Maps become objects with sorted keys and the scenario's
 * index is left out, so the same log always gives byte-identical `JSON.stringify` output.
 */
import type { Minute } from '../scenario/clock'
import type { Id } from '../scenario/schema'
import type { AppliedEvent, InjectEntry, Learning, PlayEnd, Replay } from './replay-types'

export interface ReplayJson {
  readonly scenario: Id
  readonly policy: string
  readonly applied: readonly AppliedEvent[]
  readonly learnings: readonly Learning[]
  /** role -> fact -> the minute it was first learned, keys sorted. */
  readonly knowledge: Readonly<Record<Id, Readonly<Record<Id, Minute>>>>
  readonly injects: readonly InjectEntry[]
  readonly clock: Minute
  readonly end: PlayEnd
}

export function toJson(replay: Replay): ReplayJson {
  return {
    scenario: replay.log.scenario,
    policy: replay.log.policy,
    applied: replay.applied,
    learnings: replay.learnings,
    knowledge: sortedKnowledge(replay.knowledge),
    injects: replay.injects,
    clock: replay.clock,
    end: replay.end,
  }
}

function sortedKnowledge(knowledge: Replay['knowledge']): Record<Id, Record<Id, Minute>> {
  const byRole: Record<Id, Record<Id, Minute>> = {}
  for (const role of [...knowledge.keys()].sort()) {
    const facts = knowledge.get(role) ?? new Map<Id, Learning>()
    byRole[role] = Object.fromEntries(
      [...facts.keys()].sort().map((fact) => [fact, facts.get(fact)?.at ?? 0]),
    )
  }
  return byRole
}
