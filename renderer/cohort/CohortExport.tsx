import { useState } from 'react'
import type { Cohort } from '../../engine/cohort'
import { COHORT_EXPORTS, makeCohortFile, type CohortFile } from './cohort-files'

/**
 * "Export cohort report": Markdown, Word and CSV. Where a file goes is the page's: the app
 * saves through its host, the room's facilitator page downloads; `save` answers in a sentence.
 */
export function CohortExport({
  cohort,
  date,
  save,
  canSaveBytes,
}: {
  cohort: Cohort
  date: string
  save: (file: CohortFile) => Promise<string>
  /** False where the host saves text only (Word and CSV then wait). */
  canSaveBytes: boolean
}) {
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  return (
    <section className="export-bar row cohort-export" aria-label="Export cohort report">
      <span className="export-label">Export cohort report:</span>
      {COHORT_EXPORTS.map(({ kind, label }) => (
        <button
          key={kind}
          type="button"
          disabled={busy || (kind !== 'md' && !canSaveBytes)}
          onClick={() => {
            setBusy(true)
            makeCohortFile(kind, cohort, date)
              .then(save)
              .then(setStatus, (error: unknown) => {
                setStatus(
                  `The report could not be made: ${error instanceof Error ? error.message : String(error)}`,
                )
              })
              .finally(() => {
                setBusy(false)
              })
          }}
        >
          {label}
        </button>
      ))}
      <span role="status" className="muted">
        {status}
      </span>
    </section>
  )
}
