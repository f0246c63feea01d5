/**
 * unclear-message (docs/scoring.md): a share of one or more safety facts whose message
 * lacks any of goal, urgency, known, ask (no message at all lacks all four; a blank field
 * is missing). Low; one flag per share, naming what is missing and the safety facts
 * concerned. The flag's `fact` is set when exactly one safety fact is concerned.
 */
import { toClock } from '../scenario/clock'
import type { Message } from '../scenario/schema'
import type { AppliedShare, Replay } from '../exercise/replay-types'
import { BASIS } from './basis'
import { distinct } from './distinct'
import type { Raised } from './flag'
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

export function unclearMessage(replay: Replay): Raised[] {
  return replay.applied.flatMap((event) =>
    event.type === 'share' ? shareFlags(replay, event) : [],
  )
}

function shareFlags(replay: Replay, share: AppliedShare): Raised[] {
  const { index } = replay
  const missing = missingParts(share.message)
  if (missing.length === 0) return []
  const safety = distinct(share.facts).filter((id) => index.facts.get(id)?.safety === true)
  const [only, ...others] = safety
  if (only === undefined) return []
  const to = distinct(share.to)
  const facts = listOf(safety.map((id) => factText(index, id)))
  const flag = {
    rule: 'unclear-message' as const,
    severity: 'low' as const,
    role: share.from,
    event: share.index,
    at: toClock(share.at),
    ...(others.length === 0 ? { fact: only } : {}),
    to,
    explanation: `${roleTitle(index, share.from)} told ${roleTitles(index, to)} ${facts} without ${listOf(missing.map((part) => PART_WORDS[part]))}. Missing: ${missing.join(', ')}.`,
    basis: BASIS.C2,
  }
  return [{ flag, facts: safety }]
}
