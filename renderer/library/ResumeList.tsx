import { AppActor } from '../app/app-actor'

/** Unfinished sessions, newest first: a reload or a crash lands here with one click to go on. */
export function ResumeList() {
  const sessions = AppActor.useSelector((s) => s.context.library.sessions)
  const titles = AppActor.useSelector((s) => s.context.library.entries)
  const actor = AppActor.useActorRef()
  if (sessions.length === 0) return null
  const titleOf = (id: string) => titles.find((e) => e.scenario?.id === id)?.scenario?.title ?? id
  return (
    <section aria-labelledby="resume-heading" className="panel resume">
      <h2 id="resume-heading">Unfinished sessions</h2>
      <ul className="resume-list">
        {sessions.map((session) => (
          <li key={session.id} className="row">
            <span className="resume-what">
              <strong>{titleOf(session.scenarioId)}</strong>
              {session.tableName !== '' && <> — {session.tableName}</>}
              <span className="muted">
                {' '}
                · {session.events} events · saved {new Date(session.updatedAt).toLocaleString()}
              </span>
            </span>
            <button
              type="button"
              className="primary"
              onClick={() => {
                actor.send({ type: 'resume', id: session.id })
              }}
            >
              Resume
            </button>
            <button
              type="button"
              aria-label={`Discard the session of ${titleOf(session.scenarioId)}`}
              onClick={() => {
                // Discarding cannot be undone: ask, since a mis-click would lose a workshop's work.
                if (window.confirm('Discard this session? Its log will be deleted.')) {
                  actor.send({ type: 'discard', id: session.id })
                }
              }}
            >
              Discard
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
