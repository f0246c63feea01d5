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
  const g = new Graph({ multigraph: true })
  g.setGraph({ rankdir: 'TB', nodesep: 40, ranksep: 70, marginx: 16, marginy: 16 })
  g.setDefaultEdgeLabel(() => ({}))
  for (const node of graph.nodes) g.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT })
  for (const edge of graph.edges) {
    // Labelled edges get room for their condition text between the ranks.
    const label = edge.label === undefined ? {} : { width: 160, height: 24, labelpos: 'c' }
    g.setEdge(edge.source, edge.target, label, edge.id)
  }
  layout(g)
  const placed = new Map<string, Placed>()
  for (const node of graph.nodes) {
    // dagre's node labels are untyped; after layout() each has its centre.
    const { x, y } = g.node(node.id) as { x: number; y: number }
    placed.set(node.id, { x: x - NODE_WIDTH / 2, y: y - NODE_HEIGHT / 2 })
  }
  return placed
}
