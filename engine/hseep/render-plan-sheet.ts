/**
 * Appendix A, the improvement plan, as a spreadsheet (docs/hseep.md): the matrix a district
 * tracks its corrective actions in after the AAR/IP, built with `exceljs` like the MSEL.
 * Cells are written as text, never as formulas.
 */
import ExcelJS from 'exceljs'
import type { PlanRow } from './evaluation'

export const PLAN_COLUMNS = [
  { title: 'Issue / area for improvement', width: 42 },
  { title: 'Root cause', width: 14 },
  { title: 'Corrective action', width: 48 },
  { title: 'Core capability', width: 28 },
  { title: 'Primary responsible organization', width: 26 },
  { title: 'Point of contact', width: 22 },
  { title: 'Start date', width: 12 },
  { title: 'Completion date', width: 14 },
] as const

export async function renderPlanXlsx(
  exercise: string,
  plan: readonly PlanRow[],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Need to Know'
  workbook.title = `${exercise} — Improvement Plan`
  const sheet = workbook.addWorksheet('Improvement Plan', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: {
      oddHeader: `&L${exercise.replaceAll('&', '&&')}&RImprovement Plan`,
      oddFooter: '&CPage &P of &N',
    },
  })
  sheet.columns = PLAN_COLUMNS.map((c) => ({ header: c.title, width: c.width }))
  for (const row of plan) {
    sheet.addRow([
      row.issue,
      row.rootCause ?? '',
      row.action,
      row.capability,
      row.organization,
      row.contact,
      row.start,
      row.completion,
    ])
  }
  sheet.getRow(1).font = { bold: true, color: { argb: 'FFFFFFFF' } }
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } }
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true }
  })
  sheet.pageSetup.printTitlesRow = '1:1'
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
