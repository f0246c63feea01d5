import { AppActor } from '../app/app-actor'
import { ThreatBadge } from '../ui/ThreatBadge'
import { threatArc, type LibraryEntry } from './library-model'

/** One scenario: what it is about, how long, who plays, how the threat rises. */
export function ScenarioCard({ entry }: { entry: LibraryEntry }) {
  const actor = AppActor.useActorRef()
  const { scenario } = entry
  const headingId = `card-${entry.key.replace(/[^a-z0-9]+/gi, '-')}`
  if (!scenario) {
    return (
      <article
        className="card card-broken"
        aria-labelledby={headingId}
        data-key={entry.key}
        tabIndex={-1}
      >
        <h3 id={headingId}>{entry.source.file}</h3>
        <p className="error">{brokenSummary(entry.problems)}</p>
        <ul className="problems">
          {entry.problems.slice(0, 5).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
        {entry.source.origin === 'user' && <UserFileActions entry={entry} broken />}
      </article>
    )
  }
  const players = scenario.roles.filter((role) => role.player)
  return (
    <article className="card" aria-labelledby={headingId} data-key={entry.key} tabIndex={-1}>
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
      {entry.source.origin === 'user' && <UserFileActions entry={entry} broken={false} />}
    </article>
  )
}

/** What can be done with one of the user's own files: edit, copy, download, delete. */
function UserFileActions({ entry, broken }: { entry: LibraryEntry; broken: boolean }) {
  const actor = AppActor.useActorRef()
  const host = AppActor.useSelector((s) => s.context.host)
  const { file: name, text } = entry.source
  return (
    <div className="card-actions row" role="group" aria-label={`Your file ${name}`}>
      <button
        type="button"
        onClick={() => {
          actor.send({ type: 'open-studio', file: { name, text } })
        }}
      >
        {broken ? 'Open in the studio' : 'Edit in the studio'}
      </button>
      {!broken && (
        <button
          type="button"
          onClick={() => {
            actor.send({ type: 'duplicate-scenario', name })
          }}
        >
          Duplicate
        </button>
      )}
      <button
        type="button"
        onClick={() => {
          void host.exportFile('yaml', name, text).catch(() => undefined)
        }}
      >
        Download
      </button>
      <button
        type="button"
        className="danger"
        onClick={() => {
          if (window.confirm(`Delete “${name}” and its images? This cannot be undone.`))
            actor.send({ type: 'delete-scenario', name })
        }}
      >
        {broken ? 'Remove' : 'Delete'}
      </button>
    </div>
  )
}

/** One line on what went wrong, above the loader's own messages. */
export function brokenSummary(problems: readonly string[]): string {
  return problems.length === 1 && problems[0]?.includes('not a scenario file')
    ? 'This file is not a scenario.'
    : 'This file does not read as a scenario:'
}
