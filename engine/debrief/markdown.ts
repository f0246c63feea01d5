/**
 * The debrief as Markdown, in the sections of an HSEEP after-action report: objective
 * ratings (before any number, so an average never hides a critical failure), scores, timeline (expected versus actual), information flow (a Mermaid
 * sequence diagram), strengths, areas for improvement with their evidence, teaching
 * points, the improvement plan and the discussion questions. Every value is escaped.
 */
import { describeEntry } from './describe'
import { escapeMarkdown as md } from './escape'
import { flowDiagramLines } from './mermaid'
import { NO_NAMES, roleName, RULE_TITLES, type Names } from './names'
import type { Debrief } from './schema'
import { capabilityOf, evaluatorText, ratingText, SCORE_ROWS, teachingPoints } from './sections'

export function renderMarkdown(debrief: Debrief, names: Names = NO_NAMES): string {
  return [...markdownLines(debrief, names), ''].join('\n')
}

/**
 * The Markdown line by line, each made only when read: the command line writes a long
 * exercise's report (a timeline row for every event, a diagram line for every share) in
 * pieces instead of holding it whole, several times over, as one text.
 */
export function* markdownLines(debrief: Debrief, names: Names = NO_NAMES): Generator<string> {
  yield `# After-action report: ${md(debrief.scenario.title)}`
  yield `Scenario \`${debrief.scenario.id}\` · policy profile ${md(debrief.policy)} · ${debrief.format}`
  yield* section('Objective ratings', objectiveTable(debrief))
  yield* section('Scores', overview(debrief))
  yield* section(
    'Timeline',
    table(
      ['Time', 'What'],
      each(debrief.timeline, (e) => [e.at, md(describeEntry(e, names))]),
    ),
  )
  yield* section('Information flow', ['```mermaid', ...flowDiagramLines(debrief, names), '```'])
  yield* section('Flags', flagTable(debrief, names))
  yield* section('Strengths', bullets(debrief.strengths.map(md)))
  yield* section(
    'Areas for improvement',
    bullets(debrief.improvements.map((i) => `${md(i.text)}${evidence(i.flags)}`)),
  )
  yield* section(
    'Teaching points',
    bullets(
      teachingPoints(debrief).map(
        (t) => `${md(roleName(names, t.role))}, “${md(t.label)}”: ${md(t.text)}`,
      ),
    ),
  )
  yield* section(
    'Improvement plan',
    table(
      ['Corrective action', 'Owner', 'By'],
      debrief.plan.map((p) => [md(p.action), md(roleName(names, p.owner)), md(p.by)]),
    ),
  )
  yield* section(
    'Discussion questions',
    debrief.discussion.map((q, i) => `${i + 1}. ${md(q)}`),
  )
}

/** `items` mapped as they are read. */
function* each<T, U>(items: readonly T[], map: (item: T, index: number) => U): Generator<U> {
  for (const [index, item] of items.entries()) yield map(item, index)
}

/** A titled section; "None." when its body has no line. */
function* section(title: string, body: Iterable<string>): Generator<string> {
  yield ''
  yield `## ${title}`
  yield ''
  let empty = true
  for (const line of body) {
    empty = false
    yield line
  }
  if (empty) yield 'None.'
}

function overview(debrief: Debrief): Iterable<string> {
  return table(
    SCORE_ROWS.map(([, label]) => label),
    [SCORE_ROWS.map(([key]) => String(debrief.scores[key]))],
  )
}

function objectiveTable(debrief: Debrief): Iterable<string> {
  const rows = debrief.objectives.map((o) => [
    md(o.text),
    md(capabilityOf(o)) || '—',
    `**${md(ratingText(o.rating))}**${o.rating === o.suggested ? '' : ` (suggested: ${md(ratingText(o.suggested))})`}`,
    md(evaluatorText(o)) || '—',
    o.flags.length === 0 ? '—' : o.flags.map((i) => `#${i + 1}`).join(', '),
  ])
  return table(['Objective', 'Core capability', 'Rating', 'Evaluator', 'Flags'], rows)
}

function flagTable(debrief: Debrief, names: Names): Iterable<string> {
  return table(
    ['#', 'Time', 'Event', 'Role', 'Rule', 'Severity', 'What happened', 'Basis'],
    each(debrief.flags, (f, i) => [
      String(i + 1),
      f.at,
      f.event === undefined ? '—' : String(f.event),
      f.role === undefined ? '—' : md(roleName(names, f.role)),
      RULE_TITLES[f.rule],
      f.severity,
      md(f.explanation),
      md(f.basis),
    ]),
  )
}

function evidence(flags: readonly number[]): string {
  return flags.length === 0 ? '' : ` (flags ${flags.map((i) => `#${i + 1}`).join(', ')})`
}

function bullets(items: readonly string[]): string[] {
  return items.map((item) => `- ${item}`)
}

/** A table with its head; no line at all without rows (the section then says "None."). */
function* table(head: readonly string[], rows: Iterable<readonly string[]>): Generator<string> {
  let first = true
  for (const row of rows) {
    if (first) {
      yield `| ${head.join(' | ')} |`
      yield `|${head.map(() => '---').join('|')}|`
      first = false
    }
    yield `| ${row.join(' | ')} |`
  }
}
