/**
 * The exercise as XState actor logic: `fromTransition` over the same `step` the session and
 * `replay()` take, so an actor, `transition()` and the model-based paths of `xstate/graph`
 * all play by the engine's rules without a second copy of them. A snapshot's context is the
 * exercise context and the records the last event added; an event the rules refuse leaves
 * the context as it was and adds nothing.
 */
import { fromTransition } from 'xstate'
import type { ScenarioIndex } from '../scenario/scenario-index'
import type { LogEvent } from './log'
import { start, step, type Stepped } from './step'

export function exerciseLogic(index: ScenarioIndex) {
  return fromTransition((state: Stepped, event: LogEvent): Stepped => {
    const result = step(index, state.context, event)
    if (!result.ok) return { context: state.context, records: [] }
    return { context: result.context, records: result.records }
  }, start(index))
}
