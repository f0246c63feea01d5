import type { Scores } from '../../engine/scoring/flag'
import { DIMENSIONS } from '../../engine/scoring/flag'

/** The overall score big, then one bar per dimension: number and bar, never the bar alone. */
export function ScoresPanel({ scores }: { scores: Scores }) {
  return (
    <section className="panel scores" aria-labelledby="scores-title">
      <h2 id="scores-title">Scores</h2>
      <p className="overall">
        <span className="overall-number">{scores.overall}</span>
        <span className="muted"> / 100 overall</span>
      </p>
      <dl className="dimensions">
        {DIMENSIONS.map((dimension) => (
          <div key={dimension} className="dimension">
            <dt>{dimension}</dt>
            <dd>
              <span className="bar" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${scores[dimension]}%` }} />
              </span>
              <span className="bar-number">{scores[dimension]}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
