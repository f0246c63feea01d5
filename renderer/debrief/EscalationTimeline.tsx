import type { TimelineEntry } from '../../engine/debrief/schema'

type ExpectationEntry = Extract<TimelineEntry, { kind: 'expectation' }>
type InjectEntry = Extract<TimelineEntry, { kind: 'inject' }>

const STATUS = {
  'on-time': '✓ on time',
  late: '⚠ late',
  missed: '✗ missed',
  pending: '… not yet due',
} as const

/** Expected versus actual: for each expectation, when its clock started, when it was due, when it happened. */
export function EscalationTimeline({ timeline }: { timeline: readonly TimelineEntry[] }) {
  const expectations = timeline.filter((e): e is ExpectationEntry => e.kind === 'expectation')
  const injects = timeline.filter((e): e is InjectEntry => e.kind === 'inject')
  return (
    <section className="panel" aria-labelledby="escalation-title">
      <h2 id="escalation-title">Escalation: expected and actual</h2>
      {expectations.length === 0 ? (
        <p>No expectation applied on this path.</p>
      ) : (
        <table className="escalation">
          <thead>
            <tr>
              <th scope="col">Expectation</th>
              <th scope="col">Clock started</th>
              <th scope="col">Due</th>
              <th scope="col">Actual</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {expectations.map((e) => (
              <tr key={e.id} className={`status-${e.status}`}>
                <th scope="row">{e.text}</th>
                <td>{e.start}</td>
                <td>{e.due}</td>
                <td>{e.actual ?? '—'}</td>
                <td>{STATUS[e.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Injects</h3>
      <ol className="inject-line">
        {injects.map((e, i) => (
          <li key={i}>
            <span className="when">{e.at}</span> {e.title} (threat {e.threat})
          </li>
        ))}
      </ol>
    </section>
  )
}
