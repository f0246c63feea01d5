/**
 * The flags that matter most in a school crisis, for the room view of the debrief: the
 * three a facilitator should discuss first, each with its teaching point.
 *
 * A critical flag comes first, whatever its rule: the engine keeps that grade for the
 * gravest failures (an identifying fact to a broad audience, an escalation never made while
 * the threat was imminent), and a room that spends its time elsewhere misses them.
 *
 * Below that, the order follows what docs/domain.md says costs most. First, a credible threat that was
 * held back or passed on late (under-sharing, slow-escalation while the threat was 2 or 3,
 * or citing a threat-assessment rule, T1–T6, or a clinician's warning, H2): nearly every
 * averted attack was stopped because someone reported it (§3). Among these, the higher
 * the threat had been by then, the sooner; a late or missing 911 call (T2) before other
 * escalations at the same threat. Then a disclosure that harms someone or a step the
 * protocol forbids (over-sharing, protocol-breach); then information held back when no
 * threat was at stake (the "FERPA forbids it" myth); then speculation; then unclear
 * messages and overreaction; last, a disclosure not recorded (F4). Within a group the more
 * severe flag comes first, then the earlier one (the debrief's own order).
 *
 * Flags of one rule by one role are usually one lesson (the improvement plan groups them
 * so too), and so are flags that one choice caused (its teaching point covers them all):
 * the three are first taken from different lessons, and only then filled in rank order.
 */
import type { Flag } from '../scoring/flag'
import { SEVERITIES } from '../scoring/flag'
import { toMinute } from '../scenario/clock'
import type { ThreatLevel } from '../scenario/schema'
import { lessonOf } from './improvements'
import type { Debrief, TimelineEntry } from './schema'

export interface Highlight {
  /** Position of the flag in the debrief's `flags` (0-based; the reports show #1, #2…). */
  readonly index: number
  readonly flag: Flag
  /** The highest threat the exercise had reached by the flag's moment. */
  readonly threat: ThreatLevel
  /** The authored teaching point of the choice behind the flag, when there is one. */
  readonly teaching?: Teaching
  /** What to take from the flag's rule, in a few words. */
  readonly lesson: string
}

/** An option's teaching point (its `debrief`), with the option it belongs to. */
export interface Teaching {
  readonly text: string
  /** The option's label. */
  readonly choice: string
  /** When it was chosen. */
  readonly at: string
}

/** The `count` flags that matter most, most important first (see the top of this file). */
export function highlights(debrief: Debrief, count = 3): Highlight[] {
  const ranked = describeFlags(debrief)
    .map((highlight) => ({ highlight, rank: rankOf(highlight) }))
    .sort((a, b) => compareRanks(a.rank, b.rank))
    .map(({ highlight }) => highlight)
  const picked: Highlight[] = []
  for (const candidate of ranked) {
    if (picked.length === count) break
    if (!picked.some((p) => sameLesson(p, candidate))) picked.push(candidate)
  }
  for (const candidate of ranked) {
    if (picked.length === count) break
    if (!picked.includes(candidate)) picked.push(candidate)
  }
  return ranked.filter((h) => picked.includes(h))
}

function sameLesson(a: Highlight, b: Highlight): boolean {
  if (a.flag.rule === b.flag.rule && a.flag.role === b.flag.role) return true
  return (
    a.teaching !== undefined &&
    a.teaching.choice === b.teaching?.choice &&
    a.teaching.at === b.teaching.at
  )
}

/** Every flag, in the debrief's order (by time), with its threat and teaching point. */
export function describeFlags(debrief: Debrief): Highlight[] {
  const { timeline } = debrief
  const peaks = peakThreats(timeline)
  return debrief.flags.map((flag, index) => {
    const moment = momentOf(timeline, flag)
    const teaching = teachingOf(timeline, flag, moment)
    return {
      index,
      flag,
      threat: peaks[moment] ?? 0,
      ...(teaching === undefined ? {} : { teaching }),
      lesson: lessonOf(flag.rule),
    }
  })
}

/**
 * The teaching point of the option that raised the flag; for a delay or a withheld fact
 * raised by a later event (or by none), the one of the choice that caused it: the role's
 * latest decision with a teaching point up to the flag's moment ("look first", then a
 * late call).
 */
function teachingOf(
  timeline: readonly TimelineEntry[],
  flag: Flag,
  moment: number,
): Teaching | undefined {
  const decisions = timeline
    .slice(0, moment + 1)
    .filter((e): e is DecisionEntry => e.kind === 'decision' && e.debrief !== undefined)
  const own = decisions.find((e) => e.event === flag.event)
  const delayed = flag.rule === 'slow-escalation' || flag.rule === 'under-sharing'
  const cause = delayed ? decisions.findLast((e) => e.role === flag.role) : undefined
  const chosen = own ?? cause
  return chosen?.debrief === undefined
    ? undefined
    : { text: chosen.debrief, choice: chosen.label, at: chosen.at }
}

type DecisionEntry = Extract<TimelineEntry, { kind: 'decision' }>

/** For each timeline position, the highest threat of the injects entered up to it. */
function peakThreats(timeline: readonly TimelineEntry[]): ThreatLevel[] {
  let peak: ThreatLevel = 0
  return timeline.map((entry) => {
    if (entry.kind === 'inject' && entry.threat > peak) peak = entry.threat
    return peak
  })
}

/**
 * The flag's place in the timeline: the entry of its event, or, for something that never
 * happened, the last entry at or before its minute (a deadline's expectation, the end of
 * play).
 */
export function momentOf(timeline: readonly TimelineEntry[], flag: Flag): number {
  if (flag.event !== undefined) {
    const position = timeline.findIndex((e) => 'event' in e && e.event === flag.event)
    if (position >= 0) return position
  }
  const minutes = playMinutes(timeline)
  const start = minutes[0] ?? 0
  const at = start + ((toMinute(flag.at) - start + DAY) % DAY)
  return Math.max(
    0,
    minutes.findLastIndex((minute) => minute <= at),
  )
}

const DAY = 24 * 60

/**
 * Each entry's minute counted from the start of play: the timeline is in time order, so a
 * clock that goes back has passed midnight (docs/format.md: clocks read as on the wall).
 */
function playMinutes(timeline: readonly TimelineEntry[]): number[] {
  let day = 0
  let last = -1
  return timeline.map((entry) => {
    const minute = toMinute(entry.at)
    if (minute < last) day += DAY
    last = minute
    return minute + day
  })
}

type Rank = readonly number[]

function rankOf({ flag, threat, index }: Highlight): Rank {
  const group = groupOf(flag, threat)
  const threatFirst = group === 0 ? -threat : 0
  const call911First = group === 0 && citesRule(flag, 'T2') ? 0 : 1
  const criticalFirst = flag.severity === 'critical' ? 0 : 1
  return [
    criticalFirst,
    group,
    threatFirst,
    call911First,
    -SEVERITIES.indexOf(flag.severity),
    index,
  ]
}

function groupOf(flag: Flag, threat: ThreatLevel): number {
  switch (flag.rule) {
    case 'under-sharing':
    case 'slow-escalation':
      return threat >= 2 || /^T\d/.test(flag.basis) || citesRule(flag, 'H2') ? 0 : 2
    case 'over-sharing':
    case 'protocol-breach':
      return 1
    case 'speculation':
      return 3
    case 'unclear-message':
    case 'overreaction':
      return 4
    case 'undocumented-disclosure':
      return 5
  }
}

/** A basis starts with its rule ID ("T2 — imminent danger: …", docs/scoring.md). */
function citesRule(flag: Flag, id: string): boolean {
  return flag.basis === id || flag.basis.startsWith(`${id} `)
}

function compareRanks(a: Rank, b: Rank): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0)
    if (difference !== 0) return difference
  }
  return 0
}
