/**
 * Escaping for every output format. Everything in a debrief can come from a file someone
 * else wrote (titles, texts, explanations), so every value is escaped where it is placed.
 */

const HTML: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c] ?? c)
}

const NEEDS_MARKDOWN_ESCAPE = /[\r\n\\`*_[\]#|~&<>]/

/**
 * Inline Markdown text: no raw HTML, no accidental emphasis, links, code or table cells,
 * on one line. Markdown punctuation is backslash-escaped first, then `&`, `<` and `>`
 * become entities (so an entity's `#` is not escaped twice).
 */
export function escapeMarkdown(text: string): string {
  // Most text needs nothing: one test is much cheaper than three replacements.
  if (!NEEDS_MARKDOWN_ESCAPE.test(text)) return text
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]#|~]/g, '\\$&')
    .replace(/[&<>]/g, (c) => HTML[c] ?? c)
}

/**
 * Text inside a Mermaid label. Mermaid renders labels as HTML and reads `;` and `#` as
 * syntax, so they become its entity codes (`#59;`); line breaks become spaces.
 */
export function escapeMermaid(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[#;&<>"'%:{}]/g, (c) => `#${c.charCodeAt(0)};`)
}
