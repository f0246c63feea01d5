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
        : host.exportBytes === undefined
          ? undefined
          : await host.exportBytes(file.name, file.bytes, file.mime)
    if (result === undefined) return 'This edition cannot save Word or CSV files yet.'
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
      <CohortExport
        cohort={cohort}
        date={date}
        save={save}
        canSaveBytes={host.exportBytes !== undefined}
      />
      <CohortView cohort={cohort} />
    </main>
  )
}
