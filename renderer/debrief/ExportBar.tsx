import { useCallback, useRef, useState } from 'react'
import type { Debrief } from '../../engine/debrief/schema'
import type { Log } from '../../engine/exercise/log'
import type { Scenario } from '../../engine/scenario/schema'
import type { ExportKind } from '../../contract/host-api'
import { AppActor } from '../app/app-actor'
import { useMenuCommand } from '../app/use-menu-command'
import { exportContents } from './export-contents'
import { dayOf, exportFileName } from './export-name'
import { sessionSection } from './session-notes'

const LABELS: readonly (readonly [ExportKind, string])[] = [
  ['pdf', 'PDF'],
  ['html', 'HTML'],
  ['md', 'Markdown'],
  ['json', 'JSON'],
  ['log', 'The log'],
]

/** Export buttons: every file goes through the host (a save dialog, a download, a print). */
export function ExportBar({
  scenario,
  log,
  debrief,
  tableName,
  at,
}: {
  scenario: Scenario
  log: Log
  debrief: Debrief | undefined
  tableName: string
  /** ISO time of the session's last save: the date in the file names. */
  at: string
}) {
  const host = AppActor.useSelector((s) => s.context.host)
  const [status, setStatus] = useState('')
  const bar = useRef<HTMLElement>(null)
  // File > Export in the desktop menu brings the export choices into view.
  const showChoices = useCallback(() => {
    bar.current?.scrollIntoView({ block: 'center' })
    bar.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus()
  }, [])
  useMenuCommand('export', showChoices)
  const files = exportContents(
    scenario,
    log,
    debrief,
    sessionSection(scenario, log, debrief, tableName, dayOf(at)),
  )
  const exportOne = async (kind: ExportKind) => {
    const text = files[kind]
    if (text === undefined) return
    const result = await host.exportFile(
      kind,
      exportFileName(scenario.id, tableName, at, kind),
      text,
    )
    setStatus(
      !result.saved
        ? 'Export cancelled.'
        : kind === 'pdf' && host.platform === 'web'
          ? // The browser prints: nothing is saved until "Save as PDF" is chosen there.
            'The print dialog is open: choose “Save as PDF” there to keep the report.'
          : `Saved to ${result.where}.`,
    )
  }
  return (
    <section ref={bar} className="export-bar row" aria-label="Export">
      <span className="export-label">Export:</span>
      {LABELS.map(([kind, label]) => (
        <button
          key={kind}
          type="button"
          disabled={files[kind] === undefined}
          onClick={() => void exportOne(kind)}
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
