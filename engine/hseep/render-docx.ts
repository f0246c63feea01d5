/**
 * An `HseepDocument` as a Word file, built with `docx` (no hand-written XML): a cover, real
 * heading styles (so the navigation pane and a table of contents work), tables a trainer
 * can edit, and every page headed with the exercise and numbered. US Letter, as HSEEP's
 * templates are.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type IStylesOptions,
} from 'docx'
import { textOf, type Block, type Column, type HseepDocument, type Inline } from './document'

const NAVY = '1F3864'
const RULE = 'A6A6A6'
const SHADE = 'DCE3EE'
const FONT = 'Calibri'
const BULLETS = 'hseep-bullets'

export async function renderDocx(document: HseepDocument): Promise<Uint8Array> {
  const file = new Document({
    title: `${document.exercise} — ${document.title}`,
    creator: 'Need to Know',
    description: document.title,
    styles: STYLES,
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 260 } } },
            },
          ],
        },
      ],
    },
    sections: sectionsOf(document.blocks).map((section, at) => ({
      properties: {
        page: {
          size: section.landscape
            ? { width: 12240, height: 15840, orientation: PageOrientation.LANDSCAPE }
            : { width: 12240, height: 15840 },
          margin: { top: 1300, bottom: 1200, left: 1300, right: 1300 },
        },
        titlePage: at === 0,
      },
      headers: { default: header(document) },
      footers: { default: footer(document), first: footer(document) },
      children: [...(at === 0 ? cover(document) : []), ...section.blocks.flatMap(block)],
    })),
  })
  return new Uint8Array(await Packer.toArrayBuffer(file))
}

interface Section {
  readonly landscape: boolean
  readonly blocks: Block[]
}

/** Word changes orientation only between sections: one section per `pages` block. */
function sectionsOf(blocks: readonly Block[]): Section[] {
  const sections: Section[] = [{ landscape: false, blocks: [] }]
  for (const b of blocks) {
    if (b.kind === 'pages') sections.push({ landscape: b.landscape, blocks: [] })
    else sections[sections.length - 1]?.blocks.push(b)
  }
  return sections
}

const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120 } } },
    title: { run: { font: FONT, size: 52, bold: true, color: NAVY } },
    heading1: {
      run: { font: FONT, size: 32, bold: true, color: NAVY },
      paragraph: {
        spacing: { before: 360, after: 160 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: NAVY, space: 4 } },
      },
    },
    heading2: {
      run: { font: FONT, size: 26, bold: true, color: NAVY },
      paragraph: { spacing: { before: 280, after: 120 }, keepNext: true },
    },
    heading3: {
      run: { font: FONT, size: 22, bold: true, color: '404040' },
      paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
    },
  },
}

function cover(document: HseepDocument): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 2800 }, children: [] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(document.exercise)] }),
    new Paragraph({
      spacing: { before: 240 },
      children: [new TextRun({ text: document.title, size: 36, color: '404040' })],
    }),
    new Paragraph({
      spacing: { before: 120 },
      children: [new TextRun({ text: document.subtitle, size: 24, color: '595959' })],
    }),
    new Paragraph({ children: [new PageBreak()] }),
  ]
}

function header(document: HseepDocument): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            text: `${document.exercise} — ${document.title}`,
            size: 16,
            color: '595959',
          }),
        ],
      }),
    ],
  })
}

function footer(document: HseepDocument): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: `${document.footer} · Page `, size: 16, color: '595959' }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '595959' }),
          new TextRun({ text: ' of ', size: 16, color: '595959' }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: '595959' }),
        ],
      }),
    ],
  })
}

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level], children: [new TextRun(b.text)] })]
    case 'paragraph':
      return [
        new Paragraph({
          children: b.runs.map((r) =>
            run(r, b.quiet === true ? { italics: true, color: '595959' } : {}),
          ),
        }),
      ]
    case 'bullets':
      return b.items.map(
        (item) =>
          new Paragraph({
            numbering: { reference: BULLETS, level: 0 },
            spacing: { after: 60 },
            children: item.map((r) => run(r)),
          }),
      )
    case 'fields':
      return [fieldsTable(b.rows), spacer()]
    case 'table':
      return [dataTable(b.columns, b.rows, b.blankRows ?? 0), spacer()]
    case 'lines':
      return Array.from({ length: b.count }, () => ruledLine())
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })]
    case 'pages':
      return []
  }
}

function run(inline: Inline, extra: { italics?: boolean; color?: string } = {}): TextRun {
  const options: IRunOptions = { text: textOf(inline), bold: typeof inline !== 'string', ...extra }
  return new TextRun(options)
}

/** Multi-line cell text: one paragraph per line, so Word keeps the breaks. */
/** Typed as run options, so `bold` is docx's and not the legacy `String.prototype.bold`. */
function textRun(options: IRunOptions): TextRun {
  return new TextRun(options)
}

function cellParagraphs(
  text: string,
  options: { bold?: boolean; size?: number } = {},
): Paragraph[] {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        spacing: { after: 40 },
        children: [textRun({ text: line, bold: options.bold, size: options.size ?? 20 })],
      }),
  )
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: RULE }
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
}
const MARGINS = { top: 60, bottom: 60, left: 100, right: 100 }

function cell(text: string, width: number, shaded: boolean, bold = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    margins: MARGINS,
    ...(shaded ? { shading: { type: ShadingType.CLEAR, fill: SHADE, color: 'auto' } } : {}),
    children: cellParagraphs(text, { bold }),
  })
}

function fieldsTable(rows: readonly (readonly [string, string])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [cell(label, 28, true, true), cell(value, 72, false)],
        }),
    ),
  })
}

function dataTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  blankRows: number,
): Table {
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) => cell(c.title, c.width, true, true)),
  })
  const body = [...rows, ...Array.from({ length: blankRows }, () => columns.map(() => ' \n '))].map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((c, at) => cell(row[at] ?? '', c.width, false)),
      }),
  )
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: [headerRow, ...body],
  })
}

function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 80 }, children: [] })
}

function ruledLine(): Paragraph {
  return new Paragraph({
    spacing: { before: 240, after: 0 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 1 } },
    children: [],
  })
}
