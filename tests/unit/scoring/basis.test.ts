/**
 * The basis table (docs/scoring.md, "Basis"): each flag cites the first row that fits who
 * held the information and why. One test per row, through the rules themselves, so a rule
 * that passes the wrong holder or emergency state fails here too.
 */
import { describe, expect, it } from 'vitest'
import type { Rule } from '../../../engine/scoring/flag'
import { FULL_MESSAGE, SCHOOL, flagsOf, scenarioOf } from './play'

/**
 * Threat 1 at 08:00, 2 from 08:10, 3 from 08:20, back to 0 from 08:30. D. is the target
 * of J.'s threat.
 */
const HOLDERS = scenarioOf(`
format: ttx/1
id: holders
title: Who holds what
start: "08:00"
roles:
  - { id: teacher, title: Teacher, kind: school-staff }
  - { id: principal, title: Principal, kind: school-admin }
  - { id: counselor, title: School counselor, kind: school-mental-health }
  - { id: nurse, title: School nurse, kind: school-health }
  - { id: sro, title: School resource officer, kind: law-enforcement }
  - { id: clinic, title: J.'s therapist, kind: community-health }
  - { id: news, title: Local news, kind: media, player: false }
  - { id: d-mother, title: D.'s mother, kind: parent, player: false }
  - { id: other-parent, title: Another student's father, kind: parent, player: false }
people:
  - { id: student-j, name: J. }
  - { id: student-d, name: D., parents: [d-mother] }
facts:
  - { id: rumour, text: A student says J. has a gun., certainty: unverified, sensitivity: observation, about: student-j, safety: true, need: [principal] }
  - { id: essay, text: J.'s essay describes shooting D., certainty: confirmed, sensitivity: education-record, about: student-j, safety: true }
  - { id: iep, text: J. has an IEP., certainty: confirmed, sensitivity: education-record, about: student-j }
  - { id: plan, text: J.'s safety plan keeps him from D.'s classes., certainty: confirmed, sensitivity: education-record, about: student-j, safety: true, need: [teacher] }
  - { id: meds, text: J. takes medication for seizures., certainty: confirmed, sensitivity: health, about: student-j, safety: true }
  - { id: warning, text: J. told his therapist he will hurt D., certainty: confirmed, sensitivity: health, about: student-j, safety: true }
  - { id: arrest, text: J. was arrested for assault last year., certainty: confirmed, sensitivity: law-enforcement, about: student-j, safety: true }
  - { id: target, text: D. is the one J. named., certainty: reported, sensitivity: directory, about: student-d, safety: true, need: [d-mother] }
  - { id: room, text: D. has chemistry in room 12., certainty: confirmed, sensitivity: directory, about: student-d, safety: true, need: [principal] }
injects:
  - id: morning
    at: "08:00"
    title: Morning
    threat: 1
    reveal: { teacher: [rumour, target, room], counselor: [essay, iep, plan], nurse: [meds], clinic: [warning], sro: [arrest] }
    next: credible
  - { id: credible, at: "08:10", title: Credible, threat: 2, next: imminent }
  - { id: imminent, at: "08:20", title: Imminent, threat: 3, next: over }
  - { id: over, at: "08:30", title: It is over, threat: 0 }
`)

const ADVANCE = { type: 'advance' }
const TIMES = ['08:05', '08:15', '08:25', '08:35'] as const

/** `events` played at the given threat: 1, 2, 3, or 0 (after the crisis). */
function at(threat: 0 | 1 | 2 | 3, ...events: Record<string, unknown>[]): unknown[] {
  const step = threat === 0 ? 3 : threat - 1
  const t = TIMES[step]
  return [...Array.from({ length: step }, () => ADVANCE), ...events.map((e) => ({ t, ...e }))]
}
const share = (from: string, to: string[], facts: string[]) => ({
  type: 'share',
  from,
  to,
  facts,
  label: 'unverified',
  message: FULL_MESSAGE,
})
const decline = (role: string, to: string[], facts: string[]) => ({
  type: 'decline',
  role,
  to,
  facts,
  reason: 'privacy',
})

/** The basis of the one flag of `rule` about `fact` (or of the only flag of `rule`). */
function basisOf(rule: Rule, events: unknown[], fact?: string, scenario = HOLDERS): string {
  const flags = flagsOf(scenario, rule, events).filter((f) => fact === undefined || f.fact === fact)
  expect(flags).toHaveLength(1)
  return flags[0]?.basis ?? ''
}

describe('basis: over-sharing', () => {
  it('C4 to a broad audience, before any row about the record', () => {
    expect(basisOf('over-sharing', at(1, share('counselor', ['news'], ['essay'])))).toMatch(
      /^C4 — /,
    )
  })

  it('F8 for an education record outside an emergency, or one that is not about safety', () => {
    expect(basisOf('over-sharing', at(1, share('counselor', ['sro'], ['essay'])))).toMatch(/^F8 — /)
    expect(basisOf('over-sharing', at(2, share('counselor', ['sro'], ['iep'])))).toMatch(/^F8 — /)
  })

  it('F8 for health a school holds, outside an emergency', () => {
    expect(basisOf('over-sharing', at(1, share('nurse', ['sro'], ['meds'])))).toMatch(/^F8 — /)
  })

  it('F3 for a school record during an emergency, beyond what it allows', () => {
    expect(basisOf('over-sharing', at(2, share('counselor', ['other-parent'], ['essay'])))).toMatch(
      /^F3 — /,
    )
    expect(basisOf('over-sharing', at(3, share('nurse', ['other-parent'], ['meds'])))).toMatch(
      /^F3 — /,
    )
  })

  it('H3 for health a community clinic holds', () => {
    expect(basisOf('over-sharing', at(1, share('clinic', ['teacher'], ['warning'])))).toMatch(
      /^H3 — /,
    )
  })

  it('L1 for police information, even about a student', () => {
    expect(basisOf('over-sharing', at(1, share('sro', ['teacher'], ['arrest'])))).toMatch(/^L1 — /)
  })

  it('P1 for anything else: an observation about someone', () => {
    expect(basisOf('over-sharing', at(1, share('teacher', ['clinic'], ['rumour'])))).toMatch(
      /^P1 — /,
    )
  })
})

describe('basis: under-sharing, a privacy decline', () => {
  const declined = (events: unknown[], fact: string) =>
    flagsOf(HOLDERS, 'under-sharing', events).filter(
      (f) => f.fact === fact && f.event !== undefined,
    )

  it('F1 for an observation', () => {
    const flags = declined(at(1, decline('teacher', ['principal'], ['rumour'])), 'rumour')
    expect(flags[0]?.basis).toMatch(/^F1 — /)
  })

  it('F2 for an education record during an emergency, F8 otherwise', () => {
    const emergency = declined(at(2, decline('counselor', ['sro'], ['essay'])), 'essay')
    expect(emergency[0]?.basis).toMatch(/^F2 — /)
    const normal = declined(at(1, decline('counselor', ['principal'], ['essay'])), 'essay')
    expect(normal[0]?.basis).toMatch(/^F8 — /)
  })

  it('H1 for health a school holds, H2 for health a clinic holds', () => {
    const school = declined(at(1, decline('nurse', ['counselor'], ['meds'])), 'meds')
    expect(school[0]?.basis).toMatch(/^H1 — /)
    const clinic = declined(at(2, decline('clinic', ['principal'], ['warning'])), 'warning')
    expect(clinic[0]?.basis).toMatch(/^H2 — /)
  })

  it('L1 for police information', () => {
    const flags = declined(at(1, decline('sro', ['principal'], ['arrest'])), 'arrest')
    expect(flags[0]?.basis).toMatch(/^L1 — /)
  })

  it('T4 for a parent left out, T1 for anything else', () => {
    const parent = declined(at(1, decline('teacher', ['d-mother'], ['target'])), 'target')
    expect(parent[0]?.basis).toMatch(/^T4 — /)
    const staff = declined(at(1, decline('teacher', ['principal'], ['room'])), 'room')
    expect(staff[0]?.basis).toMatch(/^T1 — /)
  })
})

describe('basis: under-sharing, a fact that never reached who needed it', () => {
  const end = (threat: 0 | 1 | 2 | 3) => at(threat, { type: 'end' })

  it('F1 for an observation', () => {
    expect(basisOf('under-sharing', end(1), 'rumour')).toMatch(/^F1 — /)
  })

  it('F2 when the emergency was open at any moment it was held, else F8', () => {
    expect(basisOf('under-sharing', end(1), 'plan')).toMatch(/^F8 — /)
    expect(basisOf('under-sharing', end(2), 'plan')).toMatch(/^F2 — /)
  })

  it('T4 for a parent never told, T1 for anything else', () => {
    expect(basisOf('under-sharing', end(1), 'target')).toMatch(/^T4 — /)
    expect(basisOf('under-sharing', end(1), 'room')).toMatch(/^T1 — /)
  })
})

/** Threat 1 at 08:00, 2 from 08:10, 3 from 08:20. */
const CLOCKS = scenarioOf(`
format: ttx/1
id: clocks
title: Deadlines
start: "08:00"
roles:
  - { id: teacher, title: Teacher, kind: school-staff }
  - { id: principal, title: Principal, kind: school-admin }
  - { id: counselor, title: School counselor, kind: school-mental-health }
  - { id: clinic, title: J.'s therapist, kind: community-health }
facts:
  - { id: note, text: The note says "Friday"., certainty: confirmed, sensitivity: observation, safety: true }
  - { id: warning, text: J. told his therapist he will hurt D., certainty: confirmed, sensitivity: health, safety: true }
  - { id: today, text: J. told his therapist it will be today., certainty: confirmed, sensitivity: health, safety: true }
injects:
  - { id: found, at: "08:00", title: Found, threat: 1, reveal: { teacher: [note], clinic: [warning] }, next: credible }
  - { id: credible, at: "08:10", title: Credible, threat: 2, next: imminent }
  - { id: imminent, at: "08:20", title: Imminent, threat: 3, reveal: { clinic: [today] } }
expectations:
  - { id: note-early, escalate: { fact: note, to: [principal], within: 10 } }
  - { id: note-late, escalate: { fact: note, to: [counselor], within: 25 } }
  - { id: warn-school, escalate: { fact: warning, to: [principal], within: 5 } }
  - { id: warn-now, escalate: { fact: today, to: [principal], within: 5 } }
  - { id: call, act: { action: call-911, within: 5 } }
  - { id: convene, act: { action: convene-team, within: 5 } }
`)

describe('basis: slow-escalation', () => {
  const missed = (events: unknown[]) => flagsOf(CLOCKS, 'slow-escalation', events)
  const END_AT_1 = { t: '08:09', type: 'end' }
  const END_AT_3 = [ADVANCE, ADVANCE, { t: '08:30', type: 'end' }]

  it('T2 when the threat was 3 as the expectation fell due', () => {
    const flags = missed(END_AT_3)
    const late = flags.find((f) => f.to?.includes('counselor'))
    expect(late?.severity).toBe('critical')
    expect(late?.basis).toMatch(/^T2 — /)
    // Due at 08:10, while the threat was 2: critical (3 came later) but not T2.
    const early = flags.find((f) => f.to?.includes('principal') && f.fact === 'note')
    expect(early?.severity).toBe('critical')
    expect(early?.basis).toMatch(/^T1 — /)
  })

  it('T2 for a call-911 act expectation at any threat, T1 for another action', () => {
    const flags = missed([END_AT_1])
    const call = flags.find((f) => f.explanation.includes('Call 911'))
    expect(call?.basis).toMatch(/^T2 — /)
    const convene = flags.find((f) => f.fact === undefined && f !== call)
    expect(convene?.basis).toMatch(/^T1 — /)
  })

  it('H2 for a fact that came from a community clinic, unless the threat was 3 by then', () => {
    const clinic = missed([END_AT_1]).find((f) => f.fact === 'warning')
    expect(clinic?.role).toBe('clinic')
    expect(clinic?.basis).toMatch(/^H2 — /)
    // Learned at 08:20 and due at 08:25, while imminent: the first row, T2, applies.
    const flags = missed(END_AT_3)
    expect(flags.find((f) => f.fact === 'today')?.basis).toMatch(/^T2 — /)
  })
})

describe('basis: speculation, unclear-message, overreaction', () => {
  const statement = (certainty: string, label?: string) => ({
    t: '08:06',
    type: 'statement',
    from: 'teacher',
    to: ['principal'],
    text: 'He has been off all month',
    certainty,
    ...(label === undefined ? {} : { label }),
  })

  it('speculation: T6 for a guess, C1 for an overstated label', () => {
    expect(basisOf('speculation', [statement('speculation')], undefined, SCHOOL)).toMatch(/^T6 — /)
    expect(basisOf('speculation', [statement('reported', 'confirmed')], undefined, SCHOOL)).toMatch(
      /^C1 — /,
    )
    const overstated = {
      t: '08:05',
      type: 'share',
      from: 'teacher',
      to: ['principal'],
      facts: ['rumour'],
      label: 'confirmed',
      message: FULL_MESSAGE,
    }
    expect(basisOf('speculation', [overstated], undefined, SCHOOL)).toMatch(/^C1 — /)
  })

  it('unclear-message: C2', () => {
    const bare = {
      t: '08:05',
      type: 'share',
      from: 'teacher',
      to: ['principal'],
      facts: ['rumour'],
      label: 'unverified',
    }
    expect(basisOf('unclear-message', [bare], undefined, SCHOOL)).toMatch(/^C2 — /)
  })

  it('overreaction: T3 before and during the crisis, C6 once it has passed', () => {
    const act = (action: string) => ({ type: 'act', role: 'principal', action })
    expect(basisOf('overreaction', at(1, act('search')))).toMatch(/^T3 — /)
    expect(basisOf('overreaction', at(2, act('lockdown')))).toMatch(/^T3 — /)
    expect(basisOf('overreaction', at(0, act('search')))).toMatch(/^C6 — /)
  })

  it('overreaction: T3 at threat 0 when there never was a crisis', () => {
    const calm = scenarioOf(`
format: ttx/1
id: calm
title: Calm
start: "08:00"
roles: [{ id: principal, title: Principal, kind: school-admin }]
facts: [{ id: quiet, text: All is quiet., certainty: confirmed, sensitivity: observation }]
injects:
  - { id: first, at: "08:00", title: Quiet, threat: 1, next: second }
  - { id: second, at: "08:10", title: Still quiet, threat: 0 }
`)
    const events = [ADVANCE, { t: '08:15', type: 'act', role: 'principal', action: 'search' }]
    expect(basisOf('overreaction', events, undefined, calm)).toMatch(/^T3 — /)
  })
})
