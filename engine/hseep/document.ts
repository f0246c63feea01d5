/**
 * A document as blocks, independent of its file format: the HSEEP models build one, and
 * `render-docx.ts` (Word) and `render-html.ts` (print to PDF, shown in the app) render it.
 * Everything here is plain text; renderers escape it.
 */

/** A run of text, bold when it labels what follows. */
export type Inline = string | { readonly text: string; readonly strong: true }

export interface Column {
  readonly title: string
  /** Share of the table's width, in percent. */
  readonly width: number
}

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly runs: readonly Inline[]; readonly quiet?: boolean }
  /** Label and value, one pair per row: an overview box. */
  | { readonly kind: 'fields'; readonly rows: readonly (readonly [string, string])[] }
  | { readonly kind: 'bullets'; readonly items: readonly (readonly Inline[])[] }
  | {
      readonly kind: 'table'
      readonly columns: readonly Column[]
      readonly rows: readonly (readonly string[])[]
      /** Blank rows to write in by hand, after the filled ones (printed forms). */
      readonly blankRows?: number
    }
  /** Ruled lines to write on (printed forms). */
  | { readonly kind: 'lines'; readonly count: number }
  | { readonly kind: 'pageBreak' }
  /** A new page in this orientation from here on (a wide matrix prints landscape). */
  | { readonly kind: 'pages'; readonly landscape: boolean }

export interface HseepDocument {
  /** The file's title and the cover's first line: "After-Action Report/Improvement Plan". */
  readonly title: string
  /** The exercise's name, under the title and in every page's header. */
  readonly exercise: string
  /** Under the title: a date, or who the document is for. */
  readonly subtitle: string
  /** Printed in every page's footer, e.g. "For players" or "Evaluator handbook". */
  readonly footer: string
  readonly blocks: readonly Block[]
}

export const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text })
export const paragraph = (...runs: Inline[]): Block => ({ kind: 'paragraph', runs })
export const quiet = (text: string): Block => ({ kind: 'paragraph', runs: [text], quiet: true })
export const bold = (text: string): Inline => ({ text, strong: true })
export const bullets = (items: readonly string[]): Block => ({
  kind: 'bullets',
  items: items.map((item) => [item]),
})
export const fields = (rows: readonly (readonly [string, string])[]): Block => ({
  kind: 'fields',
  rows,
})
export const PAGE_BREAK: Block = { kind: 'pageBreak' }

/** The text of an inline run. */
export const textOf = (run: Inline): string => (typeof run === 'string' ? run : run.text)

/** The headings, in order: what a reader's navigation pane shows, and what tests check. */
export function outline(document: HseepDocument): string[] {
  return document.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []))
}
