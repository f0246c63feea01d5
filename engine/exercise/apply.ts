/**
 * How each event changes the exercise: a pure step from one context to the next (updated
 * with Immer over the small, bounded context) plus the records it emits. Events reaching
 * here have passed `checkEvent`; the lookups below cannot fail for them.
 */
import { enableMapSet, produce, type Draft } from 'immer'
import { toMinute } from '../scenario/clock'
import type { ScenarioIndex } from '../scenario/scenario-index'
import type { Id } from '../scenario/schema'
import { actedKey, chosenKey, decisionKey, type ExerciseContext } from './context'
import type { AdvanceEvent, DecideEvent, LogEvent } from './log'
import { expandOption, findDecision } from './options'
import type { ExerciseEmitted } from './records'
import type { OptionSource } from './replay-types'

// Knowledge, decisions and actions are Maps and Sets.
enableMapSet()

export interface Step {
  readonly context: ExerciseContext
  readonly emitted: readonly ExerciseEmitted[]
}

/** Every event but `advance`, whose target is chosen by the machine's branches. */
export type InPlaceEvent = Exclude<LogEvent, AdvanceEvent>

type Ctx = Draft<ExerciseContext>

/** Who is applying: the log index, and the option when expanded from a `decide`. */
interface Origin {
  readonly index: number
  readonly via?: OptionSource
}

export function applyEvent(
  index: ScenarioIndex,
  context: ExerciseContext,
  event: InPlaceEvent,
): Step {
  const emitted: ExerciseEmitted[] = []
  const next = produce(context, (draft) => {
    draft.applied = context.applied + 1
    if (event.t !== undefined) draft.clock = toMinute(event.t)
    applyOne(index, draft, event, { index: context.applied }, emitted)
  })
  return { context: next, emitted }
}

/** `advance`: the clock moves to its `t`; `to` is the inject entered, absent when play ends. */
export function leaveInject(
  context: ExerciseContext,
  event: AdvanceEvent,
  to: Id | undefined,
): Step {
  const emitted: ExerciseEmitted[] = []
  const next = produce(context, (draft) => {
    draft.applied = context.applied + 1
    if (event.t !== undefined) draft.clock = toMinute(event.t)
    const origin = { index: context.applied }
    emitted.push({
      type: 'applied',
      applied: {
        ...base(draft, origin),
        type: 'advance',
        ...(to === undefined ? {} : { entered: to }),
      },
    })
    if (to === undefined) endPlay(draft, 'last-inject', origin.index, emitted)
  })
  return { context: next, emitted }
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
  const emitted: ExerciseEmitted[] = []
  const next = produce(context, (draft) => {
    draft.inject = id
    draft.clock = Math.max(draft.clock, toMinute(inject.at))
    draft.threat = inject.threat ?? draft.threat
    const entry = { inject: id, at: draft.clock, threat: draft.threat }
    emitted.push({ type: 'entered', entry: by === undefined ? entry : { ...entry, index: by } })
    for (const [role, facts] of Object.entries(inject.reveal ?? {})) {
      learn(draft, [role], facts, undefined, emitted)
    }
  })
  return { context: next, emitted }
}

function applyOne(
  index: ScenarioIndex,
  draft: Ctx,
  event: InPlaceEvent,
  origin: Origin,
  emitted: ExerciseEmitted[],
): void {
  const at = base(draft, origin)
  switch (event.type) {
    case 'share': {
      const { from, to, facts, message } = event
      const label = event.label ?? 'confirmed'
      const share = { ...at, type: 'share' as const, from, to, facts, label }
      emitted.push({
        type: 'applied',
        applied: message === undefined ? share : { ...share, message },
      })
      learn(draft, to, facts, { from, index: origin.index }, emitted)
      return
    }
    case 'act': {
      const level = index.actions.get(event.action)?.level ?? 0
      draft.acted.add(actedKey(event.role, event.action))
      draft.acted.add(actedKey(undefined, event.action))
      emitted.push({
        type: 'applied',
        applied: { ...at, type: 'act', role: event.role, action: event.action, level },
      })
      return
    }
    case 'decide':
      decide(index, draft, event, origin, emitted)
      return
    case 'end':
      emitted.push({ type: 'applied', applied: { ...at, type: 'end' } })
      endPlay(draft, 'end', origin.index, emitted)
      return
    case 'statement': {
      const { from, to, text, certainty, label } = event
      const statement = { ...at, type: 'statement' as const, from, to, text, certainty }
      emitted.push({
        type: 'applied',
        applied: label === undefined ? statement : { ...statement, label },
      })
      return
    }
    case 'decline': {
      const { role, to, facts, reason } = event
      emitted.push({
        type: 'applied',
        applied: { ...at, type: 'decline', role, to, facts, reason },
      })
      return
    }
    case 'note':
      emitted.push({ type: 'applied', applied: { ...at, type: 'note', text: event.text } })
      return
  }
}

function decide(
  index: ScenarioIndex,
  draft: Ctx,
  event: DecideEvent,
  origin: Origin,
  emitted: ExerciseEmitted[],
): void {
  const inject = index.injects.get(event.inject)
  const found = inject && findDecision(inject, event.role, event.option)
  if (found === undefined) throw new Error(`decide at event ${origin.index} was not checked`)
  draft.decisions.set(decisionKey(event.inject, found.position), {
    option: event.option,
    index: origin.index,
  })
  draft.chosen.add(chosenKey(event.role, event.option))
  const { debrief } = found.option
  emitted.push({
    type: 'applied',
    applied: {
      ...base(draft, origin),
      type: 'decide',
      role: event.role,
      option: event.option,
      ...(debrief === undefined ? {} : { debrief }),
    },
  })
  const via = { inject: event.inject, role: event.role, option: event.option }
  for (const expanded of expandOption(event, found.option)) {
    // Option events cannot be `decide`, `advance` or `end` (the schema's OptionEvent).
    if (expanded.type === 'decide' || expanded.type === 'advance' || expanded.type === 'end')
      continue
    applyOne(index, draft, expanded, { index: origin.index, via }, emitted)
  }
}

/** The fields every applied event shares. */
function base(draft: Ctx, origin: Origin) {
  const fields = {
    index: origin.index,
    at: draft.clock,
    inject: draft.inject,
    threat: draft.threat,
  }
  return origin.via === undefined ? fields : { ...fields, via: origin.via }
}

/** Recipients learn the facts they did not know yet; a first learning is never replaced. */
function learn(
  draft: Ctx,
  roles: readonly Id[],
  facts: readonly Id[],
  share: { from: Id; index: number } | undefined,
  emitted: ExerciseEmitted[],
): void {
  for (const role of roles) {
    for (const fact of facts) {
      // Read before writing, so that Immer copies a role's map only when it changes.
      if (draft.knowledge.get(role)?.has(fact) === true) continue
      const known = draft.knowledge.get(role)
      if (known === undefined) draft.knowledge.set(role, new Map([[fact, draft.clock]]))
      else known.set(fact, draft.clock)
      const learning = { role, fact, at: draft.clock, inject: draft.inject }
      emitted.push({
        type: 'learned',
        learning: share === undefined ? learning : { ...learning, ...share },
      })
    }
  }
}

function endPlay(
  draft: Ctx,
  reason: 'end' | 'last-inject',
  index: number,
  emitted: ExerciseEmitted[],
): void {
  const end = { at: draft.clock, reason, index }
  draft.end = end
  emitted.push({ type: 'ended', end })
}
