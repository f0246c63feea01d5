import { AppActor } from '../app/app-actor'
import type { CohortFile } from './cohort-files'
import { CohortExport } from './CohortExport'
import { CohortView } from './CohortView'

/** Finished sessions of one scenario, compared (chosen in the library's past sessions). */
export function CohortScreen() {
  const compared = AppActor.useSelector((s) => s.context.compared)
  const host = AppActor.useSelector((s) => s.context.host)
  const actor = AppActor.useActorRef()
  if (compared === undefined) return null
  const { cohort, date } = compared
  const save = async (file: CohortFile): Promise<string> => {
    const result =
      file.kind === 'text'
        ? await host.exportFile('md', file.name, file.text)
        : await host.exportBytes(file.name, file.bytes, file.mime)
    return result.saved ? `Saved to ${result.where}.` : 'Export cancelled.'
  }
  return (
    <main className="screen cohort-screen stack">
      <header className="screen-head row">
        <h1>Tables compared: {cohort.scenario.title}</h1>
        <p className="muted">
          {cohort.tables.length} tables · {date}
        </p>
        <button
          type="button"
          onClick={() => {
            actor.send({ type: 'back' })
          }}
        >
          Back to the library
        </button>
      </header>
      <CohortExport cohort={cohort} date={date} save={save} canSaveBytes />
      <CohortView cohort={cohort} />
    </main>
  )
}
