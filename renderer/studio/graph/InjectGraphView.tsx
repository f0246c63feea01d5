import '@xyflow/react/dist/style.css'
import { Background, Controls, MarkerType, ReactFlow, type Edge } from '@xyflow/react'
import { useMemo } from 'react'
import type { InjectGraph } from '../../../engine/studio/graph'
import { FitView } from './FitView'
import { InjectNodeCard, type InjectFlowNode } from './InjectNodeCard'
import { layoutShape, shapeOf, type Placed } from './layout'

const nodeTypes = { inject: InjectNodeCard }

interface Props {
  readonly graph: InjectGraph
  readonly onOpen: (injectId: string) => void
}

/** The inject graph: read-only, laid out by dagre, each node a button to its YAML. */
export function InjectGraphView({ graph, onOpen }: Props) {
  // dagre is the slow part (hundreds of ms for 100 injects on a busy machine) and most
  // edits change titles or times, not the shape: lay out again only when the shape changed.
  const shape = shapeOf(graph)
  const placed = useMemo(() => layoutShape(shape), [shape])
  const { nodes, edges } = useMemo(() => toFlow(graph, placed), [graph, placed])
  const unreachable = graph.nodes.filter((node) => !node.reachable).length
  const deadEnds = graph.nodes.filter((node) => node.deadEnd).length
  return (
    <section className="studio-graph" aria-label="Inject graph">
      <p className="studio-graph-summary" role="status">
        {`${graph.nodes.length} injects · ${unreachable} unreachable · ${deadEnds} dead end${deadEnds === 1 ? '' : 's'}`}
      </p>
      <div className="studio-graph-canvas">
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          // Also what keeps nodes clickable: React Flow turns pointer events off on nodes of
          // a read-only graph unless there is a click handler. A node's button click (mouse,
          // or Enter/Space from the keyboard) bubbles to here.
          onNodeClick={(_event, node) => {
            onOpen(node.id)
          }}
          fitView
          fitViewOptions={{ maxZoom: 1 }}
          minZoom={0.2}
        >
          <Background />
          <Controls showInteractive={false} />
          <FitView signature={shape} />
        </ReactFlow>
      </div>
    </section>
  )
}

function toFlow(graph: InjectGraph, placed: ReadonlyMap<string, Placed>) {
  const nodes: InjectFlowNode[] = graph.nodes.map((inject) => ({
    id: inject.id,
    type: 'inject',
    position: placed.get(inject.id) ?? { x: 0, y: 0 },
    data: { inject },
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
