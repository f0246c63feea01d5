/**
 * A cohort: several tables that played the same scenario, side by side (docs/cohort.md).
 * From each table's debrief it takes what a trainer compares — the scores, each objective's
 * suggested rating, the flags per rule and the path the table took (the injects it entered
 * and the options it chose) — and the cohort's view: which objectives were rated M or U at
 * how many tables, the rules flagged most, and where the tables' paths parted.
 *
 * Everything a reader sees is a title (inject, role, objective, option), never an id.
 */
import type { Debrief, Rating } from '../debrief/schema'
import { RULES, type Rule, type Scores } from '../scoring/flag'
import type { Scenario } from '../scenario/schema'

/** One table's finished exercise: its name as the facilitator knows it, and its debrief. */
export interface CohortInput {
  readonly name: string
  readonly debrief: Debrief
}

export interface Cohort {
  readonly scenario: { readonly id: string; readonly title: string }
  readonly tables: readonly TableResult[]
  /** In the scenario's order, each with one rating per table (in `tables` order). */
  readonly objectives: readonly ObjectiveAcross[]
  /** The rules flagged at least once, the most flags first. */
  readonly rules: readonly RuleAcross[]
  /** Where the tables' paths parted: injects entered, then options chosen, in play order. */
  readonly divergences: readonly Divergence[]
}

export interface TableResult {
  readonly name: string
  readonly scores: Scores
  /** Each objective's suggested rating, in the scenario's order; null: not rated. */
  readonly ratings: readonly (Rating | null)[]
  readonly flags: Readonly<Record<Rule, number>>
  readonly totalFlags: number
  /** The injects entered, in order. */
  readonly injects: readonly Entered[]
  readonly decisions: readonly ChosenOption[]
}

/** An inject entered: its id to compare paths by (titles may repeat), its title to show. */
export interface Entered {
  readonly id: string
  readonly title: string
}

export interface ChosenOption {
  readonly injectId: string
  readonly roleId: string
  readonly optionId: string
  /** The inject's and the role's titles and the option's label. */
  readonly inject: string
  readonly role: string
  readonly option: string
}

export interface ObjectiveAcross {
  readonly text: string
  readonly ratings: readonly (Rating | null)[]
  /** How many tables were rated M or U: where the cohort struggled. */
  readonly struggled: number
}

export interface RuleAcross {
  readonly rule: Rule
  readonly flags: number
  /** How many tables were flagged for it at least once. */
  readonly tables: number
}

/** One place where tables went different ways, with the tables that took each way. */
export type Divergence =
  | {
      readonly kind: 'inject'
      /** The inject the tables shared last (null: they started apart). */
      readonly after: string | null
      readonly ways: readonly Way[]
    }
  | {
      readonly kind: 'decision'
      readonly inject: string
      readonly role: string
      readonly prompt: string
      readonly ways: readonly Way[]
    }

export interface Way {
  /** An inject's title, an option's label, or `END` / `NO_CHOICE`. */
  readonly to: string
  readonly tables: readonly string[]
}

/** The way of a table whose play ended here. */
export const END = 'play ended'
/** The way of a table that reached the decision and chose nothing. */
export const NO_CHOICE = 'no option chosen'
/** Inject ids are ids (docs/format.md), so this key can never be one. */
const END_KEY = ' end'

/**
 * The cohort of `tables`, which are debriefs of `scenario` (a debrief of another scenario
 * is a caller's mistake: it throws).
 */
export function compareTables(scenario: Scenario, tables: readonly CohortInput[]): Cohort {
  for (const table of tables) {
    if (table.debrief.scenario.id !== scenario.id) {
      throw new RangeError(
        `${table.name} played "${table.debrief.scenario.title}", not "${scenario.title}"`,
      )
    }
  }
  const results = tables.map((table) => tableResult(scenario, table))
  return {
    scenario: { id: scenario.id, title: scenario.title },
    tables: results,
    objectives: scenario.objectives.map((objective, position) => {
      const ratings = results.map((result) => result.ratings[position] ?? null)
      const struggled = ratings.filter((r) => r === 'M' || r === 'U').length
      return { text: objective.text, ratings, struggled }
    }),
    rules: rulesAcross(results),
    divergences: [...injectDivergences(results), ...decisionDivergences(scenario, results)],
  }
}

function tableResult(scenario: Scenario, { name, debrief }: CohortInput): TableResult {
  const flags = Object.fromEntries(RULES.map((rule) => [rule, 0])) as Record<Rule, number>
  for (const flag of debrief.flags) flags[flag.rule] += 1
  const ratingOf = new Map(debrief.objectives.map((o) => [o.id, o.suggested]))
  const injectTitle = (id: string) => scenario.injects.find((i) => i.id === id)?.title ?? id
  const roleTitle = (id: string) => scenario.roles.find((r) => r.id === id)?.title ?? id
  return {
    name,
    scores: { ...debrief.scores },
    ratings: scenario.objectives.map((objective) => ratingOf.get(objective.id) ?? null),
    flags,
    totalFlags: debrief.flags.length,
    injects: debrief.timeline.flatMap((entry) =>
      entry.kind === 'inject' ? [{ id: entry.id, title: entry.title }] : [],
    ),
    decisions: debrief.timeline.flatMap((entry) =>
      entry.kind === 'decision'
        ? [
            {
              injectId: entry.inject,
              roleId: entry.role,
              optionId: entry.option,
              inject: injectTitle(entry.inject),
              role: roleTitle(entry.role),
              option: entry.label,
            },
          ]
        : [],
    ),
  }
}

function rulesAcross(results: readonly TableResult[]): RuleAcross[] {
  return RULES.map((rule) => ({
    rule,
    flags: results.reduce((sum, result) => sum + result.flags[rule], 0),
    tables: results.filter((result) => result.flags[rule] > 0).length,
  }))
    .filter((across) => across.flags > 0)
    .sort((a, b) => b.flags - a.flags || b.tables - a.tables)
}

/**
 * The injects' paths as a tree: tables that entered the same injects so far stay together;
 * where their next inject differs (or play ended for some), the group parts, and each part
 * is followed on its own.
 */
function injectDivergences(results: readonly TableResult[]): Divergence[] {
  const found: Divergence[] = []
  const follow = (group: readonly TableResult[], depth: number): void => {
    if (group.length < 2) return
    const parts = groupBy(group, (result) => result.injects[depth]?.id ?? END_KEY)
    if (parts.size > 1) {
      const after = depth === 0 ? null : (group[0]?.injects[depth - 1]?.title ?? null)
      const ways = [...parts.values()].map((part) => ({
        to: part[0]?.injects[depth]?.title ?? END,
        tables: part.map((result) => result.name),
      }))
      found.push({ kind: 'inject', after, ways })
    }
    for (const [next, part] of parts) if (next !== END_KEY) follow(part, depth + 1)
  }
  follow(results, 0)
  return found
}

/**
 * Each decision (an inject's role's prompt) reached by at least two tables, where they
 * chose differently; a table that reached it and chose nothing is a way too.
 */
function decisionDivergences(scenario: Scenario, results: readonly TableResult[]): Divergence[] {
  return scenario.injects.flatMap((inject) =>
    (inject.decisions ?? []).flatMap((decision): Divergence[] => {
      const role = scenario.roles.find((r) => r.id === decision.role)?.title ?? decision.role
      const reached = results.filter((result) => result.injects.some((e) => e.id === inject.id))
      if (reached.length < 2) return []
      // A role may face two decisions at one inject: an option answers the one it belongs to.
      const answers = (d: ChosenOption) =>
        d.injectId === inject.id &&
        d.roleId === decision.role &&
        decision.options.some((option) => option.id === d.optionId)
      const parts = groupBy(
        reached,
        (result) => result.decisions.find(answers)?.option ?? NO_CHOICE,
      )
      if (parts.size < 2) return []
      const ways = [...parts].map(([to, part]) => ({ to, tables: part.map((r) => r.name) }))
      return [{ kind: 'decision', inject: inject.title, role, prompt: decision.prompt, ways }]
    }),
  )
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [item])
    else group.push(item)
  }
  return groups
}
