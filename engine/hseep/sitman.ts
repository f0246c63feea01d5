/**
 * The Situation Manual (HSEEP, docs/hseep.md): what players read before and during play —
 * the overview, the objectives, their roles and briefings, and the modules with what the
 * room sees and the key questions. It never carries what would give the answers away: no
 * facilitator notes, expectations, option labels or teaching points, no facts a role learns
 * privately, no library summary (written for trainers), and no inject that only some paths
 * reach (its existence tells players which choice leads where).
 */
import type { Inject, Material, Scenario } from '../scenario/schema'
import { pathsReport } from '../studio/paths'
import { capabilityLabel } from './capability'
import {
  bold,
  bullets,
  fields,
  heading,
  paragraph,
  quiet,
  type Block,
  type HseepDocument,
} from './document'

const GUIDELINES = [
  'This is an open, low-stress, no-fault environment. Varying viewpoints, even disagreements, are expected.',
  'Respond on the basis of your knowledge of current plans and capabilities (what you would really do) and of the information the facilitator gives you.',
  'Decisions are not precedent-setting and may not reflect your organization’s final position on an issue.',
  'Say out loud whom you would tell, what you would say and how fast: that is what the exercise is about.',
  'Evaluators observe and take notes; they will not prompt you.',
]

const MATERIAL_NAMES: Readonly<Record<Material['kind'], string>> = {
  'social-post': 'Social media post',
  'text-message': 'Text message',
  email: 'Email',
  'phone-call': 'Phone call',
  news: 'News',
  document: 'Document',
  image: 'Image',
}

export function sitmanDocument(scenario: Scenario, date = ''): HseepDocument {
  const modules = sharedInjects(scenario)
  return {
    title: 'Situation Manual',
    exercise: scenario.title,
    subtitle: date === '' ? 'Tabletop exercise' : `Tabletop exercise — ${date}`,
    footer: 'Situation Manual — for players',
    blocks: [
      ...overview(scenario, date),
      ...objectives(scenario),
      ...roles(scenario),
      heading(1, 'Exercise Guidelines'),
      bullets(GUIDELINES),
      heading(1, 'Modules'),
      ...modules.flatMap((inject, at) => moduleBlocks(scenario, inject, at + 1)),
      ...(modules.length < scenario.injects.length
        ? [
            quiet(
              'Further situation updates depend on the decisions at the table; the facilitator presents them as play reaches them.',
            ),
          ]
        : []),
    ],
  }
}

function overview(scenario: Scenario, date: string): Block[] {
  const rows: [string, string][] = [
    ['Exercise name', scenario.title],
    ['Exercise type', 'Tabletop exercise (a facilitated discussion of a scripted scenario)'],
    ['Scenario start', scenario.start],
  ]
  if (date !== '') rows.splice(1, 0, ['Date', date])
  if (scenario.duration !== undefined) rows.push(['Duration', `about ${scenario.duration} minutes`])
  if (scenario.author !== undefined) rows.push(['Prepared by', scenario.author])
  return [heading(1, 'Exercise Overview'), fields(rows)]
}

function objectives(scenario: Scenario): Block[] {
  if (scenario.objectives.length === 0) return []
  return [
    heading(1, 'Objectives and Core Capabilities'),
    bullets(
      scenario.objectives.map((o) => {
        return o.capability === undefined ? o.text : `${o.text} (${capabilityLabel(o.capability)})`
      }),
    ),
  ]
}

function roles(scenario: Scenario): Block[] {
  const players = scenario.roles.filter((r) => r.player)
  const contacts = scenario.roles.filter((r) => !r.player)
  return [
    heading(1, 'Participant Roles and Briefings'),
    ...players.flatMap((role) => [
      heading(2, role.title),
      role.briefing === undefined ? quiet('No briefing.') : paragraph(role.briefing.trim()),
    ]),
    ...(contacts.length === 0
      ? []
      : [
          heading(2, 'Others in play'),
          quiet('Played by the facilitator: people and audiences you may contact.'),
          bullets(contacts.map((r) => r.title)),
        ]),
  ]
}

function moduleBlocks(scenario: Scenario, inject: Inject, number: number): Block[] {
  const titles = new Map(scenario.roles.map((r) => [r.id, r.title]))
  const questions = (inject.decisions ?? []).map(
    (d) => `${titles.get(d.role) ?? d.role}: ${d.prompt}`,
  )
  return [
    heading(2, `Module ${number}: ${inject.title}`),
    paragraph(bold('Time: '), inject.at),
    ...(inject.narrative === undefined ? [] : [paragraph(inject.narrative.trim())]),
    ...(inject.materials ?? []).map((m) =>
      paragraph(
        bold(`${MATERIAL_NAMES[m.kind]}${m.from === undefined ? '' : ` — ${m.from}`}: `),
        m.text ?? '',
      ),
    ),
    ...(questions.length === 0 ? [] : [heading(3, 'Key questions'), bullets(questions)]),
  ]
}

/**
 * The injects every path goes through, in the scenario's order. If the paths cannot all be
 * listed (a very branchy scenario), only the first inject: safe rather than telling.
 */
export function sharedInjects(scenario: Scenario): Inject[] {
  const report = pathsReport(scenario)
  const first = scenario.injects[0]
  if (report.capped || report.paths.length === 0) return first === undefined ? [] : [first]
  const onEvery = report.paths
    .map((path) => new Set(path.steps.map((step) => step.inject)))
    .reduce((shared, next) => new Set([...shared].filter((id) => next.has(id))))
  return scenario.injects.filter((inject) => onEvery.has(inject.id))
}
