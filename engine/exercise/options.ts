/**
 * Authored decisions: finding the decision a `decide` event refers to, and expanding the
 * chosen option into the log events it stands for (each taking the decide's `t` and role).
 */
import type { Decision, Id, Inject, Option, OptionEvent } from '../scenario/schema'
import type { DecideEvent, LogEvent } from './log'

export interface FoundDecision {
  /** Position of the decision in its inject's `decisions` (decisions are keyed by it). */
  readonly position: number
  readonly decision: Decision
  readonly option: Option
}

/** The role's decision in this inject that offers the option, if any. */
export function findDecision(inject: Inject, role: Id, option: Id): FoundDecision | undefined {
  const decisions = inject.decisions ?? []
  for (const [position, decision] of decisions.entries()) {
    if (decision.role !== role) continue
    const found = decision.options.find((candidate) => candidate.id === option)
    if (found !== undefined) return { position, decision, option: found }
  }
  return undefined
}

/** The option's events as log events, in order, as if the deciding role had logged them. */
export function expandOption(decide: DecideEvent, option: Option): LogEvent[] {
  return option.events.map((event) => expandOne(decide, event))
}

function expandOne(decide: DecideEvent, event: OptionEvent): LogEvent {
  switch (event.type) {
    case 'share':
    case 'statement':
      return { ...event, t: decide.t, from: decide.role }
    case 'act':
    case 'decline':
      return { ...event, t: decide.t, role: decide.role }
    case 'note':
      return { ...event, t: decide.t }
  }
}
