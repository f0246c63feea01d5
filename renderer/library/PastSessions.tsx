import { useEffect, useState } from 'react'
import type { SessionSummary } from '../../contract/host-api'
import { AppActor } from '../app/app-actor'
import { exportLog, ratingOf } from './past-sessions-model'

/**
 * Finished sessions, newest first: a debrief is never lost by a reload or by going back to
 * the library. Each can be reopened (the debrief is rebuilt from its log), exported or deleted,
 * and several of one scenario compared side by side ("Compare tables", docs/cohort.md).
 */
export function PastSessions() {
  const past = AppActor.useSelector((s) => s.context.library.past)
  const entries = AppActor.useSelector((s) => s.context.library.entries)
  const host = AppActor.useSelector((s) => s.context.host)
  const actor = AppActor.useActorRef()
  const [status, setStatus] = useState('')
  const [chosen, setChosen] = useState<readonly string[]>([])
  if (past.length === 0) return null
  const titleOf = (id: string) => entries.find((e) => e.scenario?.id === id)?.scenario?.title ?? id
  // Sessions still listed (one deleted meanwhile drops out), all of one scenario.
  const picked = past.filter((session) => chosen.includes(session.id))
  const pickedScenario = picked[0]?.scenarioId
  // Comparing needs two finished sessions of one scenario: until then, no choice is offered.
  const sessionsOf = (scenarioId: string) =>
    past.filter((session) => session.scenarioId === scenarioId).length
  const comparable = past.some((session) => sessionsOf(session.scenarioId) > 1)
  const toggle = (id: string, on: boolean) => {
    setChosen((ids) => (on ? [...ids, id] : ids.filter((other) => other !== id)))
  }
  return (
    <section aria-labelledby="past-heading" className="panel resume past-sessions">
      <h2 id="past-heading">Past sessions</h2>
      {comparable && (
        <div className="row past-compare">
          <button
            type="button"
            disabled={picked.length < 2}
            onClick={() => {
              actor.send({ type: 'compare', ids: picked.map((session) => session.id) })
            }}
          >
            Compare tables{picked.length >= 2 ? ` (${picked.length})` : ''}
          </button>
          <span className="muted">
            {pickedScenario === undefined
              ? 'Tick two or more sessions of one scenario to see its tables side by side.'
              : `Comparing “${titleOf(pickedScenario)}”: tick ${picked.length < 2 ? 'at least one more' : 'more, or compare'}.`}
          </span>
        </div>
      )}
      <table className="past-table">
        <thead>
          <tr>
            {comparable && (
              <th scope="col">
                <span className="visually-hidden">Compare</span>
              </th>
            )}
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
              {comparable && (
                <td>
                  <input
                    type="checkbox"
                    className="past-pick"
                    aria-label={`Compare the session of ${titleOf(session.scenarioId)}${session.tableName === '' ? '' : `, ${session.tableName}`}, ${new Date(session.updatedAt).toLocaleString()}`}
                    checked={chosen.includes(session.id)}
                    disabled={
                      sessionsOf(session.scenarioId) < 2 ||
                      (pickedScenario !== undefined && pickedScenario !== session.scenarioId)
                    }
                    onChange={(event) => {
                      toggle(session.id, event.target.checked)
                    }}
                  />
                </td>
              )}
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
