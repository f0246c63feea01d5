/**
 * overreaction (docs/scoring.md): an action more drastic than the threat at that moment:
 * medium when its level is one above the threat, high when two or more. Its basis is T3
 * (classify the threat before acting), or C6 after the crisis: the threat back to 0 or 1
 * after it had been 2 or more.
 */
import { toClock } from '../scenario/clock'
import type { Replay } from '../exercise/replay-types'
import { BASIS } from './basis'
import { raised, type Raised } from './flag'
import { wasCrisisBefore } from './threat'
import { actionLabel, roleTitle } from './words'

const THREAT_WORDS = ['none', 'concern', 'credible', 'imminent'] as const

export function overreaction(replay: Replay): Raised[] {
  const { index } = replay
  return replay.applied.flatMap((event) => {
    if (event.type !== 'act' || event.level <= event.threat) return []
    const afterCrisis = event.threat <= 1 && wasCrisisBefore(replay, event.index)
    const flag = raised({
      rule: 'overreaction',
      severity: event.level - event.threat >= 2 ? 'high' : 'medium',
      role: event.role,
      event: event.index,
      at: toClock(event.at),
      explanation: `${roleTitle(index, event.role)} chose ${actionLabel(index, event.action)} (level ${event.level}) while the threat was ${event.threat} (${THREAT_WORDS[event.threat]})${afterCrisis ? ', after the crisis had passed' : ''}.`,
      basis: afterCrisis ? BASIS.C6 : BASIS.T3,
    })
    return [flag]
  })
}
