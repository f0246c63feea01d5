/**
 * The HSEEP documents the debrief offers (docs/hseep.md), made on demand: the engine's
 * HSEEP module (with docx and exceljs) loads only when one is asked for, so the app's first
 * load stays small. Word and Excel files are bytes; PDFs are the HTML, printed by the host.
 */
import type { BinaryMime } from '../../contract/host-api'
import type { Debrief } from '../../engine/debrief/schema'
import type { Log } from '../../engine/exercise/log'
import { replay } from '../../engine/exercise/replay'
import type { Evaluation } from '../../engine/hseep/evaluation'
import type { Scenario } from '../../engine/scenario/schema'

export type HseepFile =
  | {
      readonly kind: 'bytes'
      readonly name: string
      readonly bytes: Uint8Array
      readonly mime: BinaryMime
    }
  | { readonly kind: 'print'; readonly name: string; readonly html: string }

export const HSEEP_EXPORTS = [
  { id: 'aar-docx', label: 'AAR/IP (Word)' },
  { id: 'aar-pdf', label: 'AAR/IP (PDF)' },
  { id: 'sitman-docx', label: 'Situation Manual (Word)' },
  { id: 'sitman-pdf', label: 'Situation Manual (PDF)' },
  { id: 'plan-xlsx', label: 'Improvement plan (Excel)' },
  { id: 'msel-xlsx', label: 'MSEL (Excel)' },
  { id: 'msel-csv', label: 'MSEL (CSV)' },
  { id: 'eeg-docx', label: 'Evaluation guides (Word)' },
  { id: 'feedback-pdf', label: 'Feedback form (PDF)' },
] as const
export type HseepExportId = (typeof HSEEP_EXPORTS)[number]['id']

const DOCX: BinaryMime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const XLSX: BinaryMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export async function makeHseepFile(
  id: HseepExportId,
  scenario: Scenario,
  log: Log,
  debrief: Debrief,
  evaluation: Evaluation,
): Promise<HseepFile> {
  const date = evaluation.details.date
  const hseep = await import('../../engine/hseep')
  const name = (what: string, extension: string): string => `${scenario.id}-${what}.${extension}`
  const word = async (what: string, document: Parameters<typeof hseep.renderDocx>[0]) => ({
    kind: 'bytes' as const,
    name: name(what, 'docx'),
    bytes: await hseep.renderDocx(document),
    mime: DOCX,
  })
  const print = (what: string, document: Parameters<typeof hseep.renderHseepHtml>[0]) => ({
    kind: 'print' as const,
    name: name(what, 'pdf'),
    html: hseep.renderHseepHtml(document),
  })
  switch (id) {
    case 'aar-docx':
    case 'aar-pdf': {
      const played = replay(scenario, log)
      if (!played.ok) throw new Error(played.error.message)
      const report = hseep.buildAar({ replay: played.replay, log, debrief, evaluation })
      const document = hseep.aarDocument(report)
      return id === 'aar-docx' ? word('aar', document) : print('aar', document)
    }
    case 'plan-xlsx': {
      const played = replay(scenario, log)
      if (!played.ok) throw new Error(played.error.message)
      const plan = hseep.planOf(played.replay.index, debrief, evaluation)
      const bytes = await hseep.renderPlanXlsx(scenario.title, plan)
      return { kind: 'bytes', name: name('improvement-plan', 'xlsx'), bytes, mime: XLSX }
    }
    case 'sitman-docx':
      return word('sitman', hseep.sitmanDocument(scenario, date))
    case 'sitman-pdf':
      return print('sitman', hseep.sitmanDocument(scenario, date))
    case 'eeg-docx':
      return word('eeg', hseep.eegDocument(scenario, date))
    case 'feedback-pdf':
      return print('feedback', hseep.feedbackFormDocument(scenario, date))
    case 'msel-xlsx': {
      const bytes = await hseep.renderMselXlsx(scenario.title, hseep.mselRows(scenario))
      return { kind: 'bytes', name: name('msel', 'xlsx'), bytes, mime: XLSX }
    }
    case 'msel-csv': {
      const bytes = new TextEncoder().encode(hseep.renderMselCsv(hseep.mselRows(scenario)))
      return { kind: 'bytes', name: name('msel', 'csv'), bytes, mime: 'text/csv' }
    }
  }
}
