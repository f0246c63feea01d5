/**
 * Writing one step of the exercise: the next context, and the records it emits into a
 * sink. A step gathers its changes first and writes the context once at the end:
 *
 * - most steps change only the root (clock, applied count), which is copied: these are
 *   nearly all of a long log, and Immer's fixed cost per `produce` was most of a replay;
 * - a step that changes knowledge, decisions or actions writes them with one Immer
 *   `produce`. A role's knowledge is a `KnownFacts`, which learns in constant time
 *   (copying a role's Map on each learning was O(facts)); decisions and actions are
 *   bounded by the scenario and only change a few hundred times in any replay.
 */
import { enableMapSet, Immer } from 'immer'
import type { Minute } from '../scenario/clock'
import type { Id, ThreatLevel } from '../scenario/schema'
import { actedKey, type DecisionKey, type DecisionTaken, type ExerciseContext } from './context'
import { KnownFacts } from './known-facts'
import type { ExerciseEmitted } from './records'
import type { AppliedEvent, OptionSource, PlayEnd } from './replay-types'

// Knowledge, decisions and actions are Maps and Sets.
enableMapSet()
// The context is only ever read through readonly types; freezing it deeply after every
// step cost a third of a long replay. This instance leaves the global setting alone.
const immer = new Immer({ autoFreeze: false })

/** Where a step's records go, in the order it emits them (an array will do). */
export interface Sink {
  push(emitted: ExerciseEmitted): void
}

/** Who is applying: the log index, and the option when expanded from a `decide`. */
export interface Origin {
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
export type Own<T extends AppliedEvent> = T extends unknown ? Omit<T, keyof RecordFields> : never

interface Decision {
  readonly key: DecisionKey
  readonly taken: DecisionTaken
  readonly chosen: string
}

export class StepWriter {
  // The root fields, free to write; they become the next context in `finish`.
  clock: Minute
  threat: ThreatLevel
  inject: Id
  applied: number
  private ended: PlayEnd | undefined
  /** role -> the role's knowledge with this step's first learnings (only roles that learned). */
  private knowledge: Map<Id, KnownFacts> | undefined
  private acted: string[] | undefined
  private decision: Decision | undefined

  constructor(
    private readonly base: ExerciseContext,
    private readonly sink: Sink,
  ) {
    this.clock = base.clock
    this.threat = base.threat
    this.inject = base.inject
    this.applied = base.applied
    this.ended = base.end
  }

  emit(emitted: ExerciseEmitted): void {
    this.sink.push(emitted)
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
    const applied = Object.assign(shared, own) as AppliedEvent
    this.sink.push({ type: 'applied', applied })
  }

  /** The role learns the fact unless it knew it; a first learning is never replaced. */
  learn(role: Id, fact: Id, share?: { readonly from: Id; readonly index: number }): void {
    // What the role knows now, counting what it learned earlier in this step.
    const known = this.knowledge?.get(role) ?? this.base.knowledge.get(role)
    if (known?.has(fact) === true) return
    const { clock: at, inject } = this
    ;(this.knowledge ??= new Map()).set(role, (known ?? KnownFacts.empty()).with(fact, at))
    this.emit({
      type: 'learned',
      learning:
        share === undefined
          ? { role, fact, at, inject }
          : { role, fact, at, inject, from: share.from, index: share.index },
    })
  }

  /** Remembers the action, by the role and by anyone, if it is new. */
  act(role: Id, action: Id): void {
    this.remember(actedKey(role, action))
    this.remember(actedKey(undefined, action))
  }

  private remember(key: string): void {
    if (!this.base.acted.has(key) && this.acted?.includes(key) !== true)
      (this.acted ??= []).push(key)
  }

  decide(key: DecisionKey, taken: DecisionTaken, chosen: string): void {
    this.decision = { key, taken, chosen }
  }

  end(reason: 'end' | 'last-inject', index: number): void {
    this.ended = { at: this.clock, reason, index }
    this.emit({ type: 'ended', end: this.ended })
  }

  /** The next context: the root copied, and the collections that changed written with Immer. */
  finish(): ExerciseContext {
    if (this.knowledge === undefined && this.acted === undefined && this.decision === undefined) {
      return this.root()
    }
    const { knowledge, acted, decision, base } = this
    // Sets are copied natively and frozen before Immer sees them: frozen, Immer leaves them
    // alone, where it would otherwise walk every member when finalizing (and a Set draft
    // re-adds each one). Knowledge is made of `KnownFacts`, which Immer does not draft.
    return immer.produce(this.root(), (draft) => {
      // Immer types a Map's values as drafts; a class instance such as KnownFacts never is one.
      const roles = draft.knowledge as Map<Id, unknown> as Map<Id, KnownFacts>
      for (const [role, known] of knowledge ?? []) roles.set(role, known)
      if (acted !== undefined) draft.acted = Object.freeze(new Set([...base.acted, ...acted]))
      if (decision !== undefined) {
        draft.decisions.set(decision.key, decision.taken)
        draft.chosen = Object.freeze(new Set(base.chosen).add(decision.chosen))
      }
    })
  }

  /**
   * The base with this step's root fields. Written out rather than spread from the base:
   * this runs for nearly every event, and spreading is several times slower.
   */
  private root(): ExerciseContext {
    const { clock, threat, inject, applied, ended } = this
    const { knowledge, decisions, chosen, acted } = this.base
    return ended === undefined
      ? { clock, threat, inject, applied, knowledge, decisions, chosen, acted }
      : { clock, threat, inject, applied, knowledge, decisions, chosen, acted, end: ended }
  }
}
