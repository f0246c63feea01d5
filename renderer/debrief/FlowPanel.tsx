import type { Debrief } from '../../engine/debrief/schema'
import type { Scenario } from '../../engine/scenario/schema'
import { namesOf } from '../../engine/debrief'
import { factNames } from '../../engine/debrief/names'
import { flowDiagram } from '../../engine/debrief/mermaid'
import { MermaidDiagram } from './MermaidDiagram'

/** Who told whom what: the diagram, and the same as a list for screen readers and print. */
export function FlowPanel({ debrief, scenario }: { debrief: Debrief; scenario: Scenario }) {
  const names = namesOf(scenario)
  const title = (id: string) => names.roles[id] ?? id
  if (debrief.flow.length === 0) {
    return (
      <section className="panel" aria-labelledby="flow-title">
        <h2 id="flow-title">Information flow</h2>
        <p>Nobody shared anything.</p>
      </section>
    )
  }
  return (
    <section className="panel flow" aria-labelledby="flow-title">
      <h2 id="flow-title">Information flow</h2>
      <MermaidDiagram
        source={flowDiagram(debrief, names)}
        label="Sequence diagram of who told whom what; flagged shares are crossed arrows labelled FLAGGED"
      />
      <details>
        <summary>The flow as a list</summary>
        <ol className="flow-list">
          {debrief.flow.map((edge, i) => (
            <li key={i}>
              <span className="when">{edge.at}</span> {title(edge.from)} → {title(edge.to)}:{' '}
              {factNames(names, edge.facts)}
              {edge.flagged && <strong className="flagged"> ⚠ flagged</strong>}
            </li>
          ))}
        </ol>
      </details>
    </section>
  )
}
