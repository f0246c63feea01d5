import { useRun, useSessionView, type RunRef } from './use-run'

/**
 * Who knows what, right now: facts down, roles across. Private to the console; a
 * "known" cell is a check mark and a word, never only a colour. A fact's text reaches the
 * projector only when the facilitator ticks it here.
 */
export function KnowledgeMatrix({ run }: { run: RunRef }) {
  const { session } = useSessionView(run)
  const shown = useRun(run, (s) => s.context.shown)
  const { roles, facts } = session.scenario
  const known = new Map(roles.map((role) => [role.id, new Set(session.knowsNow(role.id))]))
  return (
    <details className="matrix panel">
      <summary>
        <h2 className="inline-heading">
          Who knows what <span className="private-tag">private</span>
        </h2>
      </summary>
      <div className="matrix-scroll" tabIndex={0} role="region" aria-label="Knowledge matrix">
        <table>
          <caption className="visually-hidden">Facts known by each role</caption>
          <thead>
            <tr>
              <th scope="col">Fact</th>
              <th scope="col">On projector</th>
              {roles.map((role) => (
                <th key={role.id} scope="col">
                  {role.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {facts.map((fact) => (
              <tr key={fact.id}>
                <th scope="row" title={fact.text}>
                  {fact.id}
                </th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Show the text of ${fact.id} on the projector`}
                    checked={shown.has(`fact:${fact.id}`)}
                    onChange={() => {
                      run.send({ type: 'toggle-shown', key: `fact:${fact.id}` })
                    }}
                  />
                </td>
                {roles.map((role) => (
                  <td
                    key={role.id}
                    className={known.get(role.id)?.has(fact.id) ? 'knows' : 'unknown'}
                  >
                    {known.get(role.id)?.has(fact.id) ? '✓ knows' : '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}
