/** The threat timeline: the level at any moment, from the injects entered during play. */
import type { Minute } from '../scenario/clock'
import type { ThreatLevel } from '../scenario/schema'
import type { Replay } from '../exercise/replay-types'

/**
 * The highest threat level in effect at any moment from `from` to `to` (both included):
 * the level in force at `from`, and every inject entered within the span. Several injects
 * entered in one minute each count, so an imminent inject entered and left within a minute
 * is not hidden by the one after it.
 */
export function highestThreat(replay: Replay, from: Minute, to: Minute): ThreatLevel {
  let inForce: ThreatLevel = 0
  let highest: ThreatLevel = 0
  for (const entry of replay.injects) {
    if (entry.at <= from) inForce = entry.threat
    if (entry.at >= from && entry.at <= to && entry.threat > highest) highest = entry.threat
  }
  return inForce > highest ? inForce : highest
}

/**
 * Whether the situation had been credible or imminent (2 or more) before the event at log
 * index `index`: the injects entered before it, the first inject included.
 */
export function wasCrisisBefore(replay: Replay, index: number): boolean {
  return replay.injects.some((entry) => entry.threat >= 2 && (entry.index ?? -1) < index)
}
