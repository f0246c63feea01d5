/**
 * The room view's steps: one per flag, in the debrief's order (by time), each with what a
 * person needs to discuss it and no ids: the time, the inject in play, who told whom, what
 * was shared (the facts' texts, the words said, the action or option taken), the rule in
 * words, its basis in plain words and the teaching point.
 */
import type { ThreatLevel } from '../scenario/schema'
import { describeFlags, momentOf, type Highlight } from './highlights'
import { factName, roleName, RULE_TITLES, type Names } from './names'
import type { Debrief, TimelineEntry } from './schema'

export interface FlagStep extends Highlight {
  readonly at: string
  /** The inject in play at the flag's moment, with its threat then. */
  readonly inject?: { readonly title: string; readonly threat: ThreatLevel }
  /** Who acted (for a fact that never arrived, who held it), by title. */
  readonly who?: string
  /** To whom, by title. */
  readonly to: readonly string[]
  /** What was shared, said or done: facts by their texts, words as said, actions by label. */
  readonly what: readonly string[]
  /** The rule in words ("Slow escalation"). */
  readonly rule: string
  readonly basis: Basis
}

/** A basis split into its rule ID (when it starts with one) and its plain words. */
export interface Basis {
  readonly id?: string
  readonly words: string
}

export function flagSteps(debrief: Debrief, names: Names): FlagStep[] {
  const { timeline } = debrief
  return describeFlags(debrief).map((highlight) => {
    const { flag } = highlight
    const moment = momentOf(timeline, flag)
    const entries =
      flag.event === undefined ? [] : timeline.filter((e) => 'event' in e && e.event === flag.event)
    const inject = injectAt(timeline, moment)
    const role = flag.role ?? actorOf(entries)
    return {
      ...highlight,
      at: flag.at,
      ...(inject === undefined ? {} : { inject }),
      ...(role === undefined ? {} : { who: roleName(names, role) }),
      to: (flag.to ?? recipientsOf(entries)).map((id) => roleName(names, id)),
      what: whatOf(flag.fact, entries, names),
      rule: RULE_TITLES[flag.rule],
      basis: basisOf(flag.basis),
    }
  })
}

export function basisOf(basis: string): Basis {
  const cited = /^([A-Z]{1,2}\d{1,2})(?:\s+[—-]\s+(.+))?$/s.exec(basis.trim())
  if (cited?.[1] === undefined) return { words: basis }
  return { id: cited[1], words: cited[2] ?? cited[1] }
}

function injectAt(
  timeline: readonly TimelineEntry[],
  moment: number,
): { title: string; threat: ThreatLevel } | undefined {
  for (let i = moment; i >= 0; i--) {
    const entry = timeline[i]
    if (entry?.kind === 'inject') return { title: entry.title, threat: entry.threat }
  }
  return undefined
}

function actorOf(entries: readonly TimelineEntry[]): string | undefined {
  for (const entry of entries) {
    if (entry.kind === 'share' || entry.kind === 'statement') return entry.from
    if (entry.kind === 'action' || entry.kind === 'decision' || entry.kind === 'decline')
      return entry.role
  }
  return undefined
}

function recipientsOf(entries: readonly TimelineEntry[]): readonly string[] {
  const told = entries.find((e) => e.kind === 'share' || e.kind === 'statement')
  return told?.kind === 'share' || told?.kind === 'statement' ? told.to : []
}

/**
 * The flag's own fact when it names one; otherwise what its event did: the words of a
 * statement, the option chosen, the action taken, or the facts shared or declined.
 */
function whatOf(
  fact: string | undefined,
  entries: readonly TimelineEntry[],
  names: Names,
): string[] {
  if (fact !== undefined) return [factName(names, fact)]
  const first = <K extends TimelineEntry['kind']>(kind: K) =>
    entries.find((e): e is Extract<TimelineEntry, { kind: K }> => e.kind === kind)
  const statement = first('statement')
  if (statement !== undefined) return [statement.text]
  const decision = first('decision')
  if (decision !== undefined) return [decision.label]
  const action = first('action')
  if (action !== undefined) return [action.label]
  const shared = first('share') ?? first('decline')
  return shared === undefined ? [] : shared.facts.map((id) => factName(names, id))
}
