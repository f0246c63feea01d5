/**
 * The exercise as a fold: the machine's state and bounded context, and the records
 * collected from what it emits. Events that move play between injects (`advance`, `end`)
 * go through the machine (an actor restored at that moment), which picks the branch. Events
 * that stay in the current inject are, in the machine, a targetless transition whose only
 * action applies `applyEvent`; the fold applies that same step directly, because XState's
 * fixed cost per event would dominate a 100,000-event replay. A property test checks the
 * fold against a running actor of the same machine.
 */
import { createActor, initialTransition, type AnyMachineSnapshot } from 'xstate'
import type { ScenarioIndex } from '../scenario/scenario-index'
import type { Scenario } from '../scenario/schema'
import { applyEvent } from './apply'
import type { ExerciseContext } from './context'
import type { LogEvent } from './log'
import { createExerciseMachine } from './machine'
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

export class ExerciseFold {
  /** The machine's state: the current inject's id, or `ended`. */
  private value: string
  private current: ExerciseContext

  private constructor(
    readonly index: ScenarioIndex,
    private readonly machine: ExerciseMachine,
    readonly records: Records,
  ) {
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
    if (event.type === 'advance' || event.type === 'end') {
      this.transition(event)
      return
    }
    const step = applyEvent(this.index, this.current, event)
    this.current = step.context
    for (const emitted of step.emitted) collect(this.records, emitted)
  }

  /** The machine snapshot of this moment, for `can`, `hasTag` and `matches`. */
  snapshot() {
    return this.machine.resolveState({ value: this.value, context: this.current })
  }

  /**
   * Runs the machine from this moment for one event, collecting what it emits. An actor
   * restored from the snapshot is far cheaper than `transition()`, which first computes
   * the machine's initial state every time.
   */
  private transition(event: LogEvent): void {
    const actor = createActor(this.machine, { snapshot: this.snapshot() })
    actor.on('*', (emitted) => {
      collect(this.records, emitted)
    })
    actor.start()
    actor.send(event)
    const snapshot = actor.getSnapshot()
    actor.stop()
    this.value = stateOf(snapshot)
    this.current = snapshot.context
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
