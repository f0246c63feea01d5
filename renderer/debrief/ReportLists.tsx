import type { Debrief } from '../../engine/debrief/schema'
import type { Scenario } from '../../engine/scenario/schema'

/** Strengths, improvements, the improvement plan and the discussion questions. */
export function ReportLists({ debrief, scenario }: { debrief: Debrief; scenario: Scenario }) {
  const title = (id: string) => scenario.roles.find((r) => r.id === id)?.title ?? id
  return (
    <>
      {debrief.strengths.length > 0 && (
        <section className="panel" aria-labelledby="strengths-title">
          <h2 id="strengths-title">Strengths</h2>
          <ul>
            {debrief.strengths.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="panel" aria-labelledby="plan-title">
        <h2 id="plan-title">Improvement plan</h2>
        <ul>
          {debrief.improvements.map((item) => (
            <li key={item.text}>
              {item.text}
              {item.flags.length > 0 && (
                <span className="muted"> (flags {item.flags.map((f) => f + 1).join(', ')})</span>
              )}
            </li>
          ))}
        </ul>
        {debrief.plan.length > 0 && (
          <table className="plan">
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Owner</th>
                <th scope="col">By</th>
              </tr>
            </thead>
            <tbody>
              {debrief.plan.map((p) => (
                <tr key={`${p.action}-${p.owner}`}>
                  <td>{p.action}</td>
                  <td>{title(p.owner)}</td>
                  <td>{p.by}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel" aria-labelledby="discussion-title">
        <h2 id="discussion-title">Discussion</h2>
        <ol>
          {debrief.discussion.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ol>
      </section>
    </>
  )
}
