import { Handle, Position, type Node, type NodeProps } from '@xyflow/react'
import type { GraphNode } from '../../../engine/studio/graph'
import { ThreatBadge } from '../../ui/ThreatBadge'

export type InjectFlowNode = Node<{ inject: GraphNode }, 'inject'>

/**
 * One inject in the graph. The card is a button: clicking it, or Enter on it, moves the
 * editor's cursor to the inject (the graph's onNodeClick receives the bubbling click). Problems are said in words with an icon, never colour alone.
 */
export function InjectNodeCard({ data }: NodeProps<InjectFlowNode>) {
  const { inject } = data
  const problem = !inject.reachable ? 'unreachable' : inject.deadEnd ? 'dead-end' : undefined
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <button
        type="button"
        className={`studio-node${problem === undefined ? '' : ` studio-node-${problem}`}`}
        aria-label={`${inject.at} ${inject.title}${problemText(problem, inject.ends)}: go to its YAML`}
      >
        <span className="studio-node-head">
          <span className="studio-node-time">{inject.at}</span>
          <ThreatBadge level={inject.threat} size="small" />
        </span>
        <span className="studio-node-title">{inject.title}</span>
        <span className="studio-node-marks">
          {problem === 'unreachable' && <span>⊘ Unreachable</span>}
          {problem === 'dead-end' && <span>⚠ Dead end</span>}
          {problem === undefined && inject.ends && <span>■ End</span>}
          {inject.decisions > 0 && (
            <span>
              ◆ {inject.decisions} decision{inject.decisions > 1 ? 's' : ''}
            </span>
          )}
        </span>
      </button>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </>
  )
}

function problemText(problem: string | undefined, ends: boolean): string {
  if (problem === 'unreachable') return ', unreachable'
  if (problem === 'dead-end') return ', dead end'
  return ends ? ', ends play' : ''
}
