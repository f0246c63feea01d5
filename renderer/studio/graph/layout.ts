/**
 * Places the inject graph with dagre: top to bottom in story order, branches side by side.
 * Pure (no DOM), so it is unit-tested and benchmarked with the graph model.
 */
import { Graph, layout } from '@dagrejs/dagre'
import type { InjectGraph } from '../../../engine/studio/graph'

export const NODE_WIDTH = 240
export const NODE_HEIGHT = 96

export interface Placed {
  /** Top-left corner, as React Flow wants it (dagre gives centres). */
  readonly x: number
  readonly y: number
}

export function layoutGraph(graph: InjectGraph): Map<string, Placed> {
  return layoutShape(shapeOf(graph))
}

/**
 * What the layout depends on, as a string (so React can compare it by value): the injects,
 * and the edges with whether they carry a label. Titles, times and threat levels don't move
 * anything.
 */
export function shapeOf(graph: InjectGraph): string {
  return JSON.stringify([
    graph.nodes.map((node) => node.id),
    graph.edges.map((edge) => [edge.source, edge.target, edge.id, edge.label !== undefined]),
  ])
}

export function layoutShape(shape: string): Map<string, Placed> {
  const [ids, edges] = JSON.parse(shape) as [string[], [string, string, string, boolean][]]
  const g = new Graph({ multigraph: true })
  g.setGraph({ rankdir: 'TB', nodesep: 40, ranksep: 70, marginx: 16, marginy: 16 })
  g.setDefaultEdgeLabel(() => ({}))
  for (const id of ids) g.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT })
  for (const [source, target, name, labelled] of edges) {
    // Labelled edges get room for their condition text between the ranks.
    const label = labelled ? { width: 160, height: 24, labelpos: 'c' } : {}
    g.setEdge(source, target, label, name)
  }
  layout(g)
  const placed = new Map<string, Placed>()
  for (const id of ids) {
    // dagre's node labels are untyped; after layout() each has its centre.
    const { x, y } = g.node(id) as { x: number; y: number }
    placed.set(id, { x: x - NODE_WIDTH / 2, y: y - NODE_HEIGHT / 2 })
  }
  return placed
}
