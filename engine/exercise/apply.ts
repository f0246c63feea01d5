/**
 * How each event changes the exercise: a pure step from one context to the next, its
 * records pushed into a sink (written as `step-writer.ts` describes). Events reaching here
 * have passed `checkEvent`; the lookups below cannot fail for them.
 */
import type { ScenarioIndex } from '../scenario/scenario-index'
import type { Id } from '../scenario/schema'
import { chosenKey, decisionKey, minuteOf, type ExerciseContext } from './context'
import type { AdvanceEvent, DecideEvent, LogEvent } from './log'
import { expandOption, findDecision } from './options'
import type { AppliedDecide, AppliedShare, AppliedStatement } from './replay-types'
import { StepWriter, type Origin, type Own, type Sink } from './step-writer'

export type { Sink } from './step-writer'

/** A record being built, before it is emitted as read-only. */
type Writable<T> = { -readonly [K in keyof T]: T[K] }

/** Every event but `advance`, whose target is chosen by the machine's branches. */
export type InPlaceEvent = Exclude<LogEvent, AdvanceEvent>

/** A step for a log event: it counts itself and moves the clock to its `t`. */
function logStep(context: ExerciseContext, event: LogEvent, sink: Sink): StepWriter {
  const step = new StepWriter(context, sink)
  step.applied = context.applied + 1
  if (event.t !== undefined) step.clock = minuteOf(event.t)
  return step
}

export function applyEvent(
  index: ScenarioIndex,
  context: ExerciseContext,
  event: InPlaceEvent,
  sink: Sink,
): ExerciseContext {
  // An evaluator's observation scores nothing and changes nothing, not even the clock: it
  // is only counted, so the indices of the events after it stay right (docs/hseep.md).
  if (event.type === 'observe') return { ...context, applied: context.applied + 1 }
  const step = logStep(context, event, sink)
  applyOne(index, step, event, { index: context.applied })
  return step.finish()
}

/** `advance`: the clock moves to its `t`; `to` is the inject entered, absent when play ends. */
export function leaveInject(
  context: ExerciseContext,
  event: AdvanceEvent,
  to: Id | undefined,
  sink: Sink,
): ExerciseContext {
  const step = logStep(context, event, sink)
  const origin = { index: context.applied }
  step.record(origin, to === undefined ? { type: 'advance' } : { type: 'advance', entered: to })
  if (to === undefined) step.end('last-inject', origin.index)
  return step.finish()
}

/** Entering an inject: the clock moves to its `at` if later, its threat and reveals apply. */
export function enterInject(
  index: ScenarioIndex,
  context: ExerciseContext,
  id: Id,
  by: number | undefined,
  sink: Sink,
): ExerciseContext {
  const inject = index.injects.get(id)
  if (inject === undefined) throw new Error(`unknown inject "${id}" (the machine is out of date)`)
  const step = new StepWriter(context, sink)
  step.inject = id
  step.clock = Math.max(step.clock, minuteOf(inject.at))
  step.threat = inject.threat ?? step.threat
  const { clock: at, threat } = step
  const entry =
    by === undefined ? { inject: id, at, threat } : { inject: id, at, threat, index: by }
  step.emit({ type: 'entered', entry })
  for (const [role, facts] of Object.entries(inject.reveal ?? {})) {
    for (const fact of facts) step.learn(role, fact)
  }
  return step.finish()
}

function applyOne(
  index: ScenarioIndex,
  step: StepWriter,
  event: InPlaceEvent,
  origin: Origin,
): void {
  switch (event.type) {
    case 'share': {
      const { from, to, facts, message } = event
      const label = event.label ?? 'confirmed'
      const share: Writable<Own<AppliedShare>> = { type: 'share', from, to, facts, label }
      // Optional fields stay absent rather than undefined, so records compare and print cleanly.
      if (message !== undefined) share.message = message
      step.record(origin, share)
      const by = { from, index: origin.index }
      for (const role of to) for (const fact of facts) step.learn(role, fact, by)
      return
    }
    case 'statement': {
      const { from, to, text, certainty, label } = event
      const statement: Writable<Own<AppliedStatement>> = {
        type: 'statement',
        from,
        to,
        text,
        certainty,
      }
      if (label !== undefined) statement.label = label
      step.record(origin, statement)
      return
    }
    case 'act': {
      const { role, action } = event
      step.act(role, action)
      const level = index.actions.get(action)?.level ?? 0
      step.record(origin, { type: 'act', role, action, level })
      return
    }
    case 'decline': {
      const { role, to, facts, reason } = event
      step.record(origin, { type: 'decline', role, to, facts, reason })
      return
    }
    case 'note':
      step.record(origin, { type: 'note', text: event.text })
      return
    case 'observe':
      return
    case 'decide':
      decide(index, step, event, origin)
      return
    case 'end':
      step.record(origin, { type: 'end' })
      step.end('end', origin.index)
      return
  }
}

function decide(index: ScenarioIndex, step: StepWriter, event: DecideEvent, origin: Origin): void {
  const inject = index.injects.get(event.inject)
  const found = inject && findDecision(inject, event.role, event.option)
  if (found === undefined) throw new Error(`decide at event ${origin.index} was not checked`)
  const { role, option } = event
  step.decide(
    decisionKey(event.inject, found.position),
    { option, index: origin.index },
    chosenKey(role, option),
  )
  const { debrief } = found.option
  const decided: Writable<Own<AppliedDecide>> = { type: 'decide', role, option }
  if (debrief !== undefined) decided.debrief = debrief
  step.record(origin, decided)
  const via = { inject: event.inject, role, option }
  for (const expanded of expandOption(event, found.option)) {
    // Option events are never `advance` (the schema's OptionEvent); the check keeps types exact.
    if (expanded.type !== 'advance') applyOne(index, step, expanded, { index: origin.index, via })
  }
}
