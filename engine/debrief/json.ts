/**
 * The debrief as JSON: validated against its schema (which also puts every key in the
 * schema's order, so the same debrief always gives the same bytes), 2-space indent.
 */
import { Debrief } from './schema'

export function renderJson(debrief: Debrief): string {
  return `${JSON.stringify(Debrief.parse(debrief), null, 2)}\n`
}
