/**
 * overreaction (DESIGN.md, "Scoring"): an action more drastic than the threat at that
 * moment: medium when its level is one above the threat, high when two or more.
 */
import { toClock } from '../scenario/clock'
import type { Replay } from '../exercise/replay-types'
import { BASIS } from './basis'
import type { Flag } from './flag'
import { actionLabel, roleTitle } from './words'

const THREAT_WORDS = ['none', 'concern', 'credible', 'imminent'] as const

export function overreaction(replay: Replay): Flag[] {
  const { index } = replay
  return replay.applied.flatMap((event) => {
    if (event.type !== 'act' || event.level <= event.threat) return []
    const flag: Flag = {
      rule: 'overreaction',
      severity: event.level - event.threat >= 2 ? 'high' : 'medium',
      role: event.role,
      event: event.index,
      at: toClock(event.at),
      explanation: `${roleTitle(index, event.role)} chose ${actionLabel(index, event.action)} (level ${event.level}) while the threat was ${event.threat} (${THREAT_WORDS[event.threat]}).`,
      basis: event.level >= 3 ? `${BASIS.T3}; ${BASIS.C6}` : BASIS.T3,
    }
    return [flag]
  })
}
