import { AppActor } from '../app/app-actor'
import { ThreatBadge } from '../ui/ThreatBadge'
import { threatArc, type LibraryEntry } from './library-model'

/** One scenario: what it is about, how long, who plays, how the threat rises. */
export function ScenarioCard({ entry }: { entry: LibraryEntry }) {
  const actor = AppActor.useActorRef()
  const { scenario } = entry
  if (!scenario) {
    return (
      <article className="card card-broken" aria-label={entry.source.file}>
        <h3>{entry.source.file}</h3>
        <p className="error">This file does not read as a scenario:</p>
        <ul className="problems">
          {entry.problems.slice(0, 5).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </article>
    )
  }
  const players = scenario.roles.filter((role) => role.player)
  const headingId = `card-${entry.key.replace(/[^a-z0-9]+/gi, '-')}`
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{scenario.title}</h3>
      {scenario.summary !== undefined && <p className="summary">{scenario.summary}</p>}
      <dl className="facts-list">
        <dt>Duration</dt>
        <dd>{scenario.duration === undefined ? 'not stated' : `${scenario.duration} min`}</dd>
        <dt>Roles</dt>
        <dd>{players.map((role) => role.title).join(', ')}</dd>
        <dt>Threat arc</dt>
        <dd>
          <ol className="arc" aria-label="Threat level of each inject">
            {threatArc(scenario).map((level, i) => (
              <li key={i}>
                <ThreatBadge level={level} size="small" />
              </li>
            ))}
          </ol>
        </dd>
      </dl>
      <p className="muted origin">
        {entry.source.origin === 'user' ? `Your file: ${entry.source.file}` : 'Shipped'}
      </p>
      <button
        type="button"
        className="primary"
        aria-label={`Set up “${scenario.title}”`}
        onClick={() => {
          actor.send({ type: 'choose', key: entry.key })
        }}
      >
        Set up
      </button>
    </article>
  )
}
