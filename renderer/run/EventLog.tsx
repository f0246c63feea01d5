import { useMemo } from 'react'
import { summariseEvents, summaryLine } from './event-summary'
import { useRun, useSessionView, type RunRef } from './use-run'

/**
 * The session so far, newest first: when, who → whom, what. Any event can be taken back
 * with everything after it ("undo back to here"), as in the studio's playtest.
 */
export function EventLog({ run }: { run: RunRef }) {
  const { session, view } = useSessionView(run)
  const playing = useRun(run, (s) => s.matches({ play: 'playing' }))
  const lines = useMemo(
    () => summariseEvents(session.scenario, view.log.events, view.injects).reverse(),
    [session.scenario, view.log.events, view.injects],
  )
  return (
    <section className="event-log panel" aria-labelledby="event-log-title">
      <h2 id="event-log-title">What happened ({lines.length})</h2>
      {lines.length === 0 ? (
        <p className="muted">
          Nothing yet: shares, decisions and notes appear here as they are made.
        </p>
      ) : (
        <ol className="event-log-list" reversed>
          {lines.map((line) => {
            const after = view.log.events.length - line.index - 1
            return (
              <li key={line.index} className="event-log-item">
                <span className="when">{line.when ?? '—'}</span>
                <span className="what" id={`event-${line.index}`}>
                  {line.who !== undefined && (
                    <strong>
                      {line.who}
                      {line.whom !== undefined && <> → {line.whom}</>}
                    </strong>
                  )}{' '}
                  {line.what}
                </span>
                <button
                  type="button"

                  disabled={!playing}
                  aria-describedby={`event-${line.index}`}
                  onClick={() => {
                    // More than one event is a real loss (there is no redo): ask first.
                    const ok =
                      after === 0 ||
                      window.confirm(
                        `Undo this and the ${after} event${after === 1 ? '' : 's'} after it?\n\n${summaryLine(line)}`,
                      )
                    if (ok) run.send({ type: 'undo-to', count: line.index })
                  }}
                >
                  Undo back to here
                </button>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}

/** What the last undo took back, said once (until dismissed or the next event). */
export function UndoneNotice({ run }: { run: RunRef }) {
  const { session } = useSessionView(run)
  const undone = useRun(run, (s) => s.context.undone)
  if (undone === undefined || undone.events.length === 0) return null
  const summaries = summariseEvents(session.scenario, undone.events, undone.injects)
  const count = undone.events.length
  return (
    <div className="undone row" role="status">
      <div>
        <strong>{count === 1 ? 'Undone:' : `Undone ${count} events:`}</strong>
        <ul>
          {summaries.map((line) => (
            <li key={line.index}>{summaryLine(line)}</li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        onClick={() => {
          run.send({ type: 'dismiss-undone' })
        }}
      >
        Dismiss
      </button>
    </div>
  )
}
