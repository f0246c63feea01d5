/**
 * The cohort report as a document (the HSEEP documents' blocks, so Word comes from the same
 * renderer as the AAR and Markdown from `markdown.ts`): the tables side by side, the
 * objectives rated M or U, the rules flagged most, where the paths parted, and the path each
 * table took. Plain text throughout; the renderers escape it.
 */
import { RATING_WORDS, SCORE_ROWS } from '../debrief/sections'
import type { Rating } from '../debrief/schema'
import {
  bullets,
  heading,
  paragraph,
  quiet,
  type Block,
  type Column,
  type HseepDocument,
} from '../hseep/document'
import { ruleHeadline } from '../hseep/root-cause'
import { RULES } from '../scoring/flag'
import type { Cohort, Divergence } from './compare'

export const COHORT_TITLE = 'Cohort report'

export function cohortDocument(cohort: Cohort, date: string): HseepDocument {
  const count = cohort.tables.length
  return {
    title: COHORT_TITLE,
    exercise: cohort.scenario.title,
    subtitle: `${date} · ${count} ${count === 1 ? 'table' : 'tables'}`,
    footer: COHORT_TITLE,
    blocks: [
      heading(1, 'Tables side by side'),
      scoresTable(cohort),
      heading(1, 'Objective ratings'),
      ...objectiveBlocks(cohort),
      heading(1, 'Flags per rule'),
      ...ruleBlocks(cohort),
      heading(1, 'Where the paths parted'),
      ...divergenceBlocks(cohort),
      heading(1, 'The path each table took'),
      ...cohort.tables.flatMap((table) => [
        heading(2, table.name),
        paragraph(table.injects.map((inject) => inject.title).join(' → ')),
        ...(table.decisions.length === 0
          ? [quiet('No option chosen at any decision.')]
          : [
              bullets(
                table.decisions.map((d) => `At “${d.inject}”, ${d.role} chose “${d.option}”`),
              ),
            ]),
      ]),
    ],
  }
}

/** One column a table, as on the screen: the scores and the number of flags. */
function scoresTable(cohort: Cohort): Block {
  return {
    kind: 'table',
    columns: [{ title: 'Score', width: 28 }, ...perTable(cohort, 72)],
    rows: [
      ...SCORE_ROWS.map(([key, title]) => [
        title,
        ...cohort.tables.map((table) => String(table.scores[key])),
      ]),
      ['Flags', ...cohort.tables.map((table) => String(table.totalFlags))],
    ],
  }
}

/** One row an objective, one column a table: the suggested ratings side by side. */
function objectiveBlocks(cohort: Cohort): Block[] {
  if (cohort.objectives.length === 0) return [quiet('The scenario states no objectives.')]
  const struggled = cohort.objectives.filter((o) => o.struggled > 0)
  const count = cohort.tables.length
  return [
    {
      kind: 'table',
      columns: [{ title: 'Objective', width: 40 }, ...perTable(cohort, 60)],
      rows: cohort.objectives.map((o) => [o.text, ...o.ratings.map(ratingCell)]),
    },
    quiet(
      `Suggested ratings: ${(Object.keys(RATING_WORDS) as Rating[]).map((r) => `${r} — ${RATING_WORDS[r]}`).join('; ')}; — not rated.`,
    ),
    heading(2, 'Rated M or U'),
    struggled.length === 0
      ? paragraph('No objective was rated M or U at any table.')
      : bullets(
          [...struggled]
            .sort((a, b) => b.struggled - a.struggled)
            .map(
              (o) =>
                `“${o.text}”: at ${o.struggled} of ${count} ${count === 1 ? 'table' : 'tables'} (${tablesRated(cohort, o.ratings).join(', ')})`,
            ),
        ),
  ]
}

function tablesRated(cohort: Cohort, ratings: readonly (Rating | null)[]): string[] {
  return cohort.tables.flatMap((table, at) => {
    const rating = ratings[at]
    return rating === 'M' || rating === 'U' ? [`${table.name}: ${rating}`] : []
  })
}

function ruleBlocks(cohort: Cohort): Block[] {
  const count = cohort.tables.length
  return [
    {
      kind: 'table',
      columns: [
        { title: 'Rule', width: 28 },
        ...perTable(cohort, 60),
        { title: 'Total', width: 12 },
      ],
      rows: RULES.map((rule) => [
        rule,
        ...cohort.tables.map((table) => String(table.flags[rule])),
        String(cohort.tables.reduce((sum, table) => sum + table.flags[rule], 0)),
      ]),
    },
    heading(2, 'Flagged most'),
    cohort.rules.length === 0
      ? paragraph('No table was flagged.')
      : bullets(
          cohort.rules.map(
            (r) =>
              `${r.rule} (${ruleHeadline(r.rule).toLowerCase()}): ${r.flags} ${r.flags === 1 ? 'flag' : 'flags'} at ${r.tables} of ${count} ${count === 1 ? 'table' : 'tables'}`,
          ),
        ),
  ]
}

function divergenceBlocks(cohort: Cohort): Block[] {
  if (cohort.divergences.length === 0) {
    return [paragraph('Every table entered the same injects and chose the same options.')]
  }
  return [bullets(cohort.divergences.map(divergenceText))]
}

/** "After “A”: “B” (Table 1, Table 2); “C” (Table 3)". */
export function divergenceText(divergence: Divergence): string {
  const ways = divergence.ways.map((way) => `“${way.to}” (${way.tables.join(', ')})`).join('; ')
  if (divergence.kind === 'decision') {
    return `At “${divergence.inject}”, ${divergence.role} (${divergence.prompt}): ${ways}`
  }
  return divergence.after === null
    ? `From the start: ${ways}`
    : `After “${divergence.after}”: ${ways}`
}

function perTable(cohort: Cohort, width: number): Column[] {
  const each = Math.max(1, Math.floor(width / Math.max(1, cohort.tables.length)))
  return cohort.tables.map((table) => ({ title: table.name, width: each }))
}

function ratingCell(rating: Rating | null): string {
  return rating ?? '—'
}
