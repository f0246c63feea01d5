/**
 * How each event changes the exercise: a pure step from one context to the next (updated
 * with Immer over the small, bounded context) plus the records it emits. Events reaching
 * here have passed `checkEvent`; the lookups below cannot fail for them.
 */
import { enableMapSet, Immer, type Draft } from 'immer'
import type { ScenarioIndex } from '../scenario/scenario-index'
import type { Id } from '../scenario/schema'
import { actedKey, chosenKey, decisionKey, knows, minuteOf, type ExerciseContext } from './context'
import type { AdvanceEvent, DecideEvent, LogEvent } from './log'
import { expandOption, findDecision } from './options'
import type { ExerciseEmitted } from './records'
import type { AppliedEvent, OptionSource } from './replay-types'

// Knowledge, decisions and actions are Maps and Sets.
enableMapSet()
// The context is only ever read through readonly types, and freezing it deeply after
// every event was a third of a long replay; this instance leaves the global setting alone.
const immer = new Immer({ autoFreeze: false })

export interface Step {
  readonly context: ExerciseContext
  readonly emitted: readonly ExerciseEmitted[]
}

/** Every event but `advance`, whose target is chosen by the machine's branches. */
export type InPlaceEvent = Exclude<LogEvent, AdvanceEvent>

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
  return write(context, event, (step) => {
    applyOne(index, step, event, { index: context.applied })
  })
}

/** `advance`: the clock moves to its `t`; `to` is the inject entered, absent when play ends. */
export function leaveInject(
  context: ExerciseContext,
  event: AdvanceEvent,
  to: Id | undefined,
): Step {
  return write(context, event, (step) => {
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
  return write(context, undefined, (step) => {
    const { draft } = step
    draft.inject = id
    draft.clock = Math.max(draft.clock, minuteOf(inject.at))
    draft.threat = inject.threat ?? draft.threat
    const entry = { inject: id, at: draft.clock, threat: draft.threat }
    step.emit({ type: 'entered', entry: by === undefined ? entry : { ...entry, index: by } })
    for (const [role, facts] of Object.entries(inject.reveal ?? {})) {
      step.learn([role], facts, undefined)
    }
  })
}

/** One Immer `produce` over the context; a log event also counts itself and moves the clock. */
function write(
  context: ExerciseContext,
  event: LogEvent | undefined,
  change: (step: StepWriter) => void,
): Step {
  let emitted: readonly ExerciseEmitted[] = []
  const next = immer.produce(context, (draft) => {
    const step = new StepWriter(context, draft)
    if (event !== undefined) draft.applied = context.applied + 1
    if (event?.t !== undefined) draft.clock = minuteOf(event.t)
    change(step)
    emitted = step.emitted
  })
  return { context: next, emitted }
}

/** The draft being written and what it emits; reads go to the base, so Immer copies only what changes. */
class StepWriter {
  readonly emitted: ExerciseEmitted[] = []
  /** `${role} ${fact}` learned earlier in this same step (a decide with several shares). */
  private readonly learned = new Set<string>()

  constructor(
    private readonly base: ExerciseContext,
    readonly draft: Draft<ExerciseContext>,
  ) {}

  emit(emitted: ExerciseEmitted): void {
    this.emitted.push(emitted)
  }

  record(applied: AppliedEvent): void {
    this.emitted.push({ type: 'applied', applied })
  }

  /** The fields every applied event shares. */
  fields(origin: Origin) {
    const { clock, inject, threat } = this.draft
    const fields = { index: origin.index, at: clock, inject, threat }
    return origin.via === undefined ? fields : { ...fields, via: origin.via }
  }

  /** Recipients learn the facts they did not know yet; a first learning is never replaced. */
  learn(
    roles: readonly Id[],
    facts: readonly Id[],
    share: { from: Id; index: number } | undefined,
  ): void {
    for (const role of roles) {
      for (const fact of facts) {
        const key = `${role} ${fact}`
        if (knows(this.base, role, fact) || this.learned.has(key)) continue
        this.learned.add(key)
        const { clock: at, inject } = this.draft
        const known = this.draft.knowledge.get(role)
        if (known === undefined) this.draft.knowledge.set(role, new Map([[fact, at]]))
        else known.set(fact, at)
        const learning = { role, fact, at, inject }
        this.emit({
          type: 'learned',
          learning: share === undefined ? learning : { ...learning, ...share },
        })
      }
    }
  }

  end(reason: 'end' | 'last-inject', index: number): void {
    const end = { at: this.draft.clock, reason, index }
    this.draft.end = end
    this.emit({ type: 'ended', end })
  }
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
      const share = {
        ...at,
        type: 'share' as const,
        from,
        to,
        facts,
        label: event.label ?? 'confirmed',
      }
      step.record(message === undefined ? share : { ...share, message })
      step.learn(to, facts, { from, index: origin.index })
      return
    }
    case 'statement': {
      const { from, to, text, certainty, label } = event
      const statement = { ...at, type: 'statement' as const, from, to, text, certainty }
      step.record(label === undefined ? statement : { ...statement, label })
      return
    }
    case 'act': {
      const { role, action } = event
      step.draft.acted.add(actedKey(role, action))
      step.draft.acted.add(actedKey(undefined, action))
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
  step.draft.decisions.set(decisionKey(event.inject, found.position), {
    option,
    index: origin.index,
  })
  step.draft.chosen.add(chosenKey(role, option))
  const { debrief } = found.option
  const decided = { ...step.fields(origin), type: 'decide' as const, role, option }
  step.record(debrief === undefined ? decided : { ...decided, debrief })
  const via = { inject: event.inject, role, option }
  for (const expanded of expandOption(event, found.option)) {
    // Option events are never `advance` (the schema's OptionEvent); the check keeps types exact.
    if (expanded.type !== 'advance') applyOne(index, step, expanded, { index: origin.index, via })
  }
}
