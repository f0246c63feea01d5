/**
 * Information flow: one entry per share per recipient (who told whom what), marked when a
 * flag concerns that share and recipient: the flag names the share's event, one of its
 * facts (or no fact) and that recipient (or no recipients).
 */
import { toClock } from '../scenario/clock'
import type { AppliedShare, Replay } from '../exercise/replay-types'
import { distinct } from '../scoring/distinct'
import type { Flag } from '../scoring/flag'
import type { FlowEntry } from './schema'

export function buildFlow(replay: Replay, flags: readonly Flag[]): FlowEntry[] {
  // Each share asks only the flags of its own event: asking all of them made a long log's
  // debrief quadratic (shares x flags).
  const byEvent = new Map<number, Flag[]>()
  for (const flag of flags) {
    if (flag.event === undefined) continue
    const same = byEvent.get(flag.event)
    if (same === undefined) byEvent.set(flag.event, [flag])
    else same.push(flag)
  }
  return replay.applied.flatMap((event) => {
    if (event.type !== 'share') return []
    const concerning = byEvent.get(event.index) ?? []
    return distinct(event.to).map((to) => ({
      at: toClock(event.at),
      from: event.from,
      to,
      facts: distinct(event.facts),
      flagged: concerning.some((flag) => concerns(flag, event, to)),
    }))
  })
}

export function concerns(flag: Flag, share: AppliedShare, to: string): boolean {
  return (
    flag.event === share.index &&
    (flag.fact === undefined || share.facts.includes(flag.fact)) &&
    (flag.to === undefined || flag.to.includes(to))
  )
}
