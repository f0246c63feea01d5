/**
 * The debrief as Markdown, in the sections of an HSEEP after-action report: objective
 * ratings (before any number, so an average never hides a critical failure), scores, timeline (expected versus actual), information flow (a Mermaid
 * sequence diagram), strengths, areas for improvement with their evidence, teaching
 * points, the improvement plan and the discussion questions. Every value is escaped.
 */
import { describeEntry } from './describe'
import { escapeMarkdown as md } from './escape'
import { flowDiagram } from './mermaid'
import { NO_NAMES, roleName, RULE_TITLES, type Names } from './names'
import type { Debrief } from './schema'
import { capabilityOf, evaluatorText, ratingText, SCORE_ROWS, teachingPoints } from './sections'

export function renderMarkdown(debrief: Debrief, names: Names = NO_NAMES): string {
  return (
    [
      `# After-action report: ${md(debrief.scenario.title)}`,
      `Scenario \`${debrief.scenario.id}\` · policy profile ${md(debrief.policy)} · ${debrief.format}`,
      ...section('Objective ratings', objectiveTable(debrief)),
      ...section('Scores', overview(debrief)),
      ...section(
        'Timeline',
        table(
          ['Time', 'What'],
          debrief.timeline.map((e) => [e.at, md(describeEntry(e, names))]),
        ),
      ),
      ...section('Information flow', ['```mermaid', flowDiagram(debrief, names), '```']),
      ...section('Flags', flagTable(debrief, names)),
      ...section('Strengths', bullets(debrief.strengths.map(md))),
      ...section(
        'Areas for improvement',
        bullets(debrief.improvements.map((i) => `${md(i.text)}${evidence(i.flags)}`)),
      ),
      ...section(
        'Teaching points',
        bullets(
          teachingPoints(debrief).map(
            (t) => `${md(roleName(names, t.role))}, “${md(t.label)}”: ${md(t.text)}`,
          ),
        ),
      ),
      ...section(
        'Improvement plan',
        table(
          ['Corrective action', 'Owner', 'By'],
          debrief.plan.map((p) => [md(p.action), md(roleName(names, p.owner)), md(p.by)]),
        ),
      ),
      ...section(
        'Discussion questions',
        debrief.discussion.map((q, i) => `${i + 1}. ${md(q)}`),
      ),
    ].join('\n') + '\n'
  )
}

function section(title: string, body: readonly string[]): string[] {
  return ['', `## ${title}`, '', ...(body.length > 0 ? body : ['None.'])]
}

function overview(debrief: Debrief): string[] {
  return table(
    SCORE_ROWS.map(([, label]) => label),
    [SCORE_ROWS.map(([key]) => String(debrief.scores[key]))],
  )
}

function objectiveTable(debrief: Debrief): string[] {
  const rows = debrief.objectives.map((o) => [
    md(o.text),
    md(capabilityOf(o)) || '—',
    `**${md(ratingText(o.rating))}**${o.rating === o.suggested ? '' : ` (suggested: ${md(ratingText(o.suggested))})`}`,
    md(evaluatorText(o)) || '—',
    o.flags.length === 0 ? '—' : o.flags.map((i) => `#${i + 1}`).join(', '),
  ])
  return table(['Objective', 'Core capability', 'Rating', 'Evaluator', 'Flags'], rows)
}

function flagTable(debrief: Debrief, names: Names): string[] {
  const rows = debrief.flags.map((f, i) => [
    String(i + 1),
    f.at,
    f.event === undefined ? '—' : String(f.event),
    f.role === undefined ? '—' : md(roleName(names, f.role)),
    RULE_TITLES[f.rule],
    f.severity,
    md(f.explanation),
    md(f.basis),
  ])
  return rows.length === 0
    ? []
    : table(['#', 'Time', 'Event', 'Role', 'Rule', 'Severity', 'What happened', 'Basis'], rows)
}

function evidence(flags: readonly number[]): string {
  return flags.length === 0 ? '' : ` (flags ${flags.map((i) => `#${i + 1}`).join(', ')})`
}

function bullets(items: readonly string[]): string[] {
  return items.map((item) => `- ${item}`)
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  if (rows.length === 0) return []
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ]
}
