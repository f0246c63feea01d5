/**
 * The context before the first inject is entered: the clock at the scenario's start,
 * nobody knowing anything, nothing decided or done.
 */
import { toMinute } from '../scenario/clock'
import type { ScenarioIndex } from '../scenario/scenario-index'
import type { ExerciseContext } from './context'

export function initialContext(index: ScenarioIndex): ExerciseContext {
  const { scenario } = index
  const first = scenario.injects[0]
  if (first === undefined)
    throw new Error('a scenario has at least one inject (the schema says so)')
  return {
    clock: toMinute(scenario.start),
    threat: 0,
    inject: first.id,
    applied: 0,
    knowledge: new Map(),
    decisions: new Map(),
    chosen: new Set(),
    acted: new Set(),
  }
}
