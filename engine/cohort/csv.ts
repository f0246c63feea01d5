/**
 * The cohort's per-table numbers as CSV, one row a table, for a spreadsheet: the scores, the
 * flags (in all and per rule), each objective's suggested rating and the path.
 */
import { SCORE_ROWS } from '../debrief/sections'
import { renderCsv } from '../hseep/render-sheet'
import { RULES } from '../scoring/flag'
import type { Cohort } from './compare'

export function renderCohortCsv(cohort: Cohort): string {
  const header = [
    'Table',
    ...SCORE_ROWS.map(([, title]) => title),
    'Flags',
    ...RULES.map((rule) => `Flags: ${rule}`),
    ...cohort.objectives.map((o) => `Rating: ${o.text}`),
    'Injects',
    'Options chosen',
  ]
  const rows = cohort.tables.map((table) => [
    table.name,
    ...SCORE_ROWS.map(([key]) => String(table.scores[key])),
    String(table.totalFlags),
    ...RULES.map((rule) => String(table.flags[rule])),
    ...table.ratings.map((rating) => rating ?? ''),
    table.injects.map((inject) => inject.title).join(' → '),
    table.decisions.map((d) => `${d.inject} / ${d.role}: ${d.option}`).join('; '),
  ])
  return renderCsv([header, ...rows])
}
