/**
 * The HSEEP documents, one button each (docs/hseep.md). PDFs go through the host's print
 * path; Word, Excel and CSV through its `exportBytes`.
 */
import { useState } from 'react'
import type { Debrief } from '../../engine/debrief/schema'
import type { Log } from '../../engine/exercise/log'
import type { Evaluation } from '../../engine/hseep/evaluation'
import type { Scenario } from '../../engine/scenario/schema'
import { AppActor } from '../app/app-actor'
import { HSEEP_EXPORTS, makeHseepFile, type HseepExportId } from './hseep-files'

export function HseepExports({
  scenario,
  log,
  debrief,
  evaluation,
}: {
  scenario: Scenario
  log: Log
  debrief: Debrief
  /** The evaluation so far: the AAR shows its ratings and hot wash. */
  evaluation: Evaluation
}) {
  const host = AppActor.useSelector((s) => s.context.host)
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const exportOne = async (id: HseepExportId) => {
    setBusy(true)
    try {
      const file = await makeHseepFile(id, scenario, log, debrief, evaluation)
      const result =
        file.kind === 'print'
          ? await host.exportFile('pdf', file.name, file.html)
          : await host.exportBytes(file.name, file.bytes, file.mime)
      setStatus(result.saved ? `Saved to ${result.where}.` : 'Export cancelled.')
    } catch (error) {
      setStatus(
        `The document could not be made: ${error instanceof Error ? error.message : String(error)}`,
      )
    } finally {
      setBusy(false)
    }
  }
  return (
    <section className="export-bar row hseep-exports" aria-label="HSEEP documents">
      <span className="export-label">HSEEP:</span>
      {HSEEP_EXPORTS.map((e) => (
        <button key={e.id} type="button" disabled={busy} onClick={() => void exportOne(e.id)}>
          {e.label}
        </button>
      ))}
      <span role="status" className="muted">
        {status}
      </span>
    </section>
  )
}
