/**
 * unclear-message (DESIGN.md, "Scoring"): a share of a safety fact whose message lacks
 * any of goal, urgency, known, ask (no message at all lacks all four). Low; one flag per
 * share and fact, naming what is missing.
 */
import { toClock } from '../scenario/clock'
import type { Message } from '../scenario/schema'
import type { AppliedShare, Replay } from '../exercise/replay-types'
import { BASIS } from './basis'
import { distinct } from './distinct'
import type { Flag } from './flag'
import { factText, listOf, roleTitle, roleTitles } from './words'

export const MESSAGE_PARTS = ['goal', 'urgency', 'known', 'ask'] as const
export type MessagePart = (typeof MESSAGE_PARTS)[number]

const PART_WORDS: Readonly<Record<MessagePart, string>> = {
  goal: 'the goal',
  urgency: 'the urgency',
  known: 'what is known',
  ask: 'the ask',
}

/** The parts a message leaves out; blank text counts as missing. */
export function missingParts(message: Message | undefined): MessagePart[] {
  return MESSAGE_PARTS.filter((part) => (message?.[part] ?? '').trim() === '')
}

export function unclearMessage(replay: Replay): Flag[] {
  return replay.applied.flatMap((event) =>
    event.type === 'share' ? shareFlags(replay, event) : [],
  )
}

function shareFlags(replay: Replay, share: AppliedShare): Flag[] {
  const { index } = replay
  const missing = missingParts(share.message)
  if (missing.length === 0) return []
  const to = distinct(share.to)
  return distinct(share.facts).flatMap((id) => {
    if (index.facts.get(id)?.safety !== true) return []
    const flag: Flag = {
      rule: 'unclear-message',
      severity: 'low',
      role: share.from,
      event: share.index,
      at: toClock(share.at),
      fact: id,
      to: [...to],
      explanation: `${roleTitle(index, share.from)} told ${roleTitles(index, to)} ${factText(index, id)} without ${listOf(missing.map((part) => PART_WORDS[part]))}. Missing: ${missing.join(', ')}.`,
      basis: BASIS.C2,
    }
    return [flag]
  })
}
