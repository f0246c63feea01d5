/**
 * The After-Action Report/Improvement Plan (HSEEP, docs/hseep.md) of one played exercise,
 * as data: the overview, the analysis of each objective (core capability, suggested and
 * final rating, strengths, areas for improvement with their root cause and the evidence
 * from the log, the evaluators' observations), Appendix A's improvement plan, the
 * participants and the feedback summary. `aar-document.ts` lays it out.
 */
import { RULE_TITLES } from '../debrief/names'
import type { Debrief, DebriefObjective } from '../debrief/schema'
import type { Log, ObserveEvent } from '../exercise/log'
import type { Replay } from '../exercise/replay-types'
import { toClock } from '../scenario/clock'
import type { Id } from '../scenario/schema'
import { judgeExpectations, type ExpectationOutcome } from '../scoring/expectations'
import type { Flag, Scores } from '../scoring/flag'
import { capabilityLabel } from './capability'
import { expectationTask } from './critical-tasks'
import type { Evaluation, Participant, PlanRow, RootCause } from './evaluation'
import { summarizeFeedback, type FeedbackSummary } from './feedback-summary'
import { planOf } from './plan'
import type { Rating } from './ratings'
import { rootCauseOf, ruleHeadline } from './root-cause'

export interface AreaForImprovement {
  readonly title: string
  readonly analysis: string
  /** Absent for a hot-wash item nobody has analysed yet. */
  readonly rootCause?: RootCause
  /** Where the log shows it: time, event and the rule's basis. */
  readonly evidence?: string
  /** The flag's index in the debrief, for a flagged area. */
  readonly flag?: number
}

export interface Analysis {
  readonly strengths: readonly string[]
  readonly areas: readonly AreaForImprovement[]
  /** Evaluators' observations, "07:40 — text (by)". */
  readonly observations: readonly string[]
}

export interface ObjectiveAnalysis extends Analysis {
  readonly id: Id
  readonly text: string
  readonly capability: string
  readonly suggested: Rating | null
  /** The evaluator's rating; the suggestion until changed. */
  readonly rating: Rating | null
  readonly rationale: string
}

export interface AfterActionReport {
  readonly exercise: string
  readonly date: string
  readonly overview: readonly (readonly [string, string])[]
  readonly objectives: readonly ObjectiveAnalysis[]
  /** What no objective claims: general strengths, untied flags, hot wash and observations. */
  readonly general: Analysis
  readonly scores: Scores
  readonly plan: readonly PlanRow[]
  readonly participants: readonly Participant[]
  readonly feedback: FeedbackSummary
}

export interface AarInput {
  readonly replay: Replay
  readonly log: Log
  readonly debrief: Debrief
  readonly evaluation: Evaluation
}

export function buildAar({ replay, log, debrief, evaluation }: AarInput): AfterActionReport {
  const { scenario } = replay.index
  const { objectives } = debrief
  const outcomes = judgeExpectations(replay)
  const observations = log.events.filter((e): e is ObserveEvent => e.type === 'observe')
  const tied = new Map(objectives.flatMap((o) => o.flags.map((f) => [f, o.id] as const)))
  const analysed = objectives.map((o) =>
    analyseObjective(o, { replay, debrief, evaluation, outcomes, observations }),
  )
  const { date } = evaluation.details
  return {
    exercise: scenario.title,
    date,
    overview: overview(replay, evaluation, objectives),
    objectives: analysed,
    general: {
      strengths: [
        ...debrief.strengths,
        ...hotwash(evaluation, 'strength', undefined).map((h) => h.text),
      ],
      areas: [
        ...debrief.flags.flatMap((flag, at) => (tied.has(at) ? [] : [flagArea(flag, at)])),
        ...hotwash(evaluation, 'improvement', undefined).map(hotwashArea),
      ],
      observations: observations.filter((o) => o.objective === undefined).map(observation),
    },
    scores: debrief.scores,
    plan: planOf(replay.index, debrief, evaluation),
    participants: evaluation.participants,
    feedback: summarizeFeedback(scenario, evaluation.feedback),
  }
}

interface Context {
  readonly replay: Replay
  readonly debrief: Debrief
  readonly evaluation: Evaluation
  readonly outcomes: readonly ExpectationOutcome[]
  readonly observations: readonly ObserveEvent[]
}

function analyseObjective(objective: DebriefObjective, context: Context): ObjectiveAnalysis {
  const { replay, debrief, evaluation, outcomes, observations } = context
  const final = evaluation.ratings.find((r) => r.objective === objective.id)
  const metInTime = outcomes.flatMap((o) =>
    o.status === 'on-time' && o.expectation.objective === objective.id
      ? [`${expectationTask(replay.index, o.expectation)} Done at ${toClock(o.metAt)}.`]
      : [],
  )
  return {
    id: objective.id,
    text: objective.text,
    capability: capabilityLabel(objective.capability),
    suggested: objective.suggested,
    rating: final?.rating ?? objective.rating,
    rationale: final?.rationale ?? objective.note,
    strengths: [...metInTime, ...hotwash(evaluation, 'strength', objective.id).map((h) => h.text)],
    areas: [
      ...objective.flags.flatMap((at) => {
        const flag = debrief.flags[at]
        return flag === undefined ? [] : [flagArea(flag, at)]
      }),
      ...hotwash(evaluation, 'improvement', objective.id).map(hotwashArea),
    ],
    observations: observations.filter((o) => o.objective === objective.id).map(observation),
  }
}

function flagArea(flag: Flag, at: number): AreaForImprovement {
  const where =
    flag.event === undefined
      ? `nothing in the log by ${flag.at}`
      : `${flag.at}, log event ${flag.event + 1}`
  return {
    title: `${ruleHeadline(flag.rule)} (${flag.severity})`,
    analysis: flag.explanation,
    rootCause: rootCauseOf(flag.rule),
    evidence: `${where}; flag ${at + 1} (${RULE_TITLES[flag.rule].toLowerCase()}); basis: ${flag.basis}`,
    flag: at,
  }
}

function hotwashArea(item: { text: string }): AreaForImprovement {
  return { title: 'Raised in the hot wash', analysis: item.text }
}

function hotwash(
  evaluation: Evaluation,
  kind: 'strength' | 'improvement',
  objective: Id | undefined,
) {
  return evaluation.hotwash.filter((h) => h.kind === kind && h.objective === objective)
}

function observation(event: ObserveEvent): string {
  return `${event.t} — ${event.text}${event.by === undefined ? '' : ` (${event.by})`}`
}

function overview(
  replay: Replay,
  evaluation: Evaluation,
  objectives: readonly DebriefObjective[],
): [string, string][] {
  const { scenario } = replay.index
  const { details, participants } = evaluation
  const capabilities = [
    ...new Set(
      scenario.objectives.flatMap((o) => {
        return o.capability === undefined ? [] : [capabilityLabel(o.capability)]
      }),
    ),
  ]
  const organizations = [...new Set(participants.map((p) => p.organization).filter(Boolean))]
  const players = scenario.roles.filter((r) => r.player).map((r) => r.title)
  const or = (text: string, fallback: string): string => (text.trim() === '' ? fallback : text)
  return [
    ['Exercise name', scenario.title],
    ['Exercise date', or(details.date, 'Not recorded')],
    [
      'Scope',
      `A tabletop exercise${scenario.duration === undefined ? '' : ` of about ${scenario.duration} minutes`}, played in Need to Know${details.location.trim() === '' ? '' : ` at ${details.location}`}.`,
    ],
    ['Mission areas', or(details.missionAreas, 'Not recorded')],
    ['Core capabilities', capabilities.length === 0 ? 'Not mapped' : capabilities.join('; ')],
    ['Objectives', objectives.map((o, at) => `${at + 1}. ${o.text}`).join('\n')],
    ['Threat or hazard', threatOf(replay)],
    ['Scenario', scenario.summary?.trim() ?? scenario.title],
    ['Sponsor', or(details.sponsor, 'Not recorded')],
    [
      'Participating organizations',
      organizations.length > 0 ? organizations.join('; ') : `Roles played: ${players.join(', ')}`,
    ],
    ['Point of contact', or(details.contact, 'Not recorded')],
  ]
}

const THREAT_WORDS = ['no threat', 'a concern', 'a credible threat', 'an imminent threat'] as const

function threatOf(replay: Replay): string {
  const highest = Math.max(0, ...replay.injects.map((entry) => entry.threat))
  return `Reached ${THREAT_WORDS[highest] ?? 'an imminent threat'} (level ${highest} of 3) during play.`
}
