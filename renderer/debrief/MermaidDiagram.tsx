import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'

/**
 * A Mermaid diagram, rendered by mermaid loaded on demand (it is large and only the debrief
 * needs it) with `securityLevel: 'strict'`: labels come from scenario files, which are data.
 */
export function MermaidDiagram({ source, label }: { source: string; label: string }) {
  const id = `mermaid-${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  const [svg, setSvg] = useState<string | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  const box = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    drawAtViewBoxSize(box.current?.querySelector('svg'))
  }, [svg])
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
  // The SVG comes from mermaid in strict mode, which sanitises every label. Drawn at its own
  // size, a wide diagram scrolls sideways: focusable, so the keyboard can scroll it too.
  return (
    <div
      ref={box}
      tabIndex={0}
      className="mermaid-diagram"
      role="img"
      aria-label={label}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  )
}

/**
 * Mermaid 12 gives a sequence diagram drawn at its own size (`useMaxWidth: false`) a height
 * smaller than its viewBox, which shrinks the whole drawing, labels included, to about
 * three quarters; sized to its viewBox it is drawn 1:1.
 */
function drawAtViewBoxSize(svg: SVGSVGElement | null | undefined): void {
  const viewBox = svg?.viewBox.baseVal
  if (!svg || !viewBox || viewBox.width <= 0 || viewBox.height <= 0) return
  svg.setAttribute('width', String(viewBox.width))
  svg.setAttribute('height', String(viewBox.height))
}

async function renderMermaid(id: string, source: string): Promise<string> {
  const { default: mermaid } = await import('mermaid')
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'neutral',
    fontFamily: 'inherit',
    // Readable labels (they were about 11 px once a wide diagram was scaled to the panel):
    // 18 px type (the sequence diagram takes its message, actor and note sizes from the
    // top-level size), drawn at its own size; a diagram wider than the panel scrolls.
    fontSize: 18,
    themeVariables: { fontSize: '18px' },
    sequence: { useMaxWidth: false },
  })
  const { svg } = await mermaid.render(id, source)
  return svg
}
