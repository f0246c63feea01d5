/**
 * How each event changes the exercise: a pure step from one context to the next plus the
 * records it emits (written as `step-writer.ts` describes). Events reaching here have
 * passed `checkEvent`; the lookups below cannot fail for them.
 */
import type { ScenarioIndex } from '../scenario/scenario-index'
import type { Id } from '../scenario/schema'
import { chosenKey, decisionKey, minuteOf, type ExerciseContext } from './context'
import type { AdvanceEvent, DecideEvent, LogEvent } from './log'
import { expandOption, findDecision } from './options'
import type { AppliedDecide, AppliedShare, AppliedStatement } from './replay-types'
import { write, writesCollections, type Origin, type Step, type StepWriter } from './step-writer'

export type { Step } from './step-writer'

/** A record being built, before it is emitted as read-only. */
type Writable<T> = { -readonly [K in keyof T]: T[K] }

/** Every event but `advance`, whose target is chosen by the machine's branches. */
export type InPlaceEvent = Exclude<LogEvent, AdvanceEvent>

export function applyEvent(
  index: ScenarioIndex,
  context: ExerciseContext,
  event: InPlaceEvent,
): Step {
  return write(context, event, writesCollections(context, event), (step) => {
    applyOne(index, step, event, { index: context.applied })
  })
}

/** `advance`: the clock moves to its `t`; `to` is the inject entered, absent when play ends. */
export function leaveInject(
  context: ExerciseContext,
  event: AdvanceEvent,
  to: Id | undefined,
): Step {
  return write(context, event, false, (step) => {
    const origin = { index: context.applied }
    const entered = to === undefined ? {} : { entered: to }
    step.record({ ...step.fields(origin), type: 'advance', ...entered })
    if (to === undefined) step.end('last-inject', origin.index)
  })
}

/** Entering an inject: the clock moves to its `at` if later, its threat and reveals apply. */
export function enterInject(
  index: ScenarioIndex,
  context: ExerciseContext,
  id: Id,
  by: number | undefined,
): Step {
  const inject = index.injects.get(id)
  if (inject === undefined) throw new Error(`unknown inject "${id}" (the machine is out of date)`)
  return write(context, undefined, true, (step) => {
    const { root } = step
    root.inject = id
    root.clock = Math.max(root.clock, minuteOf(inject.at))
    root.threat = inject.threat ?? root.threat
    const entry = { inject: id, at: root.clock, threat: root.threat }
    step.emit({ type: 'entered', entry: by === undefined ? entry : { ...entry, index: by } })
    for (const [role, facts] of Object.entries(inject.reveal ?? {})) {
      step.learn([role], facts)
    }
  })
}

function applyOne(
  index: ScenarioIndex,
  step: StepWriter,
  event: InPlaceEvent,
  origin: Origin,
): void {
  const at = step.fields(origin)
  switch (event.type) {
    case 'share': {
      const { from, to, facts, message } = event
      const label = event.label ?? 'confirmed'
      const share: Writable<AppliedShare> = { ...at, type: 'share', from, to, facts, label }
      // Optional fields stay absent rather than undefined, so records compare and print cleanly.
      if (message !== undefined) share.message = message
      step.record(share)
      step.learn(to, facts, { from, index: origin.index })
      return
    }
    case 'statement': {
      const { from, to, text, certainty, label } = event
      const statement: Writable<AppliedStatement> = {
        ...at,
        type: 'statement',
        from,
        to,
        text,
        certainty,
      }
      if (label !== undefined) statement.label = label
      step.record(statement)
      return
    }
    case 'act': {
      const { role, action } = event
      step.act(role, action)
      step.record({
        ...at,
        type: 'act',
        role,
        action,
        level: index.actions.get(action)?.level ?? 0,
      })
      return
    }
    case 'decline': {
      const { role, to, facts, reason } = event
      step.record({ ...at, type: 'decline', role, to, facts, reason })
      return
    }
    case 'note':
      step.record({ ...at, type: 'note', text: event.text })
      return
    case 'decide':
      decide(index, step, event, origin)
      return
    case 'end':
      step.record({ ...at, type: 'end' })
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
  const decided: Writable<AppliedDecide> = { ...step.fields(origin), type: 'decide', role, option }
  if (debrief !== undefined) decided.debrief = debrief
  step.record(decided)
  const via = { inject: event.inject, role, option }
  for (const expanded of expandOption(event, found.option)) {
    // Option events are never `advance` (the schema's OptionEvent); the check keeps types exact.
    if (expanded.type !== 'advance') applyOne(index, step, expanded, { index: origin.index, via })
  }
}
