/**
 * An `HseepDocument` as one standalone HTML page with print styles: what the app shows and
 * what the desktop prints to PDF. Every text is escaped; nothing loads from outside.
 */
import { escapeHtml } from '../debrief/escape'
import { textOf, type Block, type HseepDocument, type Inline } from './document'

const STYLE = `
@page { size: letter; margin: 0.8in 0.9in; }
body { font-family: Calibri, Carlito, "Segoe UI", Arial, sans-serif; font-size: 11pt; color: #1a1a1a; max-width: 52rem; margin: 2rem auto; line-height: 1.4; }
.cover { padding: 6rem 0 4rem; page-break-after: always; }
.cover h1 { font-size: 26pt; color: #1f3864; margin: 0; }
.cover .title { font-size: 18pt; color: #404040; margin-top: .5rem; }
.cover .subtitle { color: #595959; }
h1 { font-size: 16pt; color: #1f3864; border-bottom: 2px solid #1f3864; padding-bottom: .2rem; margin-top: 2rem; }
h2 { font-size: 13pt; color: #1f3864; margin-top: 1.5rem; page-break-after: avoid; }
h3 { font-size: 11pt; color: #404040; page-break-after: avoid; }
.quiet { font-style: italic; color: #595959; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #a6a6a6; padding: .3rem .45rem; vertical-align: top; text-align: left; white-space: pre-line; font-size: 10pt; }
th, td.label { background: #dce3ee; font-weight: bold; }
tr { page-break-inside: avoid; }
td.blank { height: 2.2em; }
.line { border-bottom: 1px solid #a6a6a6; height: 1.8em; }
.break { page-break-after: always; }
@media screen { .break { border-top: 1px dashed #ccc; margin: 2rem 0; } }
footer { color: #595959; font-size: 9pt; text-align: center; margin-top: 3rem; }
`

export function renderHseepHtml(document: HseepDocument): string {
  const title = escapeHtml(`${document.exercise} — ${document.title}`)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
${hseepBodyHtml(document)}
</body>
</html>
`
}

/** The document without the page around it, for the app to place inside its own screen. */
export function hseepBodyHtml(document: HseepDocument): string {
  return [
    '<section class="cover">',
    `<h1>${escapeHtml(document.exercise)}</h1>`,
    `<div class="title">${escapeHtml(document.title)}</div>`,
    `<div class="subtitle">${escapeHtml(document.subtitle)}</div>`,
    '</section>',
    ...document.blocks.map(block),
    `<footer>${escapeHtml(document.footer)}</footer>`,
  ].join('\n')
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`
    case 'paragraph':
      return `<p${b.quiet === true ? ' class="quiet"' : ''}>${b.runs.map(inline).join('')}</p>`
    case 'bullets':
      return `<ul>${b.items.map((item) => `<li>${item.map(inline).join('')}</li>`).join('')}</ul>`
    case 'fields':
      return `<table>${b.rows
        .map(
          ([label, value]) =>
            `<tr><td class="label">${escapeHtml(label)}</td><td>${escapeHtml(value)}</td></tr>`,
        )
        .join('')}</table>`
    case 'table': {
      const head = b.columns
        .map((c) => `<th style="width:${c.width}%">${escapeHtml(c.title)}</th>`)
        .join('')
      const rows = b.rows.map(
        (row) =>
          `<tr>${b.columns.map((_, at) => `<td>${escapeHtml(row[at] ?? '')}</td>`).join('')}</tr>`,
      )
      const blank = `<tr>${b.columns.map(() => '<td class="blank"></td>').join('')}</tr>`
      return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}${blank.repeat(b.blankRows ?? 0)}</tbody></table>`
    }
    case 'lines':
      return '<div class="line"></div>'.repeat(b.count)
    case 'pageBreak':
    case 'pages':
      return '<div class="break"></div>'
  }
}

function inline(run: Inline): string {
  const text = escapeHtml(textOf(run))
  return typeof run === 'string' ? text : `<strong>${text}</strong>`
}
