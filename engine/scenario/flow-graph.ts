/**
 * The injects as a graph: an edge for each `next` and each branch `goto`, remembered with
 * the place it is written, plus what the first inject reaches. Built once, in linear time,
 * for the flow and knowledge checks.
 */
import type { Scenario } from './schema'
import type { DataPath } from './yaml-source'

export interface FlowEdge {
  /** Index in `injects`. */
  readonly from: number
  readonly to: number
  /** Where the edge is written: the `next` value or the branch's `goto`. */
  readonly path: DataPath
}

export interface FlowGraph {
  readonly edges: readonly FlowEdge[]
  /** Edges leaving each inject, by inject index. */
  readonly outgoing: readonly (readonly FlowEdge[])[]
  /** Inject indexes reached from the first inject, in breadth-first order. */
  readonly reachable: readonly number[]
}

export function flowGraph(scenario: Scenario): FlowGraph {
  const indexOf = new Map<string, number>()
  scenario.injects.forEach((inject, i) => {
    if (!indexOf.has(inject.id)) indexOf.set(inject.id, i)
  })
  const outgoing: FlowEdge[][] = scenario.injects.map(() => [])
  const edges: FlowEdge[] = []
  const link = (from: number, target: string, path: DataPath): void => {
    const to = indexOf.get(target)
    if (to === undefined) return // an unknown inject: reported by the reference check
    const edge = { from, to, path }
    edges.push(edge)
    outgoing[from]?.push(edge)
  }
  scenario.injects.forEach((inject, i) => {
    const next = inject.next
    if (typeof next === 'string') link(i, next, ['injects', i, 'next'])
    else {
      next?.forEach((branch, b) => {
        link(i, branch.goto, ['injects', i, 'next', b, 'goto'])
      })
    }
  })
  return { edges, outgoing, reachable: breadthFirst(outgoing) }
}

function breadthFirst(outgoing: readonly (readonly FlowEdge[])[]): number[] {
  if (outgoing.length === 0) return []
  const seen = new Set<number>([0])
  const order = [0]
  for (let head = 0; head < order.length; head++) {
    for (const edge of outgoing[order[head] ?? 0] ?? []) {
      if (seen.has(edge.to)) continue
      seen.add(edge.to)
      order.push(edge.to)
    }
  }
  return order
}
