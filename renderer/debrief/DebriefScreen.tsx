import { AppActor } from '../app/app-actor'
import { ExportBar } from './ExportBar'
import { LogTimeline } from './LogTimeline'

/** After play: what happened, what it means, and the files to take home. */
export function DebriefScreen() {
  const finished = AppActor.useSelector((s) => s.context.finished)
  const actor = AppActor.useActorRef()
  if (!finished) return null
  const { session, saved } = finished
  const log = session.view().log
  return (
    <main className="screen debrief">
      <header className="screen-head row">
        <h1>Debrief: {session.scenario.title}</h1>
        {saved.setup.tableName !== '' && <p className="muted">{saved.setup.tableName}</p>}
        <button
          type="button"
          onClick={() => {
            actor.send({ type: 'back' })
          }}
        >
          Back to the library
        </button>
      </header>
      <ExportBar scenarioId={session.scenario.id} log={log} />
      <LogTimeline scenario={session.scenario} log={log} />
    </main>
  )
}
