import '@xyflow/react/dist/style.css'
import { Background, Controls, MarkerType, ReactFlow, type Edge } from '@xyflow/react'
import { useMemo } from 'react'
import type { InjectGraph } from '../../../engine/studio/graph'
import { InjectNodeCard, type InjectFlowNode } from './InjectNodeCard'
import { layoutGraph } from './layout'

const nodeTypes = { inject: InjectNodeCard }

interface Props {
  readonly graph: InjectGraph
  readonly onOpen: (injectId: string) => void
}

/** The inject graph: read-only, laid out by dagre, each node a button to its YAML. */
export function InjectGraphView({ graph, onOpen }: Props) {
  const { nodes, edges } = useMemo(() => toFlow(graph, onOpen), [graph, onOpen])
  const unreachable = graph.nodes.filter((node) => !node.reachable).length
  const deadEnds = graph.nodes.filter((node) => node.deadEnd).length
  return (
    <section className="studio-graph" aria-label="Inject graph">
      <p className="studio-graph-summary" role="status">
        {graph.nodes.length} injects · {unreachable} unreachable · {deadEnds} dead ends
      </p>
      <div className="studio-graph-canvas">
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          fitView
          minZoom={0.2}
          proOptions={{ hideAttribution: true }}
        >
          <Background />
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
    </section>
  )
}

function toFlow(graph: InjectGraph, onOpen: (id: string) => void) {
  const placed = layoutGraph(graph)
  const nodes: InjectFlowNode[] = graph.nodes.map((inject) => ({
    id: inject.id,
    type: 'inject',
    position: placed.get(inject.id) ?? { x: 0, y: 0 },
    data: { inject, onOpen },
  }))
  const edges: Edge[] = graph.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    ...(edge.label === undefined ? {} : { label: edge.label }),
    markerEnd: { type: MarkerType.ArrowClosed },
    labelBgPadding: [6, 3] as [number, number],
  }))
  return { nodes, edges }
}
