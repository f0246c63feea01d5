import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY } from '../../../engine/policy/default-policy'
import { score } from '../../../engine/scoring/score'
import { FULL_MESSAGE, play, scenarioOf } from './play'

/** The worked example of docs/scoring.md, number for number. */
const LOCKER = scenarioOf(`
format: ttx/1
id: locker
title: A note found in a locker
start: "07:30"
roles:
  - { id: custodian, title: Custodian, kind: school-staff }
  - { id: principal, title: Principal, kind: school-admin }
  - { id: counselor, title: School counselor, kind: school-mental-health }
  - { id: all-parents, title: All-parents email list, kind: parents, player: false }
people:
  - { id: student-k, name: K. }
facts:
  - { id: note, text: The note names K., certainty: confirmed, sensitivity: observation, about: student-k, safety: true }
injects:
  - { id: found, at: "07:30", title: The note, threat: 1, reveal: { custodian: [note] } }
expectations:
  - { id: note-up, escalate: { fact: note, to: [principal, counselor], within: 15 } }
`)

describe('the worked example of docs/scoring.md', () => {
  it('gives the documented flags and scores', () => {
    const replayed = play(LOCKER, [
      { t: '07:50', type: 'share', from: 'custodian', to: ['principal'], facts: ['note'] },
      {
        t: '07:52',
        type: 'statement',
        from: 'principal',
        to: ['counselor'],
        text: 'It has to be K.',
        certainty: 'speculation',
      },
      {
        t: '07:55',
        type: 'share',
        from: 'principal',
        to: ['all-parents'],
        facts: ['note'],
        message: FULL_MESSAGE,
      },
      { t: '07:58', type: 'act', role: 'principal', action: 'lockdown' },
      { t: '08:00', type: 'end' },
    ])
    const { flags, scores } = score(replayed, DEFAULT_POLICY)
    expect(flags.map((f) => [f.at, f.rule, f.severity, f.delay])).toEqual([
      ['07:50', 'slow-escalation', 'medium', 5],
      ['07:50', 'unclear-message', 'low', undefined],
      ['07:52', 'speculation', 'medium', undefined],
      ['07:55', 'over-sharing', 'critical', undefined],
      ['07:58', 'overreaction', 'high', undefined],
    ])
    expect(scores).toEqual({
      overall: 87,
      accuracy: 90,
      privacy: 65,
      collaboration: 100,
      timeliness: 90,
      clarity: 95,
      proportion: 80,
    })
  })
})
