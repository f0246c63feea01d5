import { factKey } from '../projector/projector-state'
import { useRun, useSessionView, type RunRef } from './use-run'

/**
 * Who knows what, right now: one row per fact, in its own words, with the roles that know
 * it named in the row (a column per role would scroll sideways with ten roles). Private to
 * the console; a fact's text reaches the projector only when the facilitator ticks it here.
 */
export function KnowledgeMatrix({ run }: { run: RunRef }) {
  const { session } = useSessionView(run)
  const shown = useRun(run, (s) => s.context.shown)
  const { roles, facts } = session.scenario
  const knowers = (fact: string): string[] =>
    roles.filter((role) => session.knowsNow(role.id).includes(fact)).map((role) => role.title)
  return (
    <details className="matrix panel">
      <summary>
        <h2 className="inline-heading">
          Who knows what <span className="private-tag">private</span>
        </h2>
      </summary>
      <div className="matrix-scroll" tabIndex={0} role="region" aria-label="Knowledge matrix">
        <table>
          <caption className="visually-hidden">Facts and the roles that know them</caption>
          <thead>
            <tr>
              <th scope="col">Fact</th>
              <th scope="col">Known by</th>
              <th scope="col">On projector</th>
            </tr>
          </thead>
          <tbody>
            {facts.map((fact) => {
              const knownBy = knowers(fact.id)
              return (
                <tr key={fact.id}>
                  <th scope="row">{fact.text}</th>
                  <td className={knownBy.length > 0 ? 'knows' : 'unknown'}>
                    {knownBy.length > 0 ? `✓ ${knownBy.join(', ')}` : 'nobody yet'}
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Show on the projector: ${shortText(fact.text)}`}
                      checked={shown.has(factKey(fact.id))}
                      onChange={() => {
                        run.send({ type: 'toggle-shown', key: factKey(fact.id) })
                      }}
                    />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </details>
  )
}

/** The first words of a fact, enough to tell the boxes apart when read aloud. */
export function shortText(text: string, words = 8): string {
  const all = text.split(/\s+/).filter(Boolean)
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`
}
