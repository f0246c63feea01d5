/**
 * Scoring: every rule over one replay, flags in a deterministic order, and one score per
 * dimension: max(0, 100 - sum of the flag weights), `overall` their rounded mean.
 */
import type { Replay } from '../exercise/replay-types'
import type { Policy } from '../policy/schema'
import { toMinute, type Minute } from '../scenario/clock'
import {
  DIMENSION_OF,
  DIMENSIONS,
  RULES,
  SEVERITY_WEIGHT,
  type Dimension,
  type Flag,
  type Raised,
  type Scores,
} from './flag'
import { overSharing } from './over-sharing'
import { overreaction } from './overreaction'
import { protocolBreach } from './protocol-breach'
import type { JudgeOptions } from './expectations'
import { slowEscalation } from './slow-escalation'
import { speculation } from './speculation'
import { underSharing } from './under-sharing'
import { unclearMessage } from './unclear-message'
import { undocumentedDisclosure } from './undocumented-disclosure'

export interface ScoreResult {
  readonly flags: readonly Flag[]
  readonly scores: Scores
  /** For each flag, in the same order: the expectation and the facts it is about. */
  readonly ties: readonly Omit<Raised, 'flag'>[]
}

export function score(replay: Replay, policy: Policy, options: JudgeOptions = {}): ScoreResult {
  const found = raiseFlags(replay, policy, options)
  const flags = found.map(({ flag }) => flag)
  return { flags, scores: scoresOf(flags), ties: found.map(({ flag: _, ...tie }) => tie) }
}

export function findFlags(replay: Replay, policy: Policy, options: JudgeOptions = {}): Flag[] {
  return raiseFlags(replay, policy, options).map(({ flag }) => flag)
}

/** Every rule's flags with their ties, in the order of `compareFlags`. */
function raiseFlags(replay: Replay, policy: Policy, options: JudgeOptions): Raised[] {
  const found = [
    ...speculation(replay),
    ...overSharing(replay, policy),
    ...underSharing(replay, policy),
    ...slowEscalation(replay, options),
    ...unclearMessage(replay),
    ...overreaction(replay),
    ...undocumentedDisclosure(replay, policy),
    ...protocolBreach(replay),
  ]
  const order = compareFlagsFrom(toMinute(replay.index.scenario.start))
  return found.sort((a, b) => order(a.flag, b.flag))
}

export function scoresOf(flags: readonly Flag[]): Scores {
  const lost: Record<Dimension, number> = {
    accuracy: 0,
    privacy: 0,
    collaboration: 0,
    timeliness: 0,
    clarity: 0,
    proportion: 0,
  }
  for (const flag of flags) lost[DIMENSION_OF[flag.rule]] += SEVERITY_WEIGHT[flag.severity]
  const by = (d: Dimension): number => Math.max(0, 100 - lost[d])
  const sum = DIMENSIONS.reduce((total, d) => total + by(d), 0)
  return {
    overall: Math.round(sum / DIMENSIONS.length),
    accuracy: by('accuracy'),
    privacy: by('privacy'),
    collaboration: by('collaboration'),
    timeliness: by('timeliness'),
    clarity: by('clarity'),
    proportion: by('proportion'),
  }
}

/**
 * By time, then log position (flags about something that never happened come after the
 * events of the same minute), then rule in the order of RULES, then fact, then recipients.
 */
export const compareFlags = compareFlagsFrom(0)

/**
 * The same order, with time counted from `start` (the scenario's clock at its first
 * inject): a deadline past midnight, written "00:05", comes after the evening's "23:58".
 */
export function compareFlagsFrom(start: Minute): (a: Flag, b: Flag) => number {
  const since = (clock: string): Minute => (toMinute(clock) - start + DAY) % DAY
  return (a, b) =>
    since(a.at) - since(b.at) ||
    (a.event ?? Number.MAX_SAFE_INTEGER) - (b.event ?? Number.MAX_SAFE_INTEGER) ||
    RULES.indexOf(a.rule) - RULES.indexOf(b.rule) ||
    compareText(a.fact ?? '', b.fact ?? '') ||
    compareText((a.to ?? []).join(','), (b.to ?? []).join(','))
}

const DAY = 24 * 60

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
