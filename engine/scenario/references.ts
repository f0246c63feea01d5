/**
 * The ids a scenario defines, indexed once, and a checker that reports a reference to an
 * id that does not exist, suggesting the nearest known id (most are typos).
 */
import { DEFAULT_ACTIONS } from './catalog'
import { error, type Finding } from './finding'
import { ROLE_KINDS, type Role, type Scenario } from './schema'
import type { DataPath, Target } from './yaml-source'

export interface KnownIds {
  readonly roles: ReadonlyMap<string, Role>
  readonly facts: ReadonlySet<string>
  readonly people: ReadonlySet<string>
  /** The default catalog and the scenario's own actions. */
  readonly actions: ReadonlySet<string>
  readonly objectives: ReadonlySet<string>
  readonly injects: ReadonlySet<string>
  /** Role id -> the option ids of all its decisions (for `decided` conditions). */
  readonly optionsByRole: ReadonlyMap<string, ReadonlySet<string>>
}

export type ReferenceKind = 'role' | 'fact' | 'person' | 'action' | 'objective' | 'inject'

export function knownIds(scenario: Scenario): KnownIds {
  const optionsByRole = new Map<string, Set<string>>()
  for (const inject of scenario.injects) {
    for (const decision of inject.decisions ?? []) {
      const options = optionsByRole.get(decision.role) ?? new Set<string>()
      for (const option of decision.options) options.add(option.id)
      optionsByRole.set(decision.role, options)
    }
  }
  // Only text ids: references-despite-schema.ts also hands in data the schema refused, where
  // an id may be a number or a map, and a list of known ids must never read "[object Object]".
  const named = <T extends { id: string }>(items: readonly T[]): T[] =>
    items.filter((item) => typeof item.id === 'string')
  const ids = (items: readonly { id: string }[]): Set<string> =>
    new Set(named(items).map((i) => i.id))
  return {
    roles: new Map(named(scenario.roles).map((role) => [role.id, role])),
    facts: ids(scenario.facts),
    people: ids(scenario.people),
    actions: ids([...DEFAULT_ACTIONS, ...scenario.actions]),
    objectives: ids(scenario.objectives),
    injects: ids(scenario.injects),
    optionsByRole,
  }
}

/** Reports unknown ids into `findings`; returns whether the id is known. */
export type ReferenceCheck = (
  kind: ReferenceKind | 'role or role kind',
  id: string,
  path: DataPath,
  place: string,
  target?: Target,
) => boolean

export function referenceChecker(known: KnownIds, findings: Finding[]): ReferenceCheck {
  const kinds: ReadonlySet<string> = new Set(ROLE_KINDS)
  const idsOf = (kind: ReferenceKind): ReadonlySet<string> | ReadonlyMap<string, Role> =>
    ({
      role: known.roles,
      fact: known.facts,
      person: known.people,
      action: known.actions,
      objective: known.objectives,
      inject: known.injects,
    })[kind]
  return (kind, id, path, place, target) => {
    const either = kind === 'role or role kind'
    const ids = idsOf(either ? 'role' : kind)
    if (ids.has(id) || (either && kinds.has(id))) return true
    const candidates = either ? [...ids.keys(), ...kinds] : [...ids.keys()]
    const message = `unknown ${kind} "${id}" in ${place}${hint(id, candidates, FALLBACK[kind])}`
    findings.push(error(path, message, target))
    return false
  }
}

/** What to say when no known id is close and there are too many to list. */
const FALLBACK: Partial<Record<Parameters<ReferenceCheck>[0], string>> = {
  action: ' (not in the default catalog nor in the scenario\'s "actions")',
  'role or role kind': ' (neither a role id nor a role kind)',
}

/** ` (did you mean "sro"?)`, or the known ids when there are few and none is close. */
export function hint(id: string, candidates: readonly string[], fallback = ''): string {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(id.length / 3)) + 1
  for (const candidate of candidates) {
    const distance = editDistance(id, candidate, bestDistance)
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance]
  }
  if (best !== undefined) return ` (did you mean "${best}"?)`
  if (candidates.length === 0) return ' (none are defined)'
  return candidates.length <= 8 ? ` (known: ${candidates.join(', ')})` : fallback
}

/** Levenshtein distance, giving up at `limit` (so a long list of ids stays cheap). */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(
        (previous[j] ?? limit) + 1,
        (current[j - 1] ?? limit) + 1,
        (previous[j - 1] ?? limit) + cost,
      )
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin >= limit) return limit
    previous = current
  }
  return previous[b.length] ?? limit
}
