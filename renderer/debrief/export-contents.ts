/**
 * The text of every export the debrief offers, rendered by the engine (the same files
 * `ttx play` writes). PDF is the HTML report, printed. A kind is absent when it cannot be made.
 */
import { namesOf, renderHtml, renderJson, renderMarkdown } from '../../engine/debrief'
import type { Debrief } from '../../engine/debrief/schema'
import type { Log } from '../../engine/exercise/log'
import type { Scenario } from '../../engine/scenario/schema'
import type { ExportKind } from '../../contract/host-api'
import { withSessionHtml, withSessionMarkdown, type SessionSection } from './session-notes'

export function exportContents(
  scenario: Scenario,
  log: Log,
  debrief: Debrief | undefined,
  session: SessionSection,
): Partial<Record<ExportKind, string>> {
  const files: Partial<Record<ExportKind, string>> = { log: `${JSON.stringify(log, null, 2)}\n` }
  if (!debrief) return files
  const names = namesOf(scenario)
  // The table, the date and the facilitator's notes: in every rendering that has room.
  const html = withSessionHtml(renderHtml(debrief, names), session)
  return {
    ...files,
    json: renderJson(debrief),
    md: withSessionMarkdown(renderMarkdown(debrief, names), session),
    html,
    pdf: html,
  }
}
