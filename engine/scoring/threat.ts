/** The threat timeline: the level at any moment, from the injects entered during play. */
import type { Minute } from '../scenario/clock'
import type { ThreatLevel } from '../scenario/schema'
import type { Replay } from '../exercise/replay-types'

/** The highest threat level in effect at any moment from `from` to `to` (inclusive). */
export function highestThreat(replay: Replay, from: Minute, to: Minute): ThreatLevel {
  let highest: ThreatLevel = 0
  let current: ThreatLevel = 0
  for (const entry of replay.injects) {
    if (entry.at <= from) {
      current = entry.threat
    } else if (entry.at <= to && entry.threat > highest) {
      highest = entry.threat
    }
  }
  return current > highest ? current : highest
}
