import type { Cohort, Divergence, TableResult } from '../../engine/cohort'
import { RATING_WORDS, SCORE_ROWS } from '../../engine/debrief/sections'
import type { Rating } from '../../engine/debrief/schema'
import { ruleHeadline } from '../../engine/hseep/root-cause'

/**
 * Several tables of one scenario side by side (docs/cohort.md): one column a table, for the
 * scores, the suggested ratings and the flags per rule; then where the paths parted and the
 * path each table took. Titles only: injects, roles, objectives, options and tables by name.
 */
export function CohortView({ cohort }: { cohort: Cohort }) {
  return (
    <div className="cohort stack">
      <ScoresGrid cohort={cohort} />
      <RatingsGrid cohort={cohort} />
      <RulesGrid cohort={cohort} />
      <Divergences divergences={cohort.divergences} />
      <Paths tables={cohort.tables} />
    </div>
  )
}

function TableHeads({ cohort, first }: { cohort: Cohort; first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {cohort.tables.map((table) => (
          <th scope="col" key={table.name}>
            {table.name}
          </th>
        ))}
      </tr>
    </thead>
  )
}

function ScoresGrid({ cohort }: { cohort: Cohort }) {
  return (
    <section className="panel" aria-labelledby="cohort-scores">
      <h2 id="cohort-scores">Scores</h2>
      <div className="cohort-scroll">
        <table className="cohort-grid">
          <TableHeads cohort={cohort} first="Score" />
          <tbody>
            {SCORE_ROWS.map(([key, title]) => (
              <tr key={key} className={key === 'overall' ? 'cohort-overall' : undefined}>
                <th scope="row">{title}</th>
                {cohort.tables.map((table) => (
                  <td key={table.name}>{table.scores[key]}</td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">Flags</th>
              {cohort.tables.map((table) => (
                <td key={table.name}>{table.totalFlags}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  )
}

function RatingsGrid({ cohort }: { cohort: Cohort }) {
  const count = cohort.tables.length
  return (
    <section className="panel" aria-labelledby="cohort-ratings">
      <h2 id="cohort-ratings">Objective ratings (suggested)</h2>
      {cohort.objectives.length === 0 ? (
        <p className="muted">This scenario names no objectives.</p>
      ) : (
        <div className="cohort-scroll">
          <table className="cohort-grid">
            <thead>
              <tr>
                <th scope="col">Objective</th>
                {cohort.tables.map((table) => (
                  <th scope="col" key={table.name}>
                    {table.name}
                  </th>
                ))}
                <th scope="col">M or U at</th>
              </tr>
            </thead>
            <tbody>
              {cohort.objectives.map((objective) => (
                <tr key={objective.text}>
                  <th scope="row" className="cohort-objective">
                    {objective.text}
                  </th>
                  {objective.ratings.map((rating, at) => (
                    <td key={cohort.tables[at]?.name ?? at}>
                      <RatingChip rating={rating} />
                    </td>
                  ))}
                  <td className={objective.struggled > 0 ? 'cohort-struggled' : 'muted'}>
                    {objective.struggled} of {count}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

function RatingChip({ rating }: { rating: Rating | null }) {
  if (rating === null)
    return (
      <span className="muted" title="Not rated">
        –<span className="visually-hidden">Not rated</span>
      </span>
    )
  return (
    <span className={`cohort-rating rating-${rating}`} title={RATING_WORDS[rating]}>
      {rating}
      <span className="visually-hidden"> — {RATING_WORDS[rating]}</span>
    </span>
  )
}

function RulesGrid({ cohort }: { cohort: Cohort }) {
  return (
    <section className="panel" aria-labelledby="cohort-rules">
      <h2 id="cohort-rules">Flags per rule, most first</h2>
      {cohort.rules.length === 0 ? (
        <p>No table was flagged.</p>
      ) : (
        <div className="cohort-scroll">
          <table className="cohort-grid">
            <thead>
              <tr>
                <th scope="col">Rule</th>
                {cohort.tables.map((table) => (
                  <th scope="col" key={table.name}>
                    {table.name}
                  </th>
                ))}
                <th scope="col">All tables</th>
              </tr>
            </thead>
            <tbody>
              {cohort.rules.map((across) => (
                <tr key={across.rule}>
                  <th scope="row">
                    {across.rule}
                    <span className="muted cohort-rule-words">{ruleHeadline(across.rule)}</span>
                  </th>
                  {cohort.tables.map((table) => (
                    <td
                      key={table.name}
                      className={table.flags[across.rule] === 0 ? 'muted' : undefined}
                    >
                      {table.flags[across.rule]}
                    </td>
                  ))}
                  <td>
                    <strong>{across.flags}</strong>{' '}
                    <span className="muted">
                      at {across.tables} of {cohort.tables.length}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

function Divergences({ divergences }: { divergences: readonly Divergence[] }) {
  return (
    <section className="panel" aria-labelledby="cohort-divergences">
      <h2 id="cohort-divergences">Where the paths parted</h2>
      {divergences.length === 0 ? (
        <p>Every table entered the same injects and chose the same options.</p>
      ) : (
        <ol className="cohort-divergences">
          {divergences.map((divergence, at) => (
            <li key={at}>
              <p>
                <strong>{placeOf(divergence)}</strong>
                {divergence.kind === 'decision' && (
                  <span className="muted"> {divergence.prompt}</span>
                )}
              </p>
              <ul>
                {divergence.ways.map((way) => (
                  <li key={way.to}>
                    {divergence.kind === 'inject' ? 'to ' : ''}“{way.to}”:{' '}
                    <span className="cohort-tables">{way.tables.join(', ')}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

function placeOf(divergence: Divergence): string {
  if (divergence.kind === 'decision') return `At “${divergence.inject}”, ${divergence.role}:`
  return divergence.after === null ? 'From the start:' : `After “${divergence.after}”:`
}

/** Each table's injects in order, with the options it chose at each. */
function Paths({ tables }: { tables: readonly TableResult[] }) {
  return (
    <section className="panel" aria-labelledby="cohort-paths">
      <h2 id="cohort-paths">The path each table took</h2>
      <div className="cohort-paths">
        {tables.map((table) => (
          <section key={table.name} aria-label={`Path of ${table.name}`}>
            <h3>{table.name}</h3>
            <ol>
              {table.injects.map((inject, at) => {
                const first = table.injects.findIndex((e) => e.id === inject.id) === at
                const chosen = first ? table.decisions.filter((d) => d.injectId === inject.id) : []
                return (
                  <li key={at}>
                    {inject.title}
                    {chosen.length > 0 && (
                      <ul className="muted">
                        {chosen.map((d, n) => (
                          <li key={n}>
                            {d.role}: “{d.option}”
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                )
              })}
            </ol>
          </section>
        ))}
      </div>
    </section>
  )
}
