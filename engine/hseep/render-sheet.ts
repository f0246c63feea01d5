/**
 * The MSEL as a spreadsheet controllers edit: XLSX built with `exceljs` (a styled, frozen
 * header row, wrapped text, a print setup in landscape), and CSV for any other tool.
 */
import ExcelJS from 'exceljs'
import { MSEL_COLUMNS, type MselRow } from './msel'

export async function renderMselXlsx(
  exercise: string,
  rows: readonly MselRow[],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Need to Know'
  workbook.title = `${exercise} — Master Scenario Events List`
  const sheet = workbook.addWorksheet('MSEL', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: {
      oddHeader: `&L${escapeCode(exercise)}&RMaster Scenario Events List`,
      oddFooter: '&CPage &P of &N',
    },
  })
  sheet.columns = MSEL_COLUMNS.map((c) => ({ header: c.title, key: c.key, width: c.width }))
  for (const row of rows) sheet.addRow({ ...row })
  sheet.getRow(1).font = { bold: true, color: { argb: 'FFFFFFFF' } }
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } }
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true }
  })
  sheet.pageSetup.printTitlesRow = '1:1'
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer)
}

/** `&` starts a header/footer code in Excel: double it to print it. */
function escapeCode(text: string): string {
  return text.replaceAll('&', '&&')
}

/** RFC 4180 CSV, with a header row; CRLF line ends, as spreadsheets expect. */
export function renderMselCsv(rows: readonly MselRow[]): string {
  return renderCsv([
    MSEL_COLUMNS.map((c) => c.title),
    ...rows.map((row) => MSEL_COLUMNS.map((c) => String(row[c.key]))),
  ])
}

/** RFC 4180 CSV of lines of cells, the first line the header; CRLF line ends. */
export function renderCsv(lines: readonly (readonly string[])[]): string {
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`
}

/**
 * Quoted when it holds a comma, quote or line break. A cell that a spreadsheet would run as
 * a formula (`=`, `+`, `-`, `@`) gets a leading apostrophe: scenario files are data.
 */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}
