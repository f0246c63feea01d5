/**
 * Every path through a scenario, from the first inject to an inject that ends play, with
 * the expectations that can still be met on each. A trainer reads it to check that every
 * branch of the story still trains what the objectives say.
 *
 * An expectation can be met on a path when its clock can start there:
 * - `act` with `from`: that inject is on the path (without `from`, play start: always);
 * - `escalate`: some inject on the path reveals its fact (reveals are how facts enter play;
 *   starting knowledge given in a playtest counts as revealed before the path).
 * Branch conditions are not evaluated, so a path may need particular choices to happen.
 */
import type { Expectation, Id, Inject, Scenario } from '../scenario/schema'
import { describeBranch } from '../scenario/condition-words'

export const DEFAULT_PATH_CAP = 200

export interface PathStep {
  readonly inject: Id
  /** How play got here from the step before: a branch condition in words; absent for `next`. */
  readonly via?: string
}

export interface ExpectationOnPath {
  readonly id: Id
  readonly canBeMet: boolean
  /** Why not, in words; absent when it can be met. */
  readonly reason?: string
}

export interface ScenarioPath {
  readonly steps: readonly PathStep[]
  /** Set when the path would enter an inject already on it: the id it loops back to. */
  readonly loopsTo?: Id
  readonly expectations: readonly ExpectationOnPath[]
}

export interface PathsReport {
  readonly paths: readonly ScenarioPath[]
  /** True when there were more paths than `cap`: the list is incomplete. */
  readonly capped: boolean
  readonly cap: number
}

interface Options {
  readonly cap?: number
  /** Facts already known before play (a playtest's starting knowledge). */
  readonly knownBefore?: Iterable<Id>
}

export function pathsReport(scenario: Scenario, options: Options = {}): PathsReport {
  const cap = options.cap ?? DEFAULT_PATH_CAP
  const byId = new Map(scenario.injects.map((inject) => [inject.id, inject]))
  const raw: RawPath[] = []
  const first = scenario.injects[0]
  let capped = false
  if (first !== undefined) {
    capped = !walk(byId, [{ inject: first.id }], raw, cap)
  }
  const knownBefore = new Set(options.knownBefore)
  const paths = raw.map((path) => ({
    ...path,
    expectations: scenario.expectations.map((expectation) =>
      judge(expectation, path.steps, byId, knownBefore),
    ),
  }))
  return { paths, capped, cap }
}

interface RawPath {
  readonly steps: readonly PathStep[]
  readonly loopsTo?: Id
}

/**
 * Depth-first, branches in file order. Returns false once `cap` paths are collected and
 * more remain. Iterative over branches, recursive over depth: depth is bounded by the
 * number of injects because a path never revisits an inject.
 */
function walk(
  byId: ReadonlyMap<Id, Inject>,
  steps: PathStep[],
  out: RawPath[],
  cap: number,
): boolean {
  const last = steps[steps.length - 1]
  const inject = last === undefined ? undefined : byId.get(last.inject)
  const exits = inject === undefined ? [] : exitsOf(inject)
  if (exits.length === 0) return collect(out, { steps: [...steps] }, cap)
  for (const exit of exits) {
    if (steps.some((step) => step.inject === exit.inject)) {
      if (!collect(out, { steps: [...steps], loopsTo: exit.inject }, cap)) return false
      continue
    }
    steps.push(exit)
    const more = walk(byId, steps, out, cap)
    steps.pop()
    if (!more) return false
  }
  return true
}

function collect(out: RawPath[], path: RawPath, cap: number): boolean {
  if (out.length >= cap) return false
  out.push(path)
  return true
}

function exitsOf(inject: Inject): PathStep[] {
  const { next } = inject
  if (next === undefined) return []
  if (typeof next === 'string') return [{ inject: next }]
  return next.map((branch) => ({ inject: branch.goto, via: describeBranch(branch) }))
}

function judge(
  expectation: Expectation,
  steps: readonly PathStep[],
  byId: ReadonlyMap<Id, Inject>,
  knownBefore: ReadonlySet<Id>,
): ExpectationOnPath {
  const onPath = new Set(steps.map((step) => step.inject))
  if (expectation.act !== undefined) {
    const from = expectation.from
    if (from === undefined || onPath.has(from)) return { id: expectation.id, canBeMet: true }
    return { id: expectation.id, canBeMet: false, reason: `inject ${from} is not on this path` }
  }
  const fact = expectation.escalate?.fact
  if (fact === undefined) return { id: expectation.id, canBeMet: true }
  const revealed =
    knownBefore.has(fact) || steps.some((step) => revealsFact(byId.get(step.inject), fact))
  return revealed
    ? { id: expectation.id, canBeMet: true }
    : { id: expectation.id, canBeMet: false, reason: `no inject on this path reveals ${fact}` }
}

function revealsFact(inject: Inject | undefined, fact: Id): boolean {
  if (inject?.reveal === undefined) return false
  return Object.values(inject.reveal).some((facts) => facts.includes(fact))
}
