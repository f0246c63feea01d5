/**
 * The debrief's timeline: injects entered, shares, statements, actions, decisions,
 * declines and the end of play, in log order, with each expectation placed at its
 * deadline (expected versus actual). Facilitator notes are left out: they are the
 * facilitator's, not the team's.
 */
import { toClock, type Minute } from '../scenario/clock'
import { minuteOf } from '../exercise/context'
import type { ScenarioIndex } from '../scenario/scenario-index'
import type { AppliedDecide, AppliedEvent, Replay } from '../exercise/replay-types'
import type { ExpectationOutcome } from '../scoring/expectations'
import type { TimelineEntry } from './schema'

interface Timed {
  readonly minute: Minute
  readonly entry: TimelineEntry
}

export function buildTimeline(
  replay: Replay,
  outcomes: readonly ExpectationOutcome[],
): TimelineEntry[] {
  const timed: Timed[] = []
  const first = replay.injects[0]
  if (first !== undefined) timed.push({ minute: first.at, entry: injectEntry(replay, 0) })
  // Which inject each `advance` entered, found once: a search per advance was quadratic.
  const entered = new Map<number, number>()
  replay.injects.forEach((entry, position) => {
    if (entry.index !== undefined) entered.set(entry.index, position)
  })
  for (const event of replay.applied) {
    const entry = entryOf(replay, event, entered)
    // An inject entered by `advance` starts at its own time, which may be later.
    if (entry !== undefined) timed.push({ minute: minuteOf(entry.at), entry })
  }
  for (const outcome of outcomes) {
    if (outcome.status === 'not-applicable') continue
    timed.push({ minute: outcome.due, entry: expectationEntry(replay.index, outcome) })
  }
  // Stable: events keep log order; an expectation comes after the events of its minute.
  return timed.sort((a, b) => a.minute - b.minute).map((t) => t.entry)
}

function injectEntry(replay: Replay, position: number): TimelineEntry {
  const entered = replay.injects[position]
  const id = entered?.inject ?? ''
  return {
    at: toClock(entered?.at ?? 0),
    kind: 'inject',
    id,
    title: replay.index.injects.get(id)?.title ?? id,
    threat: entered?.threat ?? 0,
  }
}

function entryOf(
  replay: Replay,
  event: AppliedEvent,
  entered: ReadonlyMap<number, number>,
): TimelineEntry | undefined {
  const at = toClock(event.at)
  const { index } = replay
  // Object literals written out: spreading a shared base into each entry was most of a long
  // log's debrief.
  switch (event.type) {
    case 'share': {
      const { from, to, facts, label } = event
      return { at, event: event.index, kind: 'share', from, to: [...to], facts: [...facts], label }
    }
    case 'statement': {
      const { from, to, text, certainty } = event
      return { at, event: event.index, kind: 'statement', from, to: [...to], text, certainty }
    }
    case 'act': {
      const { role, action, level } = event
      const label = index.actions.get(action)?.label ?? action
      return { at, event: event.index, kind: 'action', role, action, label, level }
    }
    case 'decide':
      return decisionEntry(index, event)
    case 'decline': {
      const { role, to, facts, reason } = event
      const kind = 'decline'
      return { at, event: event.index, kind, role, to: [...to], facts: [...facts], reason }
    }
    case 'advance': {
      const position = entered.get(event.index)
      if (position !== undefined) return injectEntry(replay, position)
      // Leaving the last inject ends play (FORMAT.md, `end`): the timeline shows the end.
      return replay.end.reason === 'last-inject' && replay.end.index === event.index
        ? { at, kind: 'end' }
        : undefined
    }
    case 'end':
      return { at, kind: 'end' }
    case 'note':
      return undefined
  }
}

/** A decision, with the chosen option's label and its teaching point when it has one. */
function decisionEntry(index: ScenarioIndex, event: AppliedDecide): TimelineEntry {
  const { role, inject, option } = event
  const decisions = index.injects.get(inject)?.decisions ?? []
  const chosen = decisions
    .filter((d) => d.role === role)
    .flatMap((d) => d.options)
    .find((o) => o.id === option)
  return {
    at: toClock(event.at),
    kind: 'decision',
    event: event.index,
    role,
    inject,
    option,
    label: chosen?.label ?? option,
    ...(event.debrief === undefined ? {} : { debrief: event.debrief }),
  }
}

function expectationEntry(
  index: ScenarioIndex,
  outcome: Exclude<ExpectationOutcome, { status: 'not-applicable' }>,
): TimelineEntry {
  return {
    at: toClock(outcome.due),
    kind: 'expectation',
    id: outcome.expectation.id,
    text: describeExpectation(index, outcome),
    start: toClock(outcome.start),
    due: toClock(outcome.due),
    ...(outcome.status === 'on-time' || outcome.status === 'late'
      ? { actual: toClock(outcome.metAt) }
      : {}),
    status: outcome.status,
  }
}

/** "“…” reaches Principal or School counselor within 10 minutes", in plain words. */
export function describeExpectation(index: ScenarioIndex, outcome: ExpectationOutcome): string {
  const { escalate, act, from } = outcome.expectation
  if (escalate !== undefined) {
    const text = index.facts.get(escalate.fact)?.text ?? escalate.fact
    const to = escalate.to.map((r) => index.roles.get(r)?.title ?? r).join(' or ')
    return `“${text}” reaches ${to} within ${escalate.within} minutes of first being known`
  }
  if (act !== undefined) {
    const label = index.actions.get(act.action)?.label ?? act.action
    const since = from === undefined ? 'play begins' : `“${index.injects.get(from)?.title ?? from}”`
    return `“${label}” within ${act.within} minutes of ${since}`
  }
  return outcome.expectation.id
}
