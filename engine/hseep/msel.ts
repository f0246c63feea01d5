/**
 * The Master Scenario Events List (HSEEP, docs/hseep.md): one row per inject for the
 * controllers — when, what, how it is delivered, from whom to whom, what the players are
 * expected to do and which objective that serves. A controller's document: it holds the
 * expectations and notes the Situation Manual must never show.
 */
import { indexScenario, type ScenarioIndex } from '../scenario/scenario-index'
import type { Expectation, Inject, Scenario } from '../scenario/schema'
import { pathsReport } from '../studio/paths'
import { expectationTask } from './critical-tasks'
import { sharedInjects } from './sitman'

export interface MselRow {
  readonly number: number
  readonly time: string
  readonly inject: string
  readonly delivery: string
  readonly from: string
  readonly to: string
  readonly expected: string
  readonly objective: string
  readonly reached: string
  readonly notes: string
}

export const MSEL_COLUMNS: readonly { key: keyof MselRow; title: string; width: number }[] = [
  { key: 'number', title: '#', width: 5 },
  { key: 'time', title: 'Time', width: 8 },
  { key: 'inject', title: 'Inject', width: 40 },
  { key: 'delivery', title: 'Delivery', width: 30 },
  { key: 'from', title: 'From', width: 22 },
  { key: 'to', title: 'To', width: 26 },
  { key: 'expected', title: 'Expected player action', width: 50 },
  { key: 'objective', title: 'Objective', width: 36 },
  { key: 'reached', title: 'Reached', width: 30 },
  { key: 'notes', title: 'Controller notes', width: 40 },
]

export function mselRows(scenario: Scenario): MselRow[] {
  const index = indexScenario(scenario)
  const shared = new Set(sharedInjects(scenario).map((i) => i.id))
  const via = conditionsInto(scenario)
  return scenario.injects.map((inject, at) => {
    const expected = expectationsStartingAt(scenario, inject)
    return {
      number: at + 1,
      time: inject.at,
      inject: [inject.title, inject.narrative?.trim()].filter(Boolean).join(': '),
      delivery: delivery(inject),
      from: senders(inject),
      to: receivers(index, inject),
      expected: expected.map((e) => expectationTask(index, e)).join('\n'),
      objective: [...new Set(expected.flatMap((e) => objectiveText(scenario, e)))].join('\n'),
      reached: shared.has(inject.id)
        ? 'On every path'
        : `Depends on play: ${[...(via.get(inject.id) ?? ['earlier choices'])].join('; or ')}`,
      notes: inject.notes?.trim() ?? '',
    }
  })
}

function delivery(inject: Inject): string {
  const materials = inject.materials ?? []
  if (materials.length === 0) return 'Facilitator narrates'
  return materials
    .map((m) => `${m.kind.replace('-', ' ')}${m.text === undefined ? '' : `: “${m.text.trim()}”`}`)
    .join('\n')
}

function senders(inject: Inject): string {
  const from = (inject.materials ?? []).flatMap((m) => (m.from === undefined ? [] : [m.from]))
  return from.length === 0 ? 'Facilitator' : [...new Set(from)].join('\n')
}

/** Who learns something at this inject; the whole table otherwise. */
function receivers(index: ScenarioIndex, inject: Inject): string {
  const roles = Object.keys(inject.reveal ?? {})
  if (roles.length === 0) return 'All players'
  return roles.map((r) => index.roles.get(r)?.title ?? r).join('\n')
}

/** Expectations whose clock can start here: `from` this inject, or a fact it reveals. */
function expectationsStartingAt(scenario: Scenario, inject: Inject): Expectation[] {
  const revealed = new Set(Object.values(inject.reveal ?? {}).flat())
  const first = scenario.injects[0]?.id === inject.id
  return scenario.expectations.filter((e) => {
    if (e.escalate !== undefined) return revealed.has(e.escalate.fact)
    return e.from === undefined ? first : e.from === inject.id
  })
}

function objectiveText(scenario: Scenario, expectation: Expectation): string[] {
  const objective = scenario.objectives.find((o) => o.id === expectation.objective)
  return objective === undefined ? [] : [objective.text]
}

/** inject id -> the branch conditions (in words) that lead into it. */
function conditionsInto(scenario: Scenario): Map<string, Set<string>> {
  const into = new Map<string, Set<string>>()
  for (const path of pathsReport(scenario).paths) {
    for (const step of path.steps) {
      if (step.via === undefined) continue
      const set = into.get(step.inject) ?? new Set<string>()
      set.add(step.via)
      into.set(step.inject, set)
    }
  }
  return into
}
