/**
 * Exercise Evaluation Guides (HSEEP, docs/hseep.md): one per objective, for the evaluators
 * at the table. Each names the core capability, the objective as its capability target,
 * the critical tasks, and leaves room for observations and a rating. Evaluators observe
 * and record; they never prompt players, so this document is never handed to them.
 */
import { indexScenario } from '../scenario/scenario-index'
import type { Scenario } from '../scenario/schema'
import { capabilityLabel } from './capability'
import { criticalTasks } from './critical-tasks'
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
import { RATING_MEANINGS, RATINGS, ratingName } from './ratings'

export function eegDocument(scenario: Scenario, date = ''): HseepDocument {
  const index = indexScenario(scenario)
  const guides = scenario.objectives.flatMap((objective, at): Block[] => {
    const capability = capabilityLabel(objective.capability)
    const tasks = criticalTasks(index, objective.id)
    return [
      ...(at > 0 ? [PAGE_BREAK] : []),
      heading(1, `Objective ${at + 1}: ${objective.text}`),
      fields([
        ['Core capability', capability],
        ['Capability target', objective.text],
        ['Exercise', scenario.title],
        ['Date', date === '' ? '' : date],
        ['Evaluator', ''],
      ]),
      heading(2, 'Critical tasks'),
      tasks.length === 0
        ? quiet('The scenario ties no expectation or fact to this objective: observe and note.')
        : bullets(tasks),
      heading(2, 'Observations'),
      quiet('Times, who did what, what was said. Record; do not prompt the players.'),
      {
        kind: 'table',
        columns: [
          { title: 'Time', width: 12 },
          { title: 'Observation', width: 68 },
          { title: 'Task', width: 20 },
        ],
        rows: [],
        blankRows: 8,
      },
      heading(2, 'Rating'),
      {
        kind: 'table',
        columns: [
          { title: 'Rating', width: 30 },
          { title: 'Meaning', width: 60 },
          { title: 'Mark', width: 10 },
        ],
        rows: RATINGS.map((r) => [`${r} — ${ratingName(r)}`, RATING_MEANINGS[r], '☐']),
      },
      paragraph(bold('Rationale: ')),
      { kind: 'lines', count: 4 },
    ]
  })
  return {
    title: 'Exercise Evaluation Guide',
    exercise: scenario.title,
    subtitle: date === '' ? 'For evaluators' : `For evaluators — ${date}`,
    footer: 'Exercise Evaluation Guide — for evaluators only',
    blocks:
      guides.length > 0
        ? guides
        : [quiet('This scenario lists no objectives; add them to evaluate the exercise.')],
  }
}
