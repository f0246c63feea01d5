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

// Object.assign rather than `{ ...event, t }`: V8 spreads into a literal with more keys
// many times slower, and every decide is expanded twice (checked, then applied).
function expandOne(decide: DecideEvent, event: OptionEvent): LogEvent {
  const { t, role } = decide
  switch (event.type) {
    case 'share':
    case 'statement':
      return Object.assign({}, event, { t, from: role })
    case 'act':
    case 'decline':
      return Object.assign({}, event, { t, role })
    case 'note':
      return Object.assign({}, event, { t })
  }
}
