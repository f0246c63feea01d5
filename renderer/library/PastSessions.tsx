import { useEffect, useState } from 'react'
import type { SessionSummary } from '../../contract/host-api'
import { AppActor } from '../app/app-actor'
import { exportLog, ratingOf } from './past-sessions-model'

/**
 * Finished sessions, newest first: a debrief is never lost by a reload or by going back to
 * the library. Each can be reopened (the debrief is rebuilt from its log), exported or deleted.
 */
export function PastSessions() {
  const past = AppActor.useSelector((s) => s.context.library.past)
  const entries = AppActor.useSelector((s) => s.context.library.entries)
  const host = AppActor.useSelector((s) => s.context.host)
  const actor = AppActor.useActorRef()
  const [status, setStatus] = useState('')
  if (past.length === 0) return null
  const titleOf = (id: string) => entries.find((e) => e.scenario?.id === id)?.scenario?.title ?? id
  return (
    <section aria-labelledby="past-heading" className="panel resume past-sessions">
      <h2 id="past-heading">Past sessions</h2>
      <table className="past-table">
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">Table</th>
            <th scope="col">Date</th>
            <th scope="col">Overall</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {past.map((session) => (
            <tr key={session.id}>
              <th scope="row">{titleOf(session.scenarioId)}</th>
              <td>
                {session.tableName === '' ? <span className="muted">—</span> : session.tableName}
              </td>
              <td>{new Date(session.updatedAt).toLocaleString()}</td>
              <td>
                <Rating session={session} />
              </td>
              <td>
                <div className="row past-actions">
                  <button
                    type="button"
                    className="primary"
                    onClick={() => {
                      actor.send({ type: 'open-debrief', id: session.id })
                    }}
                  >
                    Open debrief
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      void exportLog(host, session.id).then(setStatus)
                    }}
                  >
                    Export log
                  </button>
                  <button
                    type="button"
                    aria-label={`Delete the session of ${titleOf(session.scenarioId)}${session.tableName === '' ? '' : `, ${session.tableName}`}`}
                    onClick={() => {
                      if (
                        window.confirm(
                          'Delete this finished session? Its log and debrief will be gone.',
                        )
                      ) {
                        actor.send({ type: 'discard', id: session.id })
                      }
                    }}
                  >
                    Delete
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  )
}

/** The overall score, rebuilt from the session's log once it is read. */
function Rating({ session }: { session: SessionSummary }) {
  const host = AppActor.useSelector((s) => s.context.host)
  const [rating, setRating] = useState<number | null | undefined>(undefined)
  useEffect(() => {
    let current = true
    void ratingOf(host, session).then((value) => {
      if (current) setRating(value)
    })
    return () => {
      current = false
    }
  }, [host, session])
  if (rating === undefined) return <span className="muted">…</span>
  if (rating === null) return <span className="muted">not available</span>
  return <span>{rating}/100</span>
}
