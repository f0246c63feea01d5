/**
 * The inject graph of a scenario, as the studio draws it: one node per inject, one edge
 * per `next` or branch, with what a trainer needs to spot mistakes at a glance: which
 * injects no path reaches, and which ones end play too early (dead ends).
 *
 * Definitions (also in docs/studio.md):
 * - The first inject in the file is where play starts.
 * - An inject is reachable when some chain of `next`/`goto` leads to it from the first
 *   inject. Conditions are not evaluated: a branch counts as a way through.
 * - An inject with no `next` ends play. It is an intended end when its `at` is the latest
 *   time of any inject; otherwise it is a dead end: play stops while the story's clock
 *   has further to go, which is almost always a forgotten `next`.
 */
import { toMinute } from '../scenario/clock'
import type { Id, Inject, Scenario, ThreatLevel } from '../scenario/schema'
import { describeBranch } from '../scenario/condition-words'

export interface GraphNode {
  readonly id: Id
  readonly title: string
  readonly at: string
  /** The threat level in force during this inject (declared or carried over). */
  readonly threat: ThreatLevel
  /** True when `threat` was carried over from the inject before it (first path found). */
  readonly threatInherited: boolean
  /** Position in the file's `injects` list. */
  readonly index: number
  readonly reachable: boolean
  /** No `next`: leaving this inject ends play. */
  readonly ends: boolean
  /** Ends play but is not the last by time (see the module comment). */
  readonly deadEnd: boolean
  readonly decisions: number
}

export interface GraphEdge {
  /** Unique: `${source}->${target}#${branch position}`. */
  readonly id: string
  readonly source: Id
  readonly target: Id
  /** The branch condition in words, "otherwise" for a fallback; absent for a plain `next`. */
  readonly label?: string
}

export interface InjectGraph {
  readonly start: Id | undefined
  readonly nodes: readonly GraphNode[]
  readonly edges: readonly GraphEdge[]
}

/** The injects an inject may lead to, in branch order (a target may repeat). */
export function successors(inject: Inject): Id[] {
  if (inject.next === undefined) return []
  if (typeof inject.next === 'string') return [inject.next]
  return inject.next.map((branch) => branch.goto)
}

export function edgesOf(inject: Inject): GraphEdge[] {
  const { next } = inject
  if (next === undefined) return []
  if (typeof next === 'string') {
    return [{ id: `${inject.id}->${next}#0`, source: inject.id, target: next }]
  }
  return next.map((branch, position) => ({
    id: `${inject.id}->${branch.goto}#${position}`,
    source: inject.id,
    target: branch.goto,
    label: describeBranch(branch),
  }))
}

interface Walk {
  /** Effective threat of each inject reached, by breadth-first order from the start. */
  readonly threat: Map<Id, ThreatLevel>
}

/** Breadth-first from the first inject; the first way in decides a carried-over threat. */
function walkFromStart(scenario: Scenario): Walk {
  const byId = new Map(scenario.injects.map((inject) => [inject.id, inject]))
  const threat = new Map<Id, ThreatLevel>()
  const first = scenario.injects[0]
  if (first === undefined) return { threat }
  threat.set(first.id, first.threat ?? 0)
  const queue: Inject[] = [first]
  for (let inject = queue.shift(); inject !== undefined; inject = queue.shift()) {
    const level = threat.get(inject.id) ?? 0
    for (const target of successors(inject)) {
      const next = byId.get(target)
      if (next === undefined || threat.has(target)) continue
      threat.set(target, next.threat ?? level)
      queue.push(next)
    }
  }
  return { threat }
}

export function buildInjectGraph(scenario: Scenario): InjectGraph {
  const { threat } = walkFromStart(scenario)
  const latest = Math.max(...scenario.injects.map((inject) => toMinute(inject.at)))
  const nodes = scenario.injects.map((inject, index): GraphNode => {
    const ends = inject.next === undefined
    return {
      id: inject.id,
      title: inject.title,
      at: inject.at,
      threat: inject.threat ?? threat.get(inject.id) ?? 0,
      threatInherited: inject.threat === undefined,
      index,
      reachable: threat.has(inject.id),
      ends,
      deadEnd: ends && toMinute(inject.at) < latest,
      decisions: inject.decisions?.length ?? 0,
    }
  })
  const known = new Set(scenario.injects.map((inject) => inject.id))
  const edges = scenario.injects.flatMap(edgesOf).filter((edge) => known.has(edge.target))
  return { start: scenario.injects[0]?.id, nodes, edges }
}
