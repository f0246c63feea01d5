/**
 * One step of the exercise, the only place an event changes anything. `step(index, context,
 * event)` asks the rules (`checkEvent` in rules.ts) and, when the event may be applied,
 * returns the next context and the records the event adds: each applied event, each first
 * learning, each inject entered. `advance` leaves the current inject for the branch
 * `chooseBranch` picks and enters it. Pure: a context is never changed; the next one shares
 * whatever the event did not touch.
 */
import { toMinute, type Minute } from '../scenario/clock'
import type { ScenarioIndex } from '../scenario/scenario-index'
import type { Condition, Id, Inject, ThreatLevel } from '../scenario/schema'
import {
  actedKey,
  chosenKey,
  decisionKey,
  knows,
  minuteOf,
  type DecisionKey,
  type DecisionTaken,
  type ExerciseContext,
} from './context'
import { KnownFacts } from './known-facts'
import type { DecideEvent, LogEvent } from './log'
import { expandOption, findDecision } from './options'
import type {
  AppliedDecide,
  AppliedEvent,
  AppliedShare,
  AppliedStatement,
  InjectEntry,
  Learning,
  OptionSource,
  PlayEnd,
  ReplayError,
} from './replay-types'
import { checkEvent } from './rules'

/** What a step adds to the growing records of a replay, in the order it happened. */
export type ExerciseRecord =
  | { readonly type: 'applied'; readonly applied: AppliedEvent }
  | { readonly type: 'learned'; readonly learning: Learning }
  | { readonly type: 'entered'; readonly entry: InjectEntry }
  | { readonly type: 'ended'; readonly end: PlayEnd }

export interface Stepped {
  readonly context: ExerciseContext
  readonly records: readonly ExerciseRecord[]
}

export type StepResult =
  ({ readonly ok: true } & Stepped) | { readonly ok: false; readonly error: ReplayError }

/** Play begins: the clock at the scenario's start, the first inject entered, its reveals known. */
export function start(index: ScenarioIndex): Stepped {
  const first = index.scenario.injects[0]
  if (first === undefined)
    throw new Error('a scenario has at least one inject (the schema says so)')
  const step = new Step({
    clock: toMinute(index.scenario.start),
    threat: 0,
    inject: first.id,
    applied: 0,
    knowledge: new Map(),
    decisions: new Map(),
    chosen: new Set(),
    acted: new Set(),
  })
  step.enter(first, undefined)
  return step.finish()
}

/** The event applied to the context, or the first rule it breaks (nothing is applied then). */
export function step(index: ScenarioIndex, context: ExerciseContext, event: LogEvent): StepResult {
  const error = checkEvent(index, context, event)
  if (error !== undefined) return { ok: false, error }
  const { context: next, records } = applyChecked(index, context, event)
  return { ok: true, context: next, records }
}

/** The inject an `advance` enters now: the first branch whose condition holds, if any. */
export function chooseBranch(index: ScenarioIndex, context: ExerciseContext): Inject | undefined {
  const next = index.injects.get(context.inject)?.next
  if (next === undefined) return undefined
  const goto =
    typeof next === 'string'
      ? next
      : next.find(({ when }) => when === undefined || holds(context, when))?.goto
  return goto === undefined ? undefined : index.injects.get(goto)
}

/** A branch condition (`when`) on this moment of play. */
export function holds(context: ExerciseContext, condition: Condition): boolean {
  if ('knows' in condition) return knows(context, condition.knows.role, condition.knows.fact)
  if ('decided' in condition) {
    return context.chosen.has(chosenKey(condition.decided.role, condition.decided.option))
  }
  if ('acted' in condition) {
    return context.acted.has(actedKey(condition.acted.role, condition.acted.action))
  }
  if ('threat' in condition) return context.threat >= condition.threat.atLeast
  if ('all' in condition) return condition.all.every((each) => holds(context, each))
  if ('any' in condition) return condition.any.some((each) => holds(context, each))
  return !holds(context, condition.not)
}

/** Applies an event that passed `checkEvent`: it counts itself and moves the clock to its `t`. */
function applyChecked(index: ScenarioIndex, context: ExerciseContext, event: LogEvent): Stepped {
  const step = new Step(context)
  step.applied = context.applied + 1
  if (event.t !== undefined) step.clock = minuteOf(event.t)
  const origin = { index: context.applied }
  if (event.type === 'advance') {
    // Conditions read knowledge, decisions, actions and threat: none of them moves with `t`.
    const to = chooseBranch(index, context)
    step.record(
      origin,
      to === undefined ? { type: 'advance' } : { type: 'advance', entered: to.id },
    )
    if (to === undefined) step.end('last-inject', origin.index)
    else step.enter(to, origin.index)
  } else {
    applyOne(index, step, event, origin)
  }
  return step.finish()
}

/** A record being built, before it is kept as read-only. */
type Writable<T> = { -readonly [K in keyof T]: T[K] }
type InPlaceEvent = Exclude<LogEvent, { type: 'advance' }>

function applyOne(index: ScenarioIndex, step: Step, event: InPlaceEvent, origin: Origin): void {
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
    case 'decide':
      decide(index, step, event, origin)
      return
    case 'end':
      step.record(origin, { type: 'end' })
      step.end('end', origin.index)
      return
  }
}

/** The decision is taken, then the option's events apply as if the role had logged them. */
function decide(index: ScenarioIndex, step: Step, event: DecideEvent, origin: Origin): void {
  const inject = index.injects.get(event.inject)
  const found = inject && findDecision(inject, event.role, event.option)
  if (found === undefined) throw new Error(`decide at event ${origin.index} was not checked`)
  const { role, option } = event
  step.decide(decisionKey(event.inject, found.position), { option, index: origin.index })
  step.choose(chosenKey(role, option))
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

/** Who is applying: the log index, and the option when expanded from a `decide`. */
interface Origin {
  readonly index: number
  readonly via?: OptionSource
}

/** The fields every applied event starts with, in the order records print them. */
interface RecordFields {
  index: number
  at: Minute
  inject: Id
  threat: ThreatLevel
  via?: OptionSource
}

/** An applied event's own fields, after those it shares with every other. */
type Own<T extends AppliedEvent> = T extends unknown ? Omit<T, keyof RecordFields> : never

/**
 * The step being written. The root fields are free to write; a collection is copied the
 * first time the step changes it (plain copy-on-write, all bounded by the scenario:
 * knowledge by its roles, decisions by its options, actions by roles x catalog), so the
 * context it started from stays as it was. A role's knowledge is a `KnownFacts`, which learns
 * in constant time.
 */
class Step {
  clock: Minute
  threat: ThreatLevel
  inject: Id
  applied: number
  private ended: PlayEnd | undefined
  private knowledge: Map<Id, KnownFacts> | undefined
  private decisions: Map<DecisionKey, DecisionTaken> | undefined
  private chosen: Set<string> | undefined
  private acted: Set<string> | undefined
  private readonly records: ExerciseRecord[] = []

  constructor(private readonly base: ExerciseContext) {
    this.clock = base.clock
    this.threat = base.threat
    this.inject = base.inject
    this.applied = base.applied
    this.ended = base.end
  }

  /**
   * Records an applied event: the fields every event shares, then its own, in the order
   * records print. Assigned rather than spread: V8 builds `{ ...shared, type, ... }` ten
   * times slower than this, enough to dominate a 100,000-event replay.
   */
  record(origin: Origin, own: Own<AppliedEvent>): void {
    const shared: RecordFields = {
      index: origin.index,
      at: this.clock,
      inject: this.inject,
      threat: this.threat,
    }
    if (origin.via !== undefined) shared.via = origin.via
    // Object.assign's type is the intersection, which TypeScript cannot narrow to the union.
    const applied = Object.assign(shared, own) as AppliedEvent
    this.records.push({ type: 'applied', applied })
  }

  /** Entering an inject: the clock moves to its `at` if later, its threat and reveals apply. */
  enter(inject: Inject, by: number | undefined): void {
    this.inject = inject.id
    this.clock = Math.max(this.clock, minuteOf(inject.at))
    this.threat = inject.threat ?? this.threat
    const { clock: at, threat } = this
    const entry =
      by === undefined
        ? { inject: inject.id, at, threat }
        : { inject: inject.id, at, threat, index: by }
    this.records.push({ type: 'entered', entry })
    for (const [role, facts] of Object.entries(inject.reveal ?? {})) {
      for (const fact of facts) this.learn(role, fact)
    }
  }

  /** The role learns the fact unless it knew it; a first learning is never replaced. */
  learn(role: Id, fact: Id, share?: { readonly from: Id; readonly index: number }): void {
    const known = (this.knowledge ?? this.base.knowledge).get(role)
    if (known?.has(fact) === true) return
    const { clock: at, inject } = this
    this.knowledge ??= new Map(this.base.knowledge)
    this.knowledge.set(role, (known ?? KnownFacts.empty()).with(fact, at))
    const learning: Learning =
      share === undefined
        ? { role, fact, at, inject }
        : { role, fact, at, inject, from: share.from, index: share.index }
    this.records.push({ type: 'learned', learning })
  }

  /** Remembers the action, by the role and by anyone. */
  act(role: Id, action: Id): void {
    for (const key of [actedKey(role, action), actedKey(undefined, action)]) {
      if (!(this.acted ?? this.base.acted).has(key))
        (this.acted ??= new Set(this.base.acted)).add(key)
    }
  }

  decide(key: DecisionKey, taken: DecisionTaken): void {
    ;(this.decisions ??= new Map(this.base.decisions)).set(key, taken)
  }

  choose(key: string): void {
    ;(this.chosen ??= new Set(this.base.chosen)).add(key)
  }

  end(reason: 'end' | 'last-inject', index: number): void {
    this.ended = { at: this.clock, reason, index }
    this.records.push({ type: 'ended', end: this.ended })
  }

  /**
   * The next context and the records. Written out rather than spread from the base: this
   * runs for every event, and spreading is several times slower.
   */
  finish(): Stepped {
    const { clock, threat, inject, applied, ended, base } = this
    const knowledge = this.knowledge ?? base.knowledge
    const decisions = this.decisions ?? base.decisions
    const chosen = this.chosen ?? base.chosen
    const acted = this.acted ?? base.acted
    const context: ExerciseContext =
      ended === undefined
        ? { clock, threat, inject, applied, knowledge, decisions, chosen, acted }
        : { clock, threat, inject, applied, knowledge, decisions, chosen, acted, end: ended }
    return { context, records: this.records }
  }
}
