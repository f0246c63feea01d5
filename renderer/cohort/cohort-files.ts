/**
 * The cohort report's files (docs/cohort.md): Markdown as text, Word and CSV as bytes. The
 * Word renderer (docx) loads only when a Word file is asked for, so the pages stay small.
 */
import type { BinaryMime } from '../../contract/host-api'
import {
  cohortDocument,
  cohortFileName,
  renderCohortCsv,
  renderDocumentMarkdown,
  type Cohort,
} from '../../engine/cohort'

export const COHORT_EXPORTS = [
  { kind: 'md', label: 'Markdown' },
  { kind: 'docx', label: 'Word' },
  { kind: 'csv', label: 'CSV' },
] as const
export type CohortExportKind = (typeof COHORT_EXPORTS)[number]['kind']

export type CohortFile =
  | { readonly kind: 'text'; readonly name: string; readonly text: string }
  | {
      readonly kind: 'bytes'
      readonly name: string
      readonly bytes: Uint8Array
      readonly mime: BinaryMime
    }

const DOCX: BinaryMime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export async function makeCohortFile(
  kind: CohortExportKind,
  cohort: Cohort,
  date: string,
): Promise<CohortFile> {
  const name = cohortFileName(cohort.scenario.id, date, kind)
  switch (kind) {
    case 'md':
      return { kind: 'text', name, text: renderDocumentMarkdown(cohortDocument(cohort, date)) }
    case 'csv': {
      const bytes = new TextEncoder().encode(renderCohortCsv(cohort))
      return { kind: 'bytes', name, bytes, mime: 'text/csv' }
    }
    case 'docx': {
      const { renderDocx } = await import('../../engine/hseep/render-docx')
      return {
        kind: 'bytes',
        name,
        bytes: await renderDocx(cohortDocument(cohort, date)),
        mime: DOCX,
      }
    }
  }
}
