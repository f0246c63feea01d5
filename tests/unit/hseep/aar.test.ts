/**
 * The AAR/IP of a flawed log (threat-post, "overcorrected"), read back from its Word file:
 * HSEEP's sections in order, every objective with its suggested and final rating, every flag
 * with its evidence, the evaluators' observations, the hot wash, the improvement plan in
 * Appendix A and the feedback summary.
 */
import { RULE_TITLES } from '../../../engine/debrief/names'
import { describe, expect, it } from 'vitest'
import { buildDebrief } from '../../../engine/debrief'
import type { Log } from '../../../engine/exercise/log'
import { replay } from '../../../engine/exercise/replay'
import {
  AAR_SECTIONS,
  aarDocument,
  buildAar,
  emptyEvaluation,
  ratingLabel,
  renderDocx,
  type AfterActionReport,
} from '../../../engine/hseep'
import type { Evaluation } from '../../../engine/hseep'
import { DEFAULT_POLICY } from '../../../engine/policy'
import { score } from '../../../engine/scoring'
import {
  docxOrientations,
  docxParagraphs,
  fullText,
  headingsOf,
  shippedScenarios,
} from './read-back'

const threatPost = shippedScenarios().find((s) => s.id === 'threat-post')
if (threatPost === undefined) throw new Error('threat-post is shipped')
const { scenario } = threatPost
const flawed = threatPost.logs.get('overcorrected') as Log
const [first, second] = scenario.objectives as [{ id: string; text: string }, { id: string }]

/** The flawed log with two observations added after its first event. */
function observedLog(): Log {
  const [head, ...rest] = flawed.events
  if (head?.t === undefined) throw new Error('the log starts with a timed event')
  return {
    ...flawed,
    events: [
      head,
      {
        type: 'observe',
        t: head.t,
        text: 'The coach forwarded the post to the parents list at once',
        objective: first.id,
        by: 'Evaluator Ruiz',
      },
      { type: 'observe', t: head.t, text: 'Nobody at the table asked who owns the account' },
      ...rest,
    ],
  }
}

function evaluation(): Evaluation {
  return {
    ...emptyEvaluation(scenario.id, '2026-12-01'),
    details: {
      date: '2026-12-01',
      location: 'Cedar Hollow High, library',
      sponsor: 'Riverbend School District',
      contact: 'Dana Okafor, safety coordinator',
      missionAreas: 'Prevention; Response',
    },
    participants: [{ name: 'Sam Lee', organization: 'Cedar Hollow High', role: 'Principal' }],
    ratings: [
      {
        objective: first.id,
        rating: 'U',
        rationale: 'The post went to 600 parents before anyone assessed it.',
      },
    ],
    hotwash: [
      {
        id: 'h1',
        kind: 'strength',
        text: 'The SRO called back within minutes',
        objective: second.id,
      },
      { id: 'h2', kind: 'improvement', text: 'Nobody knew the tip line number by heart' },
    ],
    feedback: [
      {
        id: 'f1',
        conduct: { realism: 5, structure: 4 },
        objectives: { [first.id]: 3 },
        answers: { issues: 'Who calls the SRO at night' },
      },
      { id: 'f2', conduct: { realism: 4 }, objectives: {}, answers: {} },
    ],
  }
}

async function report(): Promise<{
  aar: AfterActionReport
  text: string
  paragraphs: Awaited<ReturnType<typeof docxParagraphs>>
  debrief: ReturnType<typeof buildDebrief>
}> {
  const log = observedLog()
  const played = replay(scenario, log)
  if (!played.ok) throw new Error(played.error.message)
  const debrief = buildDebrief(played.replay, DEFAULT_POLICY, score(played.replay, DEFAULT_POLICY))
  const aar = buildAar({ replay: played.replay, log, debrief, evaluation: evaluation() })
  const paragraphs = await docxParagraphs(await renderDocx(aarDocument(aar)))
  return { aar, text: fullText(paragraphs), paragraphs, debrief }
}

describe('the AAR/IP of a flawed log', () => {
  it('has HSEEP’s sections in order, one analysis per objective', async () => {
    const { paragraphs } = await report()
    expect(headingsOf(paragraphs, 1)).toEqual([...AAR_SECTIONS])
    const objectives = headingsOf(paragraphs, 2).filter((h) => h.startsWith('Objective '))
    expect(objectives).toEqual(scenario.objectives.map((o, at) => `Objective ${at + 1}: ${o.text}`))
  })

  it('shows each objective’s suggested rating and the evaluator’s, with the rationale', async () => {
    const { aar, text, debrief } = await report()
    const suggested = debrief.objectives
    for (const [at, objective] of aar.objectives.entries()) {
      expect(objective.suggested).toBe(suggested[at]?.suggested ?? null)
      expect(text).toContain(ratingLabel(objective.suggested))
    }
    // A flawed log: the engine suggests challenges somewhere, and ties flags to objectives.
    expect(aar.objectives.some((o) => o.suggested === 'M' || o.suggested === 'U')).toBe(true)
    expect(aar.objectives.some((o) => o.areas.some((a) => a.flag !== undefined))).toBe(true)
    expect(aar.objectives[0]?.rating).toBe('U')
    expect(text).toContain('U — Unable to be performed')
    expect(text).toContain('The post went to 600 parents before anyone assessed it.')
  })

  it('lists every flag as an area for improvement, with its root cause and its evidence in the log', async () => {
    const { aar, text, debrief } = await report()
    expect(debrief.flags.length).toBeGreaterThan(3)
    const areas = [...aar.objectives.flatMap((o) => o.areas), ...aar.general.areas]
    for (const [at, flag] of debrief.flags.entries()) {
      const area = areas.find((a) => a.flag === at)
      expect(area?.analysis).toBe(flag.explanation)
      expect(text).toContain(flag.explanation)
      const where =
        flag.event === undefined
          ? `nothing in the log by ${flag.at}`
          : `${flag.at}, log event ${flag.event + 1}`
      // The rule in words, as a reader of the report knows it, never its id.
      expect(text).toContain(`${where}; flag ${at + 1} (${RULE_TITLES[flag.rule].toLowerCase()})`)
    }
    expect(text).toMatch(/Root cause: knowledge — /)
    expect(text).toMatch(/Root cause: communication — /)
  })

  it('quotes the evaluators’ observations and the hot wash where they belong', async () => {
    const { aar, text } = await report()
    expect(aar.objectives[0]?.observations).toEqual([
      `${flawed.events[0]?.t ?? ''} — The coach forwarded the post to the parents list at once (Evaluator Ruiz)`,
    ])
    expect(aar.general.observations).toEqual([
      `${flawed.events[0]?.t ?? ''} — Nobody at the table asked who owns the account`,
    ])
    expect(aar.objectives[1]?.strengths).toContain('The SRO called back within minutes')
    expect(text).toContain('Nobody knew the tip line number by heart')
  })

  it('prefills Appendix A with a corrective action per flagged practice and one per hot-wash issue', async () => {
    const { aar, paragraphs, debrief } = await report()
    const appendix = paragraphs.findIndex((p) => p.text === AAR_SECTIONS[2])
    const after = fullText(
      paragraphs.slice(
        appendix,
        paragraphs.findIndex((p) => p.text === AAR_SECTIONS[3]),
      ),
    )
    for (const item of debrief.plan) expect(after).toContain(item.action)
    const hotwashRow = aar.plan.find(
      (row) => row.issue === 'Nobody knew the tip line number by heart',
    )
    expect(hotwashRow).toMatchObject({ action: '', start: '2026-12-01' })
    // A critical flag's action is due within 7 days of the exercise.
    expect(aar.plan.some((row) => row.completion === '2026-12-08')).toBe(true)
    for (const title of [
      'Corrective action',
      'Core capability',
      'Primary responsible organization',
      'Point of contact',
      'Start date',
      'Completion date',
    ]) {
      expect(after).toContain(title)
    }
  })

  it('summarizes the feedback and lists the participants', async () => {
    const { aar, text } = await report()
    expect(aar.feedback.responses).toBe(2)
    expect(
      aar.feedback.conduct.find((l) => l.text.startsWith('The exercise scenario was plausible')),
    ).toMatchObject({ mean: 4.5, answers: 2 })
    expect(text).toContain('Who calls the SRO at night')
    expect(text).toContain('Sam Lee')
    expect(text).toContain('Riverbend School District')
  })

  it('prints the improvement plan matrix on landscape pages, the rest in portrait', async () => {
    const { aar } = await report()
    expect(await docxOrientations(await renderDocx(aarDocument(aar)))).toEqual([
      'portrait',
      'landscape',
      'portrait',
    ])
  })

  it('uses an edited plan as it is, instead of the prefill', () => {
    const log = observedLog()
    const played = replay(scenario, log)
    if (!played.ok) throw new Error(played.error.message)
    const debrief = buildDebrief(
      played.replay,
      DEFAULT_POLICY,
      score(played.replay, DEFAULT_POLICY),
    )
    const row = {
      id: 'r1',
      issue: 'Night calls',
      action: 'Publish the night phone tree',
      capability: 'Operational Coordination',
      organization: 'District office',
      contact: 'D. Okafor',
      start: '2026-12-02',
      completion: '2027-01-15',
    } as const
    const aar = buildAar({
      replay: played.replay,
      log,
      debrief,
      evaluation: { ...evaluation(), plan: [row] },
    })
    expect(aar.plan).toEqual([row])
  })
})
