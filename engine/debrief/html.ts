/**
 * The debrief as one standalone, printable HTML page: no scripts, no external assets,
 * inline CSS with print styles, and a Content-Security-Policy that forbids everything
 * but that inline style. Every value from a file is escaped.
 */
import { describeEntry } from './describe'
import { escapeHtml as h } from './escape'
import { factNames, NO_NAMES, roleName, RULE_TITLES, type Names } from './names'
import type { Debrief } from './schema'
import { capabilityOf, evaluatorText, ratingText, SCORE_ROWS, teachingPoints } from './sections'
import { STYLE } from './html-style'

export function renderHtml(debrief: Debrief, names: Names = NO_NAMES): string {
  const title = `After-action report: ${debrief.scenario.title}`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header><h1>${h(title)}</h1>
<p class="meta">Scenario <code>${h(debrief.scenario.id)}</code> · policy profile ${h(debrief.policy)} · ${h(debrief.format)}</p></header>
${sections(debrief, names).join('\n')}
</main>
</body>
</html>
`
}

function sections(debrief: Debrief, names: Names): string[] {
  const role = (id: string): string => h(roleName(names, id))
  const { timeline, flow } = debrief
  return [
    section('Objective ratings', objectives(debrief)),
    section('Scores', scores(debrief)),
    section(
      'Timeline',
      table(
        ['Time', 'What'],
        timeline.map((e) => [h(e.at), h(describeEntry(e, names))]),
        timeline.map((e) => (e.kind === 'expectation' && e.status !== 'on-time' ? 'flagged' : '')),
      ),
    ),
    section(
      'Information flow',
      table(
        ['Time', 'From', 'To', 'Facts', ''],
        flow.map((f) => [
          h(f.at),
          role(f.from),
          role(f.to),
          h(factNames(names, f.facts)),
          f.flagged ? '⚠ flagged' : '',
        ]),
        flow.map((f) => (f.flagged ? 'flagged' : '')),
      ),
    ),
    section('Flags', flags(debrief, role)),
    section('Strengths', list(debrief.strengths.map(h))),
    section(
      'Areas for improvement',
      list(debrief.improvements.map((i) => `${h(i.text)}${refs(i.flags)}`)),
    ),
    section(
      'Teaching points',
      list(teachingPoints(debrief).map((t) => `${role(t.role)}, “${h(t.label)}”: ${h(t.text)}`)),
    ),
    section(
      'Improvement plan',
      table(
        ['Corrective action', 'Owner', 'By'],
        debrief.plan.map((p) => [h(p.action), role(p.owner), h(p.by)]),
      ),
    ),
    section(
      'Discussion questions',
      debrief.discussion.length === 0
        ? ''
        : `<ol>${debrief.discussion.map((q) => `<li>${h(q)}</li>`).join('')}</ol>`,
    ),
  ]
}

function objectives(debrief: Debrief): string {
  const rows = debrief.objectives.map((o) => [
    h(o.text),
    h(capabilityOf(o)) || '—',
    `<span class="rating rating-${h(o.rating ?? 'none')}">${h(ratingText(o.rating))}</span>${
      o.rating === o.suggested
        ? ''
        : ` <span class="refs">(suggested: ${h(ratingText(o.suggested))})</span>`
    }`,
    h(evaluatorText(o)) || '—',
    refs(o.flags) || '—',
  ])
  return table(['Objective', 'Core capability', 'Rating', 'Evaluator', 'Flags'], rows)
}

function refs(flags: readonly number[]): string {
  return flags.length === 0
    ? ''
    : ` <span class="refs">(flags ${flags.map((n) => `#${n + 1}`).join(', ')})</span>`
}

function section(title: string, body: string): string {
  return `<section><h2>${h(title)}</h2>${body === '' ? '<p class="none">None.</p>' : body}</section>`
}

function scores(debrief: Debrief): string {
  return table(
    SCORE_ROWS.map(([, label]) => label),
    [SCORE_ROWS.map(([key]) => String(debrief.scores[key]))],
  )
}

function flags(debrief: Debrief, role: (id: string) => string): string {
  const rows = debrief.flags.map((f, i) => [
    `#${i + 1}`,
    h(f.at),
    f.event === undefined ? '—' : String(f.event),
    f.role === undefined ? '—' : role(f.role),
    h(RULE_TITLES[f.rule]),
    `<span class="sev-${h(f.severity)}">${h(f.severity)}</span>`,
    h(f.explanation),
    h(f.basis),
  ])
  return table(['#', 'Time', 'Event', 'Role', 'Rule', 'Severity', 'What happened', 'Basis'], rows)
}

function list(items: readonly string[]): string {
  return items.length === 0 ? '' : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`
}

/** Cells are already escaped HTML; `classes` marks rows (e.g. flagged edges). */
function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  classes: readonly string[] = [],
): string {
  if (rows.length === 0) return ''
  const th = head.map((c) => `<th>${h(c)}</th>`).join('')
  const body = rows
    .map((r, i) => {
      const cls = classes[i] ?? ''
      return `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`
    })
    .join('\n')
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`
}
