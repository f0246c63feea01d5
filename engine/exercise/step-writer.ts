/**
 * Writing one step of the exercise: the next context and what it emits. Knowledge,
 * decisions and actions are written through an Immer draft, and only when a step
 * changes one of them (a first learning, a decision, an action never taken before);
 * a step that only moves the clock copies the small root instead, since Immer's fixed
 * cost per `produce` was most of a 100,000-event replay. Reads go to the base context,
 * so a draft copies only the maps that change.
 */
import { enableMapSet, Immer, type Draft } from 'immer'
import type { Id } from '../scenario/schema'
import {
  actedKey,
  knows,
  minuteOf,
  type DecisionKey,
  type DecisionTaken,
  type ExerciseContext,
} from './context'
import type { LogEvent } from './log'
import type { ExerciseEmitted } from './records'
import type { AppliedEvent, OptionSource } from './replay-types'

// Knowledge, decisions and actions are Maps and Sets.
enableMapSet()
// The context is only ever read through readonly types; freezing it deeply after every
// step cost a third of a long replay. This instance leaves the global setting alone.
const immer = new Immer({ autoFreeze: false })

export interface Step {
  readonly context: ExerciseContext
  readonly emitted: readonly ExerciseEmitted[]
}

/** Who is applying: the log index, and the option when expanded from a `decide`. */
export interface Origin {
  readonly index: number
  readonly via?: OptionSource
}

/**
 * Runs `change` on a writer. `drafts` says whether the change writes knowledge, decisions
 * or actions; a log event also counts itself and moves the clock to its `t`.
 */
export function write(
  context: ExerciseContext,
  event: LogEvent | undefined,
  drafts: boolean,
  change: (step: StepWriter) => void,
): Step {
  const run = (root: Draft<ExerciseContext>, collections: boolean): StepWriter => {
    const step = new StepWriter(context, root, collections)
    if (event !== undefined) root.applied = context.applied + 1
    if (event?.t !== undefined) root.clock = minuteOf(event.t)
    change(step)
    return step
  }
  if (!drafts) {
    const root = { ...context } as Draft<ExerciseContext>
    return { context: root, emitted: run(root, false).emitted }
  }
  let emitted: readonly ExerciseEmitted[] = []
  const next = immer.produce(context, (draft) => {
    emitted = run(draft, true).emitted
  })
  return { context: next, emitted }
}

export class StepWriter {
  readonly emitted: ExerciseEmitted[] = []
  /** `${role} ${fact}` learned earlier in this same step (a decide with several shares). */
  private learned: Set<string> | undefined

  constructor(
    private readonly base: ExerciseContext,
    /** The root fields (clock, threat, inject, end) may always be written. */
    readonly root: Draft<ExerciseContext>,
    private readonly drafting: boolean,
  ) {}

  emit(emitted: ExerciseEmitted): void {
    this.emitted.push(emitted)
  }

  record(applied: AppliedEvent): void {
    this.emitted.push({ type: 'applied', applied })
  }

  /** The fields every applied event shares. */
  fields(origin: Origin) {
    const { clock, inject, threat } = this.root
    const fields = { index: origin.index, at: clock, inject, threat }
    return origin.via === undefined ? fields : { ...fields, via: origin.via }
  }

  /** Recipients learn the facts they did not know yet; a first learning is never replaced. */
  learn(roles: readonly Id[], facts: readonly Id[], share?: { from: Id; index: number }): void {
    for (const role of roles) {
      for (const fact of facts) {
        if (knows(this.base, role, fact) || this.learned?.has(`${role} ${fact}`) === true) continue
        ;(this.learned ??= new Set()).add(`${role} ${fact}`)
        const { clock: at, inject } = this.root
        const knowledge = this.collections().knowledge
        const known = knowledge.get(role)
        if (known === undefined) knowledge.set(role, new Map([[fact, at]]))
        else known.set(fact, at)
        const learning = { role, fact, at, inject }
        this.emit({
          type: 'learned',
          learning: share === undefined ? learning : { ...learning, ...share },
        })
      }
    }
  }

  /** Remembers the action, by the role and by anyone, if it is new. */
  act(role: Id, action: Id): void {
    for (const key of [actedKey(role, action), actedKey(undefined, action)]) {
      if (!this.base.acted.has(key)) this.collections().acted.add(key)
    }
  }

  decide(key: DecisionKey, taken: DecisionTaken, chosen: string): void {
    const { decisions, chosen: options } = this.collections()
    decisions.set(key, taken)
    options.add(chosen)
  }

  end(reason: 'end' | 'last-inject', index: number): void {
    const end = { at: this.root.clock, reason, index }
    this.root.end = end
    this.emit({ type: 'ended', end })
  }

  /** The draft, for writing collections; only a step declared as drafting may. */
  private collections(): Draft<ExerciseContext> {
    if (!this.drafting)
      throw new Error('a step that writes knowledge, decisions or actions must draft')
    return this.root
  }
}

/** Whether applying the event writes knowledge, decisions or actions (see `write`). */
export function writesCollections(context: ExerciseContext, event: LogEvent): boolean {
  switch (event.type) {
    case 'share':
      return event.to.some((role) => event.facts.some((fact) => !knows(context, role, fact)))
    case 'act':
      return (
        !context.acted.has(actedKey(event.role, event.action)) ||
        !context.acted.has(actedKey(undefined, event.action))
      )
    case 'decide':
      return true
    default:
      return false
  }
}
