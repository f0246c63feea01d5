import { useReactFlow } from '@xyflow/react'
import { useEffect } from 'react'

/**
 * Keeps the whole graph in view: React Flow's `fitView` prop only fits once, on mount, but
 * the graph changes as the trainer types and the panel changes size with the window.
 * Rendered inside <ReactFlow> so it can reach the flow's instance.
 */
export function FitView({ signature }: { signature: string }) {
  const flow = useReactFlow()
  useEffect(() => {
    const fit = () => void flow.fitView({ maxZoom: 1, padding: 0.1 })
    // After React Flow has measured the new nodes.
    const frame = requestAnimationFrame(fit)
    window.addEventListener('resize', fit)
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('resize', fit)
    }
  }, [flow, signature])
  return null
}
