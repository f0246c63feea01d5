/**
 * speculation (docs/scoring.md): a share presented as surer than the fact is, or a
 * statement that is a guess or is presented as surer than it is. Unverified information
 * passed on with an honest label is right and never flagged.
 */
import { toClock } from '../scenario/clock'
import { CERTAINTY_RANK, type Certainty, type Fact } from '../scenario/schema'
import type { AppliedShare, AppliedStatement, Replay } from '../exercise/replay-types'
import { BASIS } from './basis'
import { distinct } from './distinct'
import { raised, type Flag, type Raised } from './flag'
import { factText, roleTitle, roleTitles } from './words'

export function speculation(replay: Replay): Raised[] {
  return replay.applied.flatMap((event) => {
    if (event.type === 'share') return overstatedShares(replay, event)
    if (event.type === 'statement') return statementFlags(replay, event)
    return []
  })
}

/** Weak information: presenting it as confirmed is the worst kind of overstatement. */
const WEAK: readonly Certainty[] = ['unverified', 'speculation']

function overstatedShares(replay: Replay, share: AppliedShare): Raised[] {
  const { index } = replay
  const to = distinct(share.to)
  return distinct(share.facts).flatMap((id) => {
    const fact: Fact | undefined = index.facts.get(id)
    if (fact === undefined || !overstates(share.label, fact.certainty)) return []
    const asFact = share.label === 'confirmed' && WEAK.includes(fact.certainty)
    const flag: Flag = {
      rule: 'speculation',
      severity: asFact ? 'high' : 'medium',
      role: share.from,
      event: share.index,
      at: toClock(share.at),
      fact: id,
      to: [...to],
      explanation: `${roleTitle(index, share.from)} passed ${factText(index, id)} to ${roleTitles(index, to)} as ${share.label}, but it is only ${fact.certainty}. Say where it came from and how sure it is.`,
      basis: BASIS.C1,
    }
    return [raised(flag)]
  })
}

function statementFlags(replay: Replay, statement: AppliedStatement): Raised[] {
  const { index } = replay
  const { label, certainty } = statement
  // One flag per statement: an overstated label (high) outweighs a guess (medium).
  const overstated = label !== undefined && overstates(label, certainty)
  if (!overstated && certainty !== 'speculation') return []
  const said = `${roleTitle(index, statement.from)} told ${roleTitles(index, statement.to)} “${statement.text}”`
  const flag: Flag = {
    rule: 'speculation',
    severity: overstated ? 'high' : 'medium',
    role: statement.from,
    event: statement.index,
    at: toClock(statement.at),
    to: distinct(statement.to),
    explanation: overstated
      ? `${said} as ${label}, but it is only ${certainty}. Say how sure it is.`
      : `${said}, a guess rather than something known. Keep what was seen apart from what is inferred.`,
    basis: overstated ? BASIS.C1 : BASIS.T6,
  }
  return [raised(flag)]
}

function overstates(label: Certainty, certainty: Certainty): boolean {
  return CERTAINTY_RANK[label] > CERTAINTY_RANK[certainty]
}
