/**
 * The rules an event of the log must follow, as one pure function. `step` (and through it
 * `replay()` and the session's `dispatch`) and the session's `can` all ask `checkEvent`, so
 * no caller ever re-derives a rule. A broken rule is described in a facilitator's words,
 * naming the event's index and the field at fault.
 */
import { toClock } from '../scenario/clock'
import type { ScenarioIndex } from '../scenario/scenario-index'
import type { Id } from '../scenario/schema'
import { decisionKey, knows, minuteOf, type ExerciseContext } from './context'
import type { DecideEvent, LogEvent } from './log'
import { expandOption, findDecision } from './options'
import type { ReplayError } from './replay-types'

/** What is wrong with an event, before it is placed at an index. */
export interface Problem {
  readonly field?: string
  readonly message: string
  /** Where inside the event, e.g. the option a `decide` expanded into. */
  readonly within?: string
}

/** The first rule the event breaks in this context, or undefined when it may be applied. */
export function checkEvent(
  index: ScenarioIndex,
  context: ExerciseContext,
  event: LogEvent,
): ReplayError | undefined {
  const problem = findProblem(index, context, event)
  if (problem === undefined) return undefined
  const at = context.applied
  const where = problem.within === undefined ? `event ${at}` : `event ${at} (${problem.within})`
  const error = { index: at, message: `${where}: ${problem.message}` }
  return problem.field === undefined ? error : { ...error, field: problem.field }
}

export function findProblem(
  index: ScenarioIndex,
  context: ExerciseContext,
  event: LogEvent,
): Problem | undefined {
  return (
    afterEnd(context) ?? checkTime(index, context, event.t) ?? checkFields(index, context, event)
  )
}

function afterEnd(context: ExerciseContext): Problem | undefined {
  const { end } = context
  if (end === undefined) return undefined
  const how =
    end.reason === 'end'
      ? `ended at ${toClock(end.at)} (event ${end.index ?? '?'})`
      : `ended at ${toClock(end.at)} when the last inject "${context.inject}" was left`
  return { message: `play ${how}; nothing follows the end` }
}

function checkTime(
  index: ScenarioIndex,
  context: ExerciseContext,
  t: string | undefined,
): Problem | undefined {
  if (t === undefined) return undefined
  const minute = minuteOf(t)
  if (minute >= context.clock) return undefined
  const inject = index.injects.get(context.inject)
  const due = inject === undefined ? context.clock : minuteOf(inject.at)
  const why =
    minute < due
      ? ` (the current inject "${context.inject}" is due at ${toClock(due)}; no event comes before it)`
      : ''
  return {
    field: 't',
    message: `${t} is earlier than the clock (${toClock(context.clock)}); time never runs backwards${why}`,
  }
}

function checkFields(
  index: ScenarioIndex,
  context: ExerciseContext,
  event: LogEvent,
): Problem | undefined {
  const rules = new Rules(index, context)
  switch (event.type) {
    case 'share':
      return (
        rules.player(event.from, 'from', 'share facts') ??
        rules.roles(event.to, 'to') ??
        rules.known(event.from, event.facts)
      )
    case 'statement':
      return rules.player(event.from, 'from', 'make statements') ?? rules.roles(event.to, 'to')
    case 'act':
      return rules.player(event.role, 'role', 'act') ?? rules.action(event.action)
    case 'decline':
      return (
        rules.player(event.role, 'role', 'decline') ??
        rules.roles(event.to, 'to') ??
        rules.known(event.role, event.facts)
      )
    case 'decide':
      return rules.player(event.role, 'role', 'decide') ?? rules.decide(event)
    case 'advance':
    case 'note':
    case 'end':
      return undefined
  }
}

/** The checks, each returning the first problem found or undefined. */
class Rules {
  constructor(
    private readonly index: ScenarioIndex,
    private readonly context: ExerciseContext,
  ) {}

  player(role: Id, field: string, doing: string): Problem | undefined {
    const found = this.index.roles.get(role)
    if (found === undefined) return { field, message: `"${role}" is not a role in this scenario` }
    if (found.player) return undefined
    return {
      field,
      message: `${role} is a contact, not a player (player: false); only players ${doing}`,
    }
  }

  roles(roles: readonly Id[], field: string): Problem | undefined {
    const at = roles.findIndex((role) => !this.index.roles.has(role))
    if (at < 0) return undefined
    return {
      field: `${field}[${at}]`,
      message: `"${roles[at] ?? ''}" is not a role in this scenario`,
    }
  }

  action(action: Id): Problem | undefined {
    if (this.index.actions.has(action)) return undefined
    return {
      field: 'action',
      message: `"${action}" is not an action in this scenario's catalog`,
    }
  }

  /** Every fact exists and the role knows it now. */
  known(role: Id, facts: readonly Id[]): Problem | undefined {
    // Runs for every fact of every share and decline: the field is named only on a problem.
    for (let at = 0; at < facts.length; at++) {
      const fact = facts[at] as Id
      if (!this.index.facts.has(fact)) {
        return { field: `facts[${at}]`, message: `"${fact}" is not a fact in this scenario` }
      }
      if (!knows(this.context, role, fact)) {
        return {
          field: `facts[${at}]`,
          message: `${role} does not know fact "${fact}" yet (${this.hint(role, fact)})`,
        }
      }
    }
    return undefined
  }

  /** When the role could learn the fact, to help the facilitator find the mistake. */
  private hint(role: Id, fact: Id): string {
    for (const inject of this.index.scenario.injects) {
      if (inject.reveal?.[role]?.includes(fact) === true) {
        return `it is revealed to ${role} at ${inject.at}`
      }
    }
    return `no inject reveals it to ${role}; someone who knows it must share it first`
  }

  decide(event: DecideEvent): Problem | undefined {
    const inject = this.index.injects.get(event.inject)
    if (inject === undefined) {
      return { field: 'inject', message: `"${event.inject}" is not an inject in this scenario` }
    }
    if (inject.id !== this.context.inject) {
      return {
        field: 'inject',
        message: `inject "${inject.id}" is not current (the current inject is "${this.context.inject}"); a decision is taken only while its inject is current`,
      }
    }
    const found = findDecision(inject, event.role, event.option)
    if (found === undefined) {
      return {
        field: 'option',
        message: `inject "${inject.id}" has no option "${event.option}" for ${event.role} to choose`,
      }
    }
    const taken = this.context.decisions.get(decisionKey(inject.id, found.position))
    if (taken !== undefined) {
      return {
        field: 'option',
        message: `${event.role} already decided at inject "${inject.id}" (chose "${taken.option}" at event ${taken.index}); a decision is taken only once`,
      }
    }
    return this.optionEvents(event)
  }

  /** The option's events must themselves be legal, as if the role had logged them. */
  private optionEvents(event: DecideEvent): Problem | undefined {
    const inject = this.index.injects.get(event.inject)
    const found = inject && findDecision(inject, event.role, event.option)
    if (found === undefined) return undefined
    const context = { ...this.context, clock: minuteOf(event.t) }
    for (const expanded of expandOption(event, found.option)) {
      const problem = checkFields(this.index, context, expanded)
      if (problem !== undefined) {
        return {
          field: 'option',
          within: `option "${event.option}" chosen by ${event.role}`,
          message: problem.message,
        }
      }
    }
    return undefined
  }
}
