/**
 * Every rule of the log format (docs/format.md, Part 2) has one bad log here, and the exact
 * message a facilitator sees.
 */
import { describe, expect, it } from 'vitest'
import { replay } from '../../../engine/exercise/replay'
import type { ReplayError } from '../../../engine/exercise/replay-types'
import { badLog, drill, lockerNote } from './fixtures'

const cases: Record<string, ReplayError> = {
  'time-backwards': {
    index: 3,
    field: 't',
    message: 'event 3: 07:37 is earlier than the clock (07:38); time never runs backwards',
  },
  'before-inject': {
    index: 6,
    field: 't',
    message:
      'event 6: 07:48 is earlier than the clock (07:50); time never runs backwards (the current inject "team" is due at 07:50; no event comes before it)',
  },
  'share-unknown-to-sharer': {
    index: 1,
    field: 'facts[0]',
    message:
      'event 1: counselor does not know fact "counseling-history" yet (it is revealed to counselor at 07:50)',
  },
  'decline-unknown-to-role': {
    index: 6,
    field: 'facts[0]',
    message:
      'event 6: sro does not know fact "counseling-history" yet (no inject reveals it to sro; someone who knows it must share it first)',
  },
  'contact-acts': {
    index: 3,
    field: 'role',
    message: 'event 3: k-parent is a contact, not a player (player: false); only players act',
  },
  'contact-states': {
    index: 2,
    field: 'from',
    message:
      'event 2: all-parents is a contact, not a player (player: false); only players make statements',
  },
  'unknown-role': {
    index: 1,
    field: 'to[1]',
    message: 'event 1: "janitor" is not a role in this scenario',
  },
  'unknown-fact': {
    index: 1,
    field: 'facts[1]',
    message: 'event 1: "locker-combo" is not a fact in this scenario',
  },
  'unknown-action': {
    index: 3,
    field: 'action',
    message: `event 3: "call-swat" is not an action in this scenario's catalog`,
  },
  'unknown-inject': {
    index: 0,
    field: 'inject',
    message: 'event 0: "lunch" is not an inject in this scenario',
  },
  'unknown-option': {
    index: 0,
    field: 'option',
    message: 'event 0: inject "found" has no option "burn-it" for custodian to choose',
  },
  'decide-not-current': {
    index: 6,
    field: 'inject',
    message:
      'event 6: inject "found" is not current (the current inject is "team"); a decision is taken only while its inject is current',
  },
  'decide-twice': {
    index: 1,
    field: 'option',
    message:
      'event 1: custodian already decided at inject "found" (chose "to-principal" at event 0); a decision is taken only once',
  },
  'after-end': {
    index: 9,
    message: 'event 9: play ended at 08:20 (event 8); nothing follows the end',
  },
  'after-last-inject': {
    index: 9,
    message:
      'event 9: play ended at 08:10 when the last inject "sro-informed" was left; nothing follows the end',
  },
  'wrong-scenario': {
    index: -1,
    field: 'scenario',
    message: 'the log is for scenario "fire-drill", not "locker-note"',
  },
}

describe('replay rejects a log that breaks a rule, naming the event', () => {
  for (const [name, error] of Object.entries(cases)) {
    it(name, () => {
      expect(replay(lockerNote(), badLog(name))).toEqual({ ok: false, error })
    })
  }

  it('names the option when an option event breaks a rule', () => {
    expect(replay(drill(), badLog('option-unknown-fact'))).toEqual({
      ok: false,
      error: {
        index: 0,
        field: 'option',
        message:
          'event 0 (option "warn-nurse" chosen by teacher): teacher does not know fact "asthma" yet (no inject reveals it to teacher; someone who knows it must share it first)',
      },
    })
  })
})
