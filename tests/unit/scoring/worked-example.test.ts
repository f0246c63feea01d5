import { describe, expect, it } from 'vitest'
import { judgeExpectations } from '../../../engine/scoring/expectations'
import { rateObjectives } from '../../../engine/debrief/objectives'
import { DEFAULT_POLICY } from '../../../engine/policy/default-policy'
import { score } from '../../../engine/scoring/score'
import { FULL_MESSAGE, play, scenarioOf } from './play'

/** The worked example of docs/scoring.md, number for number. */
const LOCKER = scenarioOf(`
format: ttx/1
id: locker
title: A note found in a locker
start: "07:30"
objectives:
  - { id: alert, text: The note reaches the principal or the counselor within 15 minutes. }
  - { id: records, text: "K.'s records go where they are needed, and the disclosure is recorded." }
  - { id: calm, text: No lockdown unless the threat is imminent. }
  - { id: police, text: Police are called within 5 minutes of a weapon sighting. }
roles:
  - { id: custodian, title: Custodian, kind: school-staff }
  - { id: principal, title: Principal, kind: school-admin }
  - { id: counselor, title: School counselor, kind: school-mental-health }
  - { id: sro, title: School resource officer, kind: law-enforcement }
  - { id: all-parents, title: All-parents email list, kind: parents, player: false }
people:
  - { id: student-k, name: K. }
facts:
  - { id: note, text: The note names K., certainty: confirmed, sensitivity: observation, about: student-k, safety: true }
  - { id: history, text: K. saw the counselor twice last month for anger., certainty: confirmed, sensitivity: education-record, about: student-k, safety: true, need: [principal], objective: records }
injects:
  - { id: found, at: "07:30", title: The note, threat: 1, reveal: { custodian: [note], counselor: [history] }, next: credible }
  - { id: credible, at: "07:45", title: K. posts a photo of a rifle, threat: 2, next: armed }
  - { id: armed, at: "08:10", title: K. is seen with a bag at the gym, threat: 3 }
expectations:
  - { id: note-up, objective: alert, escalate: { fact: note, to: [principal, counselor], within: 15 } }
  - { id: call, objective: police, act: { action: call-911, within: 5 }, from: armed }
  - id: no-lockdown
    objective: calm
    avoid: { action: lockdown }
    when: { not: { threat: { atLeast: 3 } } }
    basis: T3
    explain: The district's protocol locks down only for an imminent threat.
`)

describe('the worked example of docs/scoring.md', () => {
  const replayed = play(LOCKER, [
    { t: '07:45', type: 'advance' },
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
    {
      t: '07:56',
      type: 'share',
      from: 'counselor',
      to: ['sro'],
      facts: ['history'],
      message: FULL_MESSAGE,
    },
    { t: '07:58', type: 'act', role: 'principal', action: 'lockdown' },
    { t: '08:00', type: 'end' },
  ])
  const result = score(replayed, DEFAULT_POLICY)

  it('gives the documented flags, with their bases, and scores', () => {
    expect(
      result.flags.map((f) => [f.at, f.rule, f.severity, f.delay, f.basis.slice(0, 2)]),
    ).toEqual([
      ['07:50', 'slow-escalation', 'medium', 5, 'T1'],
      ['07:50', 'unclear-message', 'low', undefined, 'C2'],
      ['07:52', 'speculation', 'medium', undefined, 'T6'],
      ['07:55', 'over-sharing', 'critical', undefined, 'C4'],
      ['07:56', 'undocumented-disclosure', 'low', undefined, 'F4'],
      ['07:58', 'overreaction', 'medium', undefined, 'T3'],
      ['07:58', 'protocol-breach', 'high', undefined, 'T3'],
      ['08:00', 'under-sharing', 'high', undefined, 'F2'],
    ])
    expect(result.scores).toEqual({
      overall: 81,
      accuracy: 90,
      privacy: 60,
      collaboration: 80,
      timeliness: 90,
      clarity: 95,
      proportion: 70,
    })
  })

  it('gives the documented objective ratings', () => {
    const objectives = rateObjectives(replayed, result, judgeExpectations(replayed))
    expect(objectives.map((o) => [o.id, o.suggested, o.flags])).toEqual([
      ['alert', 'S', [0]],
      ['records', 'M', [4, 7]],
      ['calm', 'M', [6]],
      ['police', null, []],
    ])
  })
})
