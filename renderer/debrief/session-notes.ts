/**
 * What the debrief adds for the table that played: its name and date, the facilitator's
 * notes (the log's `note` events) and the authored teaching points of the options chosen.
 * The JSON debrief's timeline has no place for notes (its kinds are fixed by the format, see
 * docs/scenario-format.md), so they are in the Markdown, HTML and PDF renderings, and the
 * log export keeps them as written.
 */
import { teachingPoints } from '../../engine/debrief/sections'
import { escapeHtml } from '../../engine/debrief/escape'
import type { Debrief } from '../../engine/debrief/schema'
import type { Log } from '../../engine/exercise/log'
import type { Scenario } from '../../engine/scenario/schema'

export interface SessionNote {
  readonly at: string
  readonly text: string
}

export interface SessionSection {
  readonly tableName: string
  /** The session's day, e.g. "2026-12-01". */
  readonly date: string
  readonly notes: readonly SessionNote[]
  readonly teaching: readonly { at: string; role: string; label: string; text: string }[]
}

export function sessionSection(
  scenario: Scenario,
  log: Log,
  debrief: Debrief | undefined,
  tableName: string,
  date: string,
): SessionSection {
  const roleTitle = (id: string) => scenario.roles.find((role) => role.id === id)?.title ?? id
  return {
    tableName,
    date,
    notes: log.events.flatMap((event) =>
      event.type === 'note' ? [{ at: event.t ?? '—', text: event.text }] : [],
    ),
    teaching: (debrief === undefined ? [] : teachingPoints(debrief)).map((point) => ({
      ...point,
      role: roleTitle(point.role),
    })),
  }
}

export function sessionMarkdown(section: SessionSection): string {
  const lines = [`**Table:** ${section.tableName || '(not named)'} · **Date:** ${section.date}`, '']
  lines.push('## Facilitator notes', '')
  if (section.notes.length === 0) lines.push('None were written.')
  for (const note of section.notes) lines.push(`- ${note.at}: ${note.text}`)
  lines.push('')
  return lines.join('\n')
}

export function sessionHtml(section: SessionSection): string {
  const h = escapeHtml
  const notes =
    section.notes.length === 0
      ? '<p>None were written.</p>'
      : `<ul>${section.notes.map((n) => `<li>${h(n.at)}: ${h(n.text)}</li>`).join('')}</ul>`
  return [
    `<p class="session"><strong>Table:</strong> ${h(section.tableName || '(not named)')} · <strong>Date:</strong> ${h(section.date)}</p>`,
    `<section><h2>Facilitator notes</h2>${notes}</section>`,
  ].join('\n')
}

/** The Markdown report with the session's section after its title line. */
export function withSessionMarkdown(markdown: string, section: SessionSection): string {
  const [title, ...rest] = markdown.split('\n')
  return [title ?? '', '', sessionMarkdown(section), ...rest].join('\n')
}

/** The HTML report with the session's section right after its header. */
export function withSessionHtml(html: string, section: SessionSection): string {
  const at = html.indexOf('</header>')
  if (at === -1) return html.replace('</body>', `${sessionHtml(section)}\n</body>`)
  const end = at + '</header>'.length
  return `${html.slice(0, end)}\n${sessionHtml(section)}${html.slice(end)}`
}
