import type { Debrief } from '../../engine/debrief/schema'
import { capabilityOf, evaluatorText, RATING_WORDS } from '../../engine/debrief/sections'

/**
 * HSEEP ratings per objective, shown before any score so an average never hides a
 * critical failure: the letter big, its words, the core capability and the flags behind it.
 */
export function ObjectiveRatings({ debrief }: { debrief: Debrief }) {
  return (
    <section className="panel ratings" aria-labelledby="ratings-title">
      <h2 id="ratings-title">Objective ratings</h2>
      {debrief.objectives.length === 0 ? (
        <p className="muted">This scenario names no objectives.</p>
      ) : (
        <ul className="ratings-list">
          {debrief.objectives.map((o) => (
            <li key={o.id} className={`rating-row rating-${o.rating ?? 'none'}`}>
              <span className="rating-letter" aria-hidden="true">
                {o.rating ?? '–'}
              </span>
              <span className="rating-body">
                <strong>{o.rating === null ? 'Not rated' : RATING_WORDS[o.rating]}</strong>
                {o.rating !== o.suggested && (
                  <span className="muted">
                    {' '}
                    (suggested {o.suggested === null ? 'not rated' : o.suggested})
                  </span>
                )}
                <span className="rating-objective">{o.text}</span>
                {capabilityOf(o) !== '' && (
                  <span className="muted rating-capability">{capabilityOf(o)}</span>
                )}
                {evaluatorText(o) !== '' && <span className="muted">{evaluatorText(o)}</span>}
                {o.flags.length > 0 && (
                  <span className="muted">Flags {o.flags.map((f) => f + 1).join(', ')}</span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
