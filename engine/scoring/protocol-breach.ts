/**
 * protocol-breach (docs/scoring.md): an `avoid` expectation names an action the scenario's
 * protocol forbids — from its `from` inject on, if given, and only while its `when` holds,
 * if given. Taking it raises a flag with the expectation's severity (default high), its
 * basis and its explanation. A default-catalog level alone never raises it: that is
 * overreaction's business.
 */
import type { AppliedAct, Replay } from '../exercise/replay-types'
import { toClock } from '../scenario/clock'
import type { Expectation } from '../scenario/schema'
import { citedBasis } from './basis'
import type { Raised } from './flag'
import { heldBefore } from './moment'
import { actionLabel, roleTitle } from './words'

export function protocolBreach(replay: Replay): Raised[] {
  const avoids = replay.index.scenario.expectations.filter((e) => e.avoid !== undefined)
  return replay.applied.flatMap((event, position) => {
    if (event.type !== 'act') return []
    return avoids
      .filter((expectation) => forbids(replay, expectation, event, position))
      .map((expectation) => breach(replay, expectation, event))
  })
}

function forbids(
  replay: Replay,
  expectation: Expectation,
  act: AppliedAct,
  position: number,
): boolean {
  if (expectation.avoid?.action !== act.action) return false
  if (expectation.from !== undefined && !enteredBefore(replay, expectation.from, act.index)) {
    return false
  }
  return expectation.when === undefined || heldBefore(replay, expectation.when, position)
}

/** The `from` inject was entered before the act (the first inject is entered as play begins). */
function enteredBefore(replay: Replay, inject: string, index: number): boolean {
  return replay.injects.some((entry) => entry.inject === inject && (entry.index ?? -1) < index)
}

function breach(replay: Replay, expectation: Expectation, act: AppliedAct): Raised {
  const { index } = replay
  const did = `${roleTitle(index, act.role)} chose ${actionLabel(index, act.action)}, which the protocol forbids here.`
  return {
    flag: {
      rule: 'protocol-breach',
      severity: expectation.severity ?? 'high',
      role: act.role,
      event: act.index,
      at: toClock(act.at),
      explanation: expectation.explain === undefined ? did : `${did} ${expectation.explain}`,
      basis: citedBasis(expectation.basis ?? ''),
    },
    expectation: expectation.id,
    facts: [],
  }
}
