/**
 * The exercise context: everything a rule or a branch condition needs to know at one
 * moment of play, and nothing that grows with the number of events. Knowledge is bounded
 * by roles x facts, decisions by authored options, actions by roles x catalog; the growing
 * records (applied events, learnings, inject entries) live outside, collected from what
 * each `step` adds.
 */
import { toMinute, type Minute } from '../scenario/clock'
import type { Id, ThreatLevel } from '../scenario/schema'
import type { KnownFacts } from './known-facts'
import type { PlayEnd } from './replay-types'

/** Where a decision was taken: `${inject}#${position of the decision in the inject}`. */
export type DecisionKey = `${Id}#${number}`

export interface DecisionTaken {
  readonly option: Id
  /** The log index of the `decide`. */
  readonly index: number
}

export interface ExerciseContext {
  /** Scenario clock, in minutes. */
  readonly clock: Minute
  /** The situation's threat level, set by the injects entered so far. */
  readonly threat: ThreatLevel
  /** The current inject (the last one entered, once play has ended). */
  readonly inject: Id
  /** How many log events have been applied: the index the next event will have. */
  readonly applied: number
  /** role -> fact -> the minute the role first learned it (see `known-facts.ts`). */
  readonly knowledge: ReadonlyMap<Id, KnownFacts>
  /** Decisions taken, keyed by where they were authored. */
  readonly decisions: ReadonlyMap<DecisionKey, DecisionTaken>
  /** `${role}:${option}` for every option chosen (what `decided` conditions ask). */
  readonly chosen: ReadonlySet<string>
  /** `${role}:${action}` and `*:${action}` for every action taken (`acted` conditions). */
  readonly acted: ReadonlySet<string>
  /** Set once play has ended; nothing follows it. */
  readonly end?: PlayEnd
}

export const decisionKey = (inject: Id, position: number): DecisionKey => `${inject}#${position}`
export const chosenKey = (role: Id, option: Id): string => `${role}:${option}`
export const actedKey = (role: Id | undefined, action: Id): string => `${role ?? '*'}:${action}`

export function knows(context: ExerciseContext, role: Id, fact: Id): boolean {
  return context.knowledge.get(role)?.has(fact) ?? false
}

// At most 1,440 distinct clock times: parsing each once keeps long replays from re-splitting strings.
const minutes = new Map<string, Minute>()

/** `toMinute`, memoised. */
export function minuteOf(clock: string): Minute {
  let minute = minutes.get(clock)
  if (minute === undefined) minutes.set(clock, (minute = toMinute(clock)))
  return minute
}
