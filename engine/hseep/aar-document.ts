/**
 * The AAR/IP laid out in HSEEP's order (docs/hseep.md): Exercise Overview, Analysis of
 * Capabilities, Appendix A: Improvement Plan, Appendix B: Exercise Participants, then
 * Appendix C: Participant Feedback Summary.
 */
import type { AfterActionReport, AreaForImprovement, ObjectiveAnalysis } from './aar'
import {
  bold,
  bullets,
  fields,
  heading,
  PAGE_BREAK,
  paragraph,
  quiet,
  type Block,
  type HseepDocument,
} from './document'
import type { AgreementLine } from './feedback-summary'
import { RATING_KEY, RATING_MEANINGS, ratingLabel } from './ratings'
import { rootCauseMeaning } from './root-cause'

export const AAR_SECTIONS = [
  'Exercise Overview',
  'Analysis of Capabilities',
  'Appendix A: Improvement Plan',
  'Appendix B: Exercise Participants',
  'Appendix C: Participant Feedback Summary',
] as const

export function aarDocument(report: AfterActionReport): HseepDocument {
  return {
    title: 'After-Action Report/Improvement Plan',
    exercise: report.exercise,
    subtitle: report.date === '' ? 'Tabletop exercise' : `Tabletop exercise — ${report.date}`,
    footer: 'After-Action Report/Improvement Plan',
    blocks: [
      heading(1, AAR_SECTIONS[0]),
      fields(report.overview),
      PAGE_BREAK,
      ...analysis(report),
      { kind: 'pages', landscape: true },
      ...improvementPlan(report),
      { kind: 'pages', landscape: false },
      ...participants(report),
      ...feedback(report),
    ],
  }
}

function analysis(report: AfterActionReport): Block[] {
  const summary: Block = {
    kind: 'table',
    columns: [
      { title: 'Objective', width: 40 },
      { title: 'Core capability', width: 24 },
      { title: 'Suggested', width: 16 },
      { title: 'Rating', width: 20 },
    ],
    rows: report.objectives.map((o) => [
      o.text,
      o.capability,
      o.suggested ?? '—',
      ratingLabel(o.rating),
    ]),
  }
  return [
    heading(1, AAR_SECTIONS[1]),
    paragraph(
      'Each objective is a capability target. The simulator suggests a rating from the flags and expectations tied to the objective; the evaluator confirmed or changed it. Ratings: ',
      RATING_KEY,
      '.',
    ),
    summary,
    ...report.objectives.flatMap((o, at) => objectiveBlocks(o, at + 1)),
    ...(isEmpty(report.general) ? [] : generalBlocks(report)),
    heading(2, 'Simulator scores'),
    quiet(
      'Out of 100 per dimension; each flag costs its dimension 5 (low), 10 (medium), 20 (high) or 35 (critical).',
    ),
    {
      kind: 'table',
      columns: [
        { title: 'Overall', width: 16 },
        { title: 'Accuracy', width: 14 },
        { title: 'Privacy', width: 14 },
        { title: 'Collaboration', width: 14 },
        { title: 'Timeliness', width: 14 },
        { title: 'Clarity', width: 14 },
        { title: 'Proportion', width: 14 },
      ],
      rows: [
        [
          report.scores.overall,
          report.scores.accuracy,
          report.scores.privacy,
          report.scores.collaboration,
          report.scores.timeliness,
          report.scores.clarity,
          report.scores.proportion,
        ].map(String),
      ],
    },
  ]
}

function objectiveBlocks(o: ObjectiveAnalysis, number: number): Block[] {
  const changed = o.suggested !== o.rating
  return [
    heading(2, `Objective ${number}: ${o.text}`),
    fields([
      ['Core capability', o.capability],
      ['Rating', ratingLabel(o.rating)],
      [
        'Suggested rating',
        changed
          ? `${ratingLabel(o.suggested)} (changed by the evaluator)`
          : ratingLabel(o.suggested),
      ],
      ...(o.rating === null
        ? []
        : ([['Meaning', RATING_MEANINGS[o.rating]]] as [string, string][])),
      ...(o.rationale.trim() === ''
        ? []
        : ([['Evaluator’s rationale', o.rationale]] as [string, string][])),
    ]),
    heading(3, 'Strengths'),
    o.strengths.length === 0 ? quiet('None recorded.') : bullets(o.strengths),
    heading(3, 'Areas for Improvement'),
    ...(o.areas.length === 0
      ? [quiet('None recorded.')]
      : o.areas.flatMap((area, at) => areaBlocks(area, `${number}.${at + 1}`))),
    ...(o.observations.length === 0
      ? []
      : [heading(3, 'Evaluator Observations'), bullets(o.observations)]),
  ]
}

function areaBlocks(area: AreaForImprovement, number: string): Block[] {
  return [
    paragraph(bold(`Area for Improvement ${number}: ${area.title}`)),
    paragraph(bold('Analysis: '), area.analysis),
    paragraph(
      bold('Root cause: '),
      area.rootCause === undefined
        ? 'to be determined by the planning team'
        : `${area.rootCause} — ${rootCauseMeaning(area.rootCause)}`,
    ),
    ...(area.evidence === undefined ? [] : [paragraph(bold('Evidence: '), area.evidence)]),
  ]
}

function isEmpty(general: AfterActionReport['general']): boolean {
  return general.strengths.length + general.areas.length + general.observations.length === 0
}

function generalBlocks({ general }: AfterActionReport): Block[] {
  return [
    heading(2, 'Across the Exercise'),
    quiet(
      'What no single objective claims: strengths the log shows, flags tied to no objective, the hot wash and general observations.',
    ),
    heading(3, 'Strengths'),
    general.strengths.length === 0 ? quiet('None recorded.') : bullets(general.strengths),
    heading(3, 'Areas for Improvement'),
    ...(general.areas.length === 0
      ? [quiet('None recorded.')]
      : general.areas.flatMap((area, at) => areaBlocks(area, `G.${at + 1}`))),
    ...(general.observations.length === 0
      ? []
      : [heading(3, 'Evaluator Observations'), bullets(general.observations)]),
  ]
}

function improvementPlan(report: AfterActionReport): Block[] {
  return [
    heading(1, AAR_SECTIONS[2]),
    quiet(
      'One corrective action per row, each with one responsible organization, a point of contact, and start and completion dates.',
    ),
    {
      kind: 'table',
      columns: [
        // Wide enough that a date and the headers' longest words never break mid-word.
        { title: 'Issue / area for improvement', width: 20 },
        { title: 'Corrective action', width: 22 },
        { title: 'Core capability', width: 12 },
        { title: 'Primary responsible organization', width: 13 },
        { title: 'Point of contact', width: 9 },
        { title: 'Start date', width: 12 },
        { title: 'Completion date', width: 12 },
      ],
      rows: report.plan.map((row) => [
        row.rootCause === undefined ? row.issue : `${row.issue} (root cause: ${row.rootCause})`,
        row.action,
        row.capability,
        row.organization,
        row.contact,
        row.start,
        row.completion,
      ]),
      ...(report.plan.length === 0 ? { blankRows: 3 } : {}),
    },
  ]
}

function participants(report: AfterActionReport): Block[] {
  return [
    heading(1, AAR_SECTIONS[3]),
    report.participants.length === 0
      ? quiet('No participants were recorded.')
      : {
          kind: 'table',
          columns: [
            { title: 'Name', width: 34 },
            { title: 'Organization', width: 38 },
            { title: 'Role in the exercise', width: 28 },
          ],
          rows: report.participants.map((p) => [p.name, p.organization, p.role]),
        },
  ]
}

function feedback({ feedback }: AfterActionReport): Block[] {
  const table = (lines: readonly AgreementLine[]): Block => ({
    kind: 'table',
    columns: [
      { title: 'Statement', width: 70 },
      { title: 'Mean (1–5)', width: 15 },
      { title: 'Answers', width: 15 },
    ],
    rows: lines.map((l) => [
      l.text,
      l.mean === undefined ? '—' : l.mean.toFixed(1),
      String(l.answers),
    ]),
  })
  const head = heading(1, AAR_SECTIONS[4])
  if (feedback.responses === 0) return [head, quiet('No participant feedback forms were entered.')]
  return [
    head,
    paragraph(
      `${feedback.responses} participant${feedback.responses === 1 ? '' : 's'} returned the feedback form. Agreement from 1 (strongly disagree) to 5 (strongly agree).`,
    ),
    heading(2, 'Exercise Design and Conduct'),
    table(feedback.conduct),
    heading(2, 'Objectives'),
    table(feedback.objectives),
    ...feedback.answers.flatMap((a) =>
      a.answers.length === 0 ? [] : [heading(3, a.question), bullets(a.answers)],
    ),
  ]
}
