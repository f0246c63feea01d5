import { useEffect, useId, useState } from 'react'

/**
 * A Mermaid diagram, rendered by mermaid loaded on demand (it is large and only the debrief
 * needs it) with `securityLevel: 'strict'`: labels come from scenario files, which are data.
 */
export function MermaidDiagram({ source, label }: { source: string; label: string }) {
  const id = `mermaid-${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  const [svg, setSvg] = useState<string | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    renderMermaid(id, source).then(
      (out) => {
        if (live) setSvg(out)
      },
      (error: unknown) => {
        if (live) setFailed(error instanceof Error ? error.message : String(error))
      },
    )
    return () => {
      live = false
    }
  }, [id, source])
  if (failed !== null) return <p className="error">The diagram could not be drawn: {failed}</p>
  if (svg === null) return <p role="status">Drawing the diagram…</p>
  // The SVG comes from mermaid in strict mode, which sanitises every label.
  return (
    <div
      className="mermaid-diagram"
      role="img"
      aria-label={label}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  )
}

async function renderMermaid(id: string, source: string): Promise<string> {
  const { default: mermaid } = await import('mermaid')
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'neutral',
    fontFamily: 'inherit',
  })
  const { svg } = await mermaid.render(id, source)
  return svg
}
