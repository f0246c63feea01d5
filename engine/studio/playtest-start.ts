/**
 * Playtesting from the middle of a scenario. The engine always starts at the first inject
 * with nobody knowing anything, so instead of teaching it a second way to start, the studio
 * derives a smaller scenario that starts where the trainer asked:
 * - its injects are the chosen one (first) and every inject reachable from it;
 * - its clock starts at the chosen inject's `at`;
 * - the chosen inject's `reveal` also hands out the starting knowledge picked by the trainer,
 *   and it keeps the threat level that would be in force there;
 * - `act` expectations whose `from` inject was cut away are dropped (their clock can't start).
 * The original scenario is not changed.
 */
import type { Id, Inject, Scenario } from '../scenario/schema'
import { buildInjectGraph, successors } from './graph'

export interface KnownFact {
  readonly role: Id
  readonly fact: Id
}

export interface PlaytestStart {
  readonly inject: Id
  readonly knowledge: readonly KnownFact[]
}

/** The injects reachable from `start`, itself included, in file order. */
export function reachableFrom(scenario: Scenario, start: Id): Set<Id> {
  const byId = new Map(scenario.injects.map((inject) => [inject.id, inject]))
  const seen = new Set<Id>()
  const stack = [start]
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    const inject = byId.get(id)
    if (inject === undefined || seen.has(id)) continue
    seen.add(id)
    stack.push(...successors(inject))
  }
  return seen
}

export function scenarioStartingAt(scenario: Scenario, start: PlaytestStart): Scenario {
  const first = scenario.injects.find((inject) => inject.id === start.inject)
  if (first === undefined) throw new Error(`no inject "${start.inject}" in this scenario`)
  const keep = reachableFrom(scenario, first.id)
  const threat = buildInjectGraph(scenario).nodes.find((node) => node.id === first.id)?.threat
  const opening: Inject = {
    ...first,
    threat: first.threat ?? threat ?? 0,
    reveal: withKnowledge(first.reveal, start.knowledge),
  }
  const rest = scenario.injects.filter((inject) => keep.has(inject.id) && inject.id !== first.id)
  return {
    ...scenario,
    start: first.at,
    injects: [opening, ...rest],
    expectations: scenario.expectations.filter(
      (expectation) => expectation.from === undefined || keep.has(expectation.from),
    ),
  }
}

/** Adds the starting knowledge to a reveal map, without duplicates, keeping its order. */
export function withKnowledge(
  reveal: Readonly<Record<Id, readonly Id[]>> | undefined,
  knowledge: readonly KnownFact[],
): Record<Id, Id[]> {
  const merged: Record<Id, Id[]> = {}
  for (const [role, facts] of Object.entries(reveal ?? {})) merged[role] = [...facts]
  for (const { role, fact } of knowledge) {
    const facts = (merged[role] ??= [])
    if (!facts.includes(fact)) facts.push(fact)
  }
  return merged
}
