/** Reading the generated files back: a DOCX through its XML (unzipped with jszip), an XLSX with exceljs. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { loadScenario } from '../../../engine/scenario/load'
import type { Scenario } from '../../../engine/scenario/schema'
import { Log } from '../../../engine/exercise/log'

export interface DocxParagraph {
  /** The paragraph style id, e.g. "Heading1"; undefined for body text. */
  readonly style: string | undefined
  readonly text: string
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
}

export async function docxParagraphs(bytes: Uint8Array): Promise<DocxParagraph[]> {
  const zip = await JSZip.loadAsync(bytes)
  const xml = await zip.file('word/document.xml')?.async('string')
  if (xml === undefined) throw new Error('no word/document.xml in the file')
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1],
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => (m[1] ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e] ?? e))
      .join(''),
  }))
}

/** Each section's orientation, in order ("portrait" or "landscape"). */
export async function docxOrientations(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes)
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  return [...xml.matchAll(/<w:pgSz [^>]*w:orient="(\w+)"/g)].map((m) => m[1] ?? '')
}

export const headingsOf = (paragraphs: readonly DocxParagraph[], level: number): string[] =>
  paragraphs.filter((p) => p.style === `Heading${level}`).map((p) => p.text)

export const fullText = (paragraphs: readonly DocxParagraph[]): string =>
  paragraphs.map((p) => p.text).join('\n')

export async function xlsxRows(bytes: Uint8Array, sheetName = 'MSEL'): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  )
  const sheet = workbook.getWorksheet(sheetName)
  if (sheet === undefined) throw new Error(`no ${sheetName} sheet`)
  const rows: string[][] = []
  sheet.eachRow((row) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text))
    rows.push(cells)
  })
  return rows
}

export const LIBRARY = join(import.meta.dirname, '..', '..', '..', 'scenarios')

export interface Shipped {
  readonly id: string
  readonly file: string
  readonly scenario: Scenario
  /** log name -> log */
  readonly logs: ReadonlyMap<string, Log>
}

export function shippedScenarios(): Shipped[] {
  return readdirSync(LIBRARY, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const file = join(LIBRARY, entry.name, 'scenario.yaml')
      const { scenario } = loadScenario(readFileSync(file, 'utf8'), file)
      if (scenario === undefined) throw new Error(`${file} does not load`)
      const logsDir = join(LIBRARY, entry.name, 'logs')
      const logs = new Map(
        readdirSync(logsDir)
          .filter((name) => name.endsWith('.json') && !name.endsWith('.expect.json'))
          .map((name) => [
            name.replace(/\.json$/, ''),
            Log.parse(JSON.parse(readFileSync(join(logsDir, name), 'utf8'))),
          ]),
      )
      return { id: entry.name, file, scenario, logs }
    })
}
