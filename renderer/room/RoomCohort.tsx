import { compareTables } from '../../engine/cohort'
import type { TableStatus } from '../../engine/room/protocol'
import { CohortExport } from '../cohort/CohortExport'
import type { CohortFile } from '../cohort/cohort-files'
import { CohortView } from '../cohort/CohortView'
import type { DebriefResult } from '../debrief/make-debrief'
import { dayOf } from '../debrief/export-name'
import { downloadBytes, downloadText } from '../host/browser-files'

/**
 * The room's tables side by side (docs/cohort.md), from the ended ones as they end: shown
 * once two have ended, with the cohort report to download.
 */
export function RoomCohort({
  tables,
  debriefs,
  nameOf,
}: {
  tables: readonly TableStatus[]
  debriefs: ReadonlyMap<string, DebriefResult>
  nameOf: (position: number) => string
}) {
  const ended = tables.flatMap((table, at) => {
    const result = debriefs.get(table.code)
    return result?.ok === true ? [{ name: nameOf(at), table, debrief: result.debrief }] : []
  })
  const first = ended[0]
  // Linear in the debriefs (built once per log, table-debriefs.ts): cheap on every status.
  const cohort =
    first === undefined
      ? undefined
      : compareTables(
          first.table.scenario,
          ended.map(({ name, debrief }) => ({ name, debrief })),
        )
  if (tables.length < 2) return null
  if (cohort === undefined || ended.length < 2) {
    return (
      <section className="panel" aria-labelledby="room-cohort">
        <h2 id="room-cohort">Tables side by side</h2>
        <p className="muted">
          Shown once two tables have ended ({ended.length} of {tables.length} so far).
        </p>
      </section>
    )
  }
  const date = dayOf(new Date().toISOString())
  const save = (file: CohortFile): Promise<string> => {
    if (file.kind === 'text') downloadText(file.name, file.text, 'text/markdown')
    else downloadBytes(file.name, file.bytes, file.mime)
    return Promise.resolve(`Downloaded ${file.name}.`)
  }
  return (
    <section className="stack room-cohort" aria-labelledby="room-cohort">
      <h2 id="room-cohort">
        Tables side by side{' '}
        <span className="muted">
          ({ended.length} of {tables.length} ended)
        </span>
      </h2>
      <CohortExport cohort={cohort} date={date} save={save} canSaveBytes />
      <CohortView cohort={cohort} />
    </section>
  )
}
