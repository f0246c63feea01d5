import { describe, expect, it } from 'vitest'
import { buildStrengths } from '../../../engine/debrief/strengths'
import { DEFAULT_POLICY } from '../../../engine/policy/default-policy'
import { judgeExpectations } from '../../../engine/scoring/expectations'
import { score } from '../../../engine/scoring/score'
import { FULL_MESSAGE, play, scenarioOf } from '../scoring/play'

/** A rumour about J. at 08:00 (threat 1), credible at 08:10; the protocol forbids a search. */
const RUMOUR = scenarioOf(`
format: ttx/1
id: rumour
title: A rumour
start: "08:00"
roles:
  - { id: teacher, title: Teacher, kind: school-staff }
  - { id: principal, title: Principal, kind: school-admin }
  - { id: all-parents, title: All parents, kind: parents, player: false }
people:
  - { id: student-j, name: J. }
facts:
  - { id: rumour, text: A student says J. has a knife., certainty: unverified, sensitivity: observation, about: student-j, safety: true }
injects:
  - { id: found, at: "08:00", title: Found, threat: 1, reveal: { teacher: [rumour] }, next: credible }
  - { id: credible, at: "08:10", title: Credible, threat: 2 }
expectations:
  - { id: rumour-up, escalate: { fact: rumour, to: [principal], within: 10 } }
  - { id: no-lone-search, avoid: { action: search }, basis: T3, explain: Assess first. }
  - { id: shelter-soon, act: { action: shelter, within: 30 } }
`)

const tell = (to: string[], t = '08:05', from = 'teacher') => ({
  t,
  type: 'share',
  from,
  to,
  facts: ['rumour'],
  label: 'unverified',
  message: FULL_MESSAGE,
})
const END = { t: '08:20', type: 'end' }

function strengths(events: unknown[]): string[] {
  const replay = play(RUMOUR, events)
  const result = score(replay, DEFAULT_POLICY)
  return buildStrengths(replay, DEFAULT_POLICY, judgeExpectations(replay), result)
}

const metInTime = (list: string[]) => list.filter((s) => s.startsWith('Met in time'))
const honest = (list: string[]) => list.filter((s) => s.includes('without overstating'))

describe('strengths', () => {
  it('praises a handoff that met its deadline and raised no flag', () => {
    const found = strengths([tell(['principal']), END])
    expect(metInTime(found)).toHaveLength(1)
    expect(honest(found)).toHaveLength(1)
  })

  it('does not praise a share that met its deadline but raised a flag', () => {
    const found = strengths([tell(['principal', 'all-parents']), END])
    expect(metInTime(found)).toEqual([])
    expect(honest(found)).toEqual([])
  })

  it('does not praise a handoff of a fact that a later flag concerns', () => {
    const found = strengths([tell(['principal']), tell(['all-parents'], '08:07', 'principal'), END])
    expect(metInTime(found)).toEqual([])
    expect(honest(found)).toEqual([])
  })

  it('does not call an act that breached the protocol proportionate', () => {
    const act = (action: string, t = '08:06') => ({ t, type: 'act', role: 'principal', action })
    const proportionate = (list: string[]) => list.filter((s) => s.includes('in proportion'))
    expect(proportionate(strengths([act('interview'), END]))).toHaveLength(1)
    // A search (level 2) at threat 2 would be in proportion; this scenario forbids it.
    const search = [{ type: 'advance' }, act('search', '08:12'), END]
    const flags = score(play(RUMOUR, search), DEFAULT_POLICY).flags
    expect(flags.filter((f) => f.event === 1).map((f) => f.rule)).toEqual(['protocol-breach'])
    expect(proportionate(strengths(search))).toEqual([])
  })

  it('does not praise an action that met its deadline but raised a flag', () => {
    const shelter = (t: string) => ({ t, type: 'act', role: 'principal', action: 'shelter' })
    const sheltered = (events: unknown[]) =>
      metInTime(strengths(events)).filter((s) => s.includes('Shelter'))
    // Level 2 at threat 1 is an overreaction; at threat 2 it is not.
    expect(sheltered([shelter('08:05'), END])).toEqual([])
    expect(sheltered([{ type: 'advance' }, shelter('08:12'), END])).toHaveLength(1)
  })
})
