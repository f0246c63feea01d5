import { describe, expect, it } from 'vitest'
import { rateObjectives, type Evaluation } from '../../../engine/debrief/objectives'
import { DEFAULT_POLICY } from '../../../engine/policy/default-policy'
import { judgeExpectations } from '../../../engine/scoring/expectations'
import { score } from '../../../engine/scoring/score'
import { FULL_MESSAGE, play, scenarioOf } from '../scoring/play'

/** A note at 08:00 (threat 1), credible at 08:10 (threat 2). */
const DRILL = scenarioOf(`
format: ttx/1
id: drill
title: A note
start: "08:00"
objectives:
  - { id: reach, text: The note reaches the principal within 10 minutes. }
  - { id: calm, text: Staff pass on what they saw clearly. }
  - { id: privacy, text: J.'s records stay with those who need them. }
  - { id: police, text: Police are called within 5 minutes once it is credible. }
  - { id: protocol, text: No lockdown for an unassessed note., capability: planning }
  - { id: never, text: Something no one ever learns. }
  - { id: stay, text: No evacuation once it is credible. }
roles:
  - { id: teacher, title: Teacher, kind: school-staff }
  - { id: principal, title: Principal, kind: school-admin }
  - { id: counselor, title: School counselor, kind: school-mental-health }
  - { id: sro, title: School resource officer, kind: law-enforcement }
  - { id: news, title: Local news, kind: media, player: false }
people:
  - { id: student-j, name: J. }
facts:
  - { id: note, text: The note says "today"., certainty: confirmed, sensitivity: observation, safety: true, objective: reach }
  - { id: sighting, text: J. was seen near the gym., certainty: confirmed, sensitivity: observation, safety: true, objective: calm }
  - { id: record, text: J. was suspended last year., certainty: confirmed, sensitivity: education-record, about: student-j, objective: privacy }
  - { id: secret, text: Nobody learns this., certainty: confirmed, sensitivity: observation, objective: never }
injects:
  - { id: found, at: "08:00", title: Found, threat: 1, reveal: { teacher: [note, sighting], counselor: [record] }, next: credible }
  - { id: credible, at: "08:10", title: Credible, threat: 2 }
expectations:
  - { id: note-up, objective: reach, escalate: { fact: note, to: [principal], within: 10 } }
  - { id: call, objective: police, act: { action: call-911, within: 5 }, from: credible }
  - { id: no-lockdown, objective: protocol, avoid: { action: lockdown }, severity: low, basis: T3, explain: Assess first. }
  - { id: no-evacuate, objective: stay, avoid: { action: evacuate }, from: credible, basis: T3, explain: Assess first. }
  - { id: secret-up, objective: never, escalate: { fact: secret, to: [principal], within: 5 } }
`)

/** A share to the principal; `null` for no message. */
const tell = (facts: string[], message: object | null = FULL_MESSAGE) => ({
  t: '08:05',
  type: 'share',
  from: 'teacher',
  to: ['principal'],
  facts,
  ...(message === null ? {} : { message }),
})
const disclose = (to: string[]) => ({
  t: '08:06',
  type: 'share',
  from: 'counselor',
  to,
  facts: ['record'],
  message: FULL_MESSAGE,
})
const END = { t: '08:09', type: 'end' }

function rate(events: unknown[], evaluation: Evaluation = {}) {
  const replay = play(DRILL, events)
  const result = score(replay, DEFAULT_POLICY)
  const objectives = rateObjectives(replay, result, judgeExpectations(replay), evaluation)
  const suggested = Object.fromEntries(objectives.map((o) => [o.id, o.suggested]))
  return { result, objectives, suggested }
}

describe('objective ratings', () => {
  it('P when nothing tied is flagged and every tied expectation that applies was met', () => {
    const { objectives, suggested } = rate([tell(['note', 'sighting']), END])
    expect(suggested).toEqual({
      reach: 'P',
      calm: 'P', // a tied fact someone learned: it applies
      privacy: 'P',
      police: null, // its clock never started
      protocol: 'P', // an avoid expectation respected once its window opened
      never: null, // no one learned the fact, its expectation never started
      stay: null, // its avoid window (from "credible") never opened
    })
    expect(objectives[0]).toEqual({
      id: 'reach',
      text: 'The note reaches the principal within 10 minutes.',
      met: true,
      suggested: 'P',
      rating: 'P',
      note: '',
      flags: [],
    })
    expect(objectives[4]).toMatchObject({ capability: 'planning', met: true, rating: 'P' })
    const later = rate([tell(['note']), { type: 'advance' }, { t: '08:20', type: 'end' }])
    expect(later.suggested.stay).toBe('P')
  })

  it('S for only low or medium flags; an unclear message counts toward each safety fact’s objective', () => {
    const { result, objectives, suggested } = rate([tell(['note', 'sighting'], null), END])
    const unclear = result.flags.findIndex((f) => f.rule === 'unclear-message')
    expect(result.flags[unclear]).not.toHaveProperty('fact') // two safety facts: no single fact
    expect(suggested).toMatchObject({ reach: 'S', calm: 'S' })
    expect(objectives[0]?.flags).toEqual([unclear])
    expect(objectives[1]?.flags).toEqual([unclear])
    expect(objectives[0]?.met).toBe(true)
  })

  it('M for any high flag, through a fact it concerns', () => {
    const { result, objectives, suggested } = rate([tell(['note']), disclose(['sro']), END])
    const high = result.flags.findIndex((f) => f.rule === 'over-sharing')
    expect(result.flags[high]?.severity).toBe('high')
    expect(suggested.privacy).toBe('M')
    expect(objectives[2]).toMatchObject({ met: false, flags: [high] })
  })

  it('U for any critical flag', () => {
    const { result, suggested } = rate([tell(['note']), disclose(['news']), END])
    expect(result.flags.find((f) => f.rule === 'over-sharing')?.severity).toBe('critical')
    expect(suggested.privacy).toBe('U')
  })

  it('U for a tied expectation never met, even when its flag is only high', () => {
    const { result, objectives, suggested } = rate([
      tell(['note']),
      { type: 'advance' },
      { t: '08:20', type: 'end' },
    ])
    const missed = result.flags.findIndex((f) => f.rule === 'slow-escalation')
    expect(result.flags[missed]?.severity).toBe('high')
    expect(suggested.police).toBe('U')
    expect(objectives[3]?.flags).toEqual([missed])
  })

  it('ties a flag through its expectation: a protocol breach, and not the overreaction of the same act', () => {
    const { result, objectives, suggested } = rate([
      tell(['note']),
      { t: '08:07', type: 'act', role: 'principal', action: 'lockdown' },
      END,
    ])
    const breach = result.flags.findIndex((f) => f.rule === 'protocol-breach')
    expect(result.flags.map((f) => f.rule)).toContain('overreaction')
    expect(suggested.protocol).toBe('S') // the breach is low; the high overreaction is not tied
    expect(objectives[4]?.flags).toEqual([breach])
    expect(suggested.reach).toBe('P')
  })

  it('shows the evaluator’s rating and note beside the suggestion, and rates met by the evaluator', () => {
    const { objectives } = rate([tell(['note']), disclose(['sro']), END], {
      privacy: { rating: 'S', note: 'The officer is designated a school official here.' },
      never: { rating: 'U', note: 'We never practised this.' },
    })
    expect(objectives[2]).toMatchObject({
      suggested: 'M',
      rating: 'S',
      met: true,
      note: 'The officer is designated a school official here.',
    })
    expect(objectives[5]).toMatchObject({ suggested: null, rating: 'U', met: false })
    expect(objectives[0]).toMatchObject({ suggested: 'P', rating: 'P', note: '' })
  })
})
