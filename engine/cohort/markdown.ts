/**
 * A document's blocks as Markdown (GitHub tables), for the cohort report: the same document
 * the Word file is made from, so the two never say different things. Every text is escaped.
 */
import { escapeMarkdown as md } from '../debrief/escape'
import { textOf, type Block, type HseepDocument } from '../hseep/document'

export function renderDocumentMarkdown(document: HseepDocument): string {
  const head = [`# ${md(document.title)}: ${md(document.exercise)}`, md(document.subtitle)]
  return `${[...head, ...document.blocks.flatMap(blockLines)].join('\n\n')}\n`
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(block.level + 1)} ${md(block.text)}`]
    case 'paragraph': {
      const text = block.runs
        .map((run) => (typeof run === 'string' ? md(run) : `**${md(textOf(run))}**`))
        .join('')
      return [block.quiet === true ? `_${text}_` : text]
    }
    case 'bullets':
      return [block.items.map((runs) => `- ${md(runs.map(textOf).join(''))}`).join('\n')]
    case 'fields':
      return [table(['', ''], block.rows)]
    case 'table':
      return [
        table(
          block.columns.map((c) => c.title),
          block.rows,
        ),
      ]
    // Printed forms' ruled lines and page layout mean nothing in Markdown.
    case 'lines':
    case 'pageBreak':
    case 'pages':
      return []
  }
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(md).join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}
