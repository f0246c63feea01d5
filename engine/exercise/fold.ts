/**
 * The exercise as a fold: the machine's state and bounded context, and the records
 * collected from what it emits. The machine decides (its guards are the rules, its
 * branches pick the next inject); the fold applies each chosen transition's actions as
 * the very step functions the machine's actions call (`applyEvent`, `leaveInject`,
 * `enterInject`), without XState's fixed cost per event, which would dominate a
 * 100,000-event replay. A property test checks the fold against a running actor.
 */
import { initialTransition, type AnyMachineSnapshot } from 'xstate'
import type { ScenarioIndex } from '../scenario/scenario-index'
import type { Scenario } from '../scenario/schema'
import { applyEvent, enterInject, leaveInject, type Sink } from './apply'
import type { ExerciseContext } from './context'
import type { AdvanceEvent, LogEvent } from './log'
import { createExerciseMachine, ENDED } from './machine'
import { collect, emptyRecords, type ExerciseEmitted, type Records } from './records'
import type { ReplayError } from './replay-types'
import { checkEvent } from './rules'

export type ExerciseMachine = ReturnType<typeof createExerciseMachine>

// A machine is compiled once per scenario and shared by every replay and session of it.
const machines = new WeakMap<Scenario, ExerciseMachine>()

export function machineFor(index: ScenarioIndex): ExerciseMachine {
  const known = machines.get(index.scenario)
  if (known !== undefined) return known
  const machine = createExerciseMachine(index)
  machines.set(index.scenario, machine)
  return machine
}

export type ExerciseSnapshot = ReturnType<ExerciseMachine['resolveState']>

// Resolving a state walks every state of the machine (200 for a scenario of 200 injects),
// which made the advances a large fixed cost of every replay. A snapshot is plain data
// whose methods read `this`, so the resolved state is kept per state and only its context
// replaced, as XState's own snapshot cloning does.
const resolved = new WeakMap<ExerciseMachine, Map<string, ExerciseSnapshot>>()

function resolvedFor(
  machine: ExerciseMachine,
  value: string,
  context: ExerciseContext,
): ExerciseSnapshot {
  let states = resolved.get(machine)
  if (states === undefined) resolved.set(machine, (states = new Map<string, ExerciseSnapshot>()))
  let snapshot = states.get(value)
  if (snapshot === undefined) {
    snapshot = machine.resolveState({ value, context })
    states.set(value, snapshot)
  }
  return snapshot
}

export class ExerciseFold {
  /** The machine's state: the current inject's id, or `ended`. */
  private value: string
  private current: ExerciseContext
  /** Steps push their records straight into the records: no per-step array. */
  private readonly sink: Sink

  private constructor(
    readonly index: ScenarioIndex,
    private readonly machine: ExerciseMachine,
    readonly records: Records,
  ) {
    this.sink = {
      push: (emitted) => {
        collect(records, emitted)
      },
    }
    const [snapshot, actions] = initialTransition(machine)
    this.value = stateOf(snapshot)
    this.current = snapshot.context
    this.collectAll(actions)
  }

  /** Play begins: the first inject is entered and its reveals apply. */
  static start(index: ScenarioIndex): ExerciseFold {
    return new ExerciseFold(index, machineFor(index), emptyRecords())
  }

  get context(): ExerciseContext {
    return this.current
  }

  /** The first rule the event would break, or undefined when it may be applied. */
  check(event: LogEvent): ReplayError | undefined {
    return checkEvent(this.index, this.current, event)
  }

  /** Applies an event that passed `check`. */
  apply(event: LogEvent): void {
    if (event.type === 'advance') {
      this.advance(event)
      return
    }
    this.current = applyEvent(this.index, this.current, event, this.sink)
    if (event.type === 'end') this.value = ENDED
  }

  /** The machine snapshot of this moment, for `can`, `hasTag` and `matches`. */
  snapshot(): ExerciseSnapshot {
    // Object.assign: spreading into a literal with more keys is many times slower in V8.
    const state = resolvedFor(this.machine, this.value, this.current)
    return Object.assign({}, state, { context: this.current })
  }

  /**
   * The machine picks the branch (its first enabled `advance` transition, guards
   * evaluated on this moment's context); the fold then runs that transition's actions,
   * `leave` and the target's `enter`, as the same step functions the machine calls.
   */
  private advance(event: AdvanceEvent): void {
    const [chosen] = this.machine.getTransitionData(this.snapshot(), event)
    const target = chosen?.target?.[0]?.key
    if (target === undefined)
      throw new Error(`advance at event ${this.current.applied} was not checked`)
    const to = target === ENDED ? undefined : target
    this.current = leaveInject(this.current, event, to, this.sink)
    if (to !== undefined) {
      this.current = enterInject(this.index, this.current, to, this.current.applied - 1, this.sink)
    }
    this.value = target
  }

  private collectAll(actions: readonly { type: string; params?: unknown }[]): void {
    for (const action of actions) {
      const emitted = emittedBy(action)
      if (emitted !== undefined) collect(this.records, emitted)
    }
  }
}

function stateOf(snapshot: AnyMachineSnapshot): string {
  if (typeof snapshot.value !== 'string') throw new Error('the exercise machine is flat')
  return snapshot.value
}

/** XState hands emitted events back as `xstate.emit` actions carrying the event. */
function emittedBy(action: { type: string; params?: unknown }): ExerciseEmitted | undefined {
  if (action.type !== 'xstate.emit') return undefined
  const { params } = action
  if (typeof params !== 'object' || params === null || !('event' in params)) return undefined
  return params.event as ExerciseEmitted
}
