import { describe, expect, it } from 'vitest'
import { flagSteps, basisOf } from '../../../engine/debrief/flag-steps'
import { highlights } from '../../../engine/debrief/highlights'
import { NO_NAMES, type Names } from '../../../engine/debrief/names'
import type { Debrief, TimelineEntry } from '../../../engine/debrief/schema'
import type { Flag } from '../../../engine/scoring/flag'

const BASIS = {
  T1: 'T1 — report any concerning statement to an administrator or the team the same day',
  T2: 'T2 — imminent danger: call 911 first and notify the chain at the same time',
  T6: 'T6 — keep observation apart from inference',
  F2: 'F2 — in an emergency, records go to police without waiting for consent',
  F8: 'F8 — outside an emergency, school records go only to school officials',
  C2: 'C2 — a handoff gives the goal, the urgency, what is known and the ask',
  C4: 'C4 — public messages name no student and give no medical details',
  F4: 'F4 — record each emergency disclosure',
} as const

function flag(fields: Partial<Flag> & Pick<Flag, 'rule' | 'severity' | 'at'>): Flag {
  return { explanation: `${fields.rule} at ${fields.at}`, basis: BASIS.T1, ...fields }
}

const inject = (at: string, id: string, threat: 0 | 1 | 2 | 3): TimelineEntry => ({
  at,
  kind: 'inject',
  id,
  title: `Inject ${id}`,
  threat,
})

/** Injects at 08:00 (threat 1), 08:10 (threat 2), 08:20 (threat 3) and 08:30 (back to 0). */
const ARC: TimelineEntry[] = [
  inject('08:00', 'a', 1),
  inject('08:10', 'b', 2),
  inject('08:20', 'c', 3),
  inject('08:30', 'd', 0),
]

function debriefOf(flags: Flag[], timeline: TimelineEntry[] = ARC): Debrief {
  return {
    format: 'ttx-debrief/1',
    scenario: { id: 's', title: 'S' },
    policy: 'default',
    objectives: [],
    scores: {
      overall: 50,
      accuracy: 50,
      privacy: 50,
      collaboration: 50,
      timeliness: 50,
      clarity: 50,
      proportion: 50,
    },
    flags,
    timeline: [...timeline].sort((a, b) => a.at.localeCompare(b.at)),
    flow: [],
    strengths: [],
    improvements: [],
    plan: [],
    discussion: [],
  }
}

const picked = (flags: Flag[], timeline?: TimelineEntry[]) =>
  highlights(debriefOf(flags, timeline)).map((h) => h.index)

describe('highlights: which flags matter most', () => {
  it('puts a credible threat held back before an over-share, before speculation, before an unclear message', () => {
    const flags = [
      flag({ rule: 'unclear-message', severity: 'low', at: '08:11', role: 'a', basis: BASIS.C2 }),
      flag({ rule: 'speculation', severity: 'high', at: '08:12', role: 'b', basis: BASIS.T6 }),
      flag({ rule: 'over-sharing', severity: 'high', at: '08:13', role: 'c', basis: BASIS.F8 }),
      flag({ rule: 'under-sharing', severity: 'medium', at: '08:14', role: 'd', basis: BASIS.F2 }),
    ]
    expect(picked(flags)).toEqual([3, 2, 1])
  })

  it('puts a critical flag first, whatever its rule', () => {
    const flags = [
      flag({ rule: 'under-sharing', severity: 'high', at: '08:14', role: 'd', basis: BASIS.F2 }),
      flag({ rule: 'over-sharing', severity: 'critical', at: '08:15', role: 'c', basis: BASIS.C4 }),
      flag({ rule: 'speculation', severity: 'high', at: '08:16', role: 'b', basis: BASIS.T6 }),
    ]
    expect(picked(flags)).toEqual([1, 0, 2])
  })

  it('ranks held-back threats by the highest threat reached by then, and a late 911 call first', () => {
    const flags = [
      // at threat 2, high
      flag({ rule: 'slow-escalation', severity: 'high', at: '08:12', role: 'a' }),
      // at threat 3, medium: the threat outranks the severity
      flag({ rule: 'slow-escalation', severity: 'medium', at: '08:21', role: 'b' }),
      // at threat 3 and a 911 call (T2), low as it may be
      flag({ rule: 'slow-escalation', severity: 'low', at: '08:22', role: 'c', basis: BASIS.T2 }),
      // after the threat fell back to 0, but 3 had been reached: still threat 3
      flag({ rule: 'under-sharing', severity: 'high', at: '08:31', role: 'd', basis: BASIS.F2 }),
    ]
    expect(picked(flags)).toEqual([2, 3, 1])
    expect(highlights(debriefOf(flags)).map((h) => h.threat)).toEqual([3, 3, 3])
  })

  it('counts a delay citing a threat-assessment rule as a threat even at a low level, but not a records myth', () => {
    const flags = [
      flag({ rule: 'under-sharing', severity: 'high', at: '08:01', role: 'a', basis: BASIS.F8 }),
      flag({ rule: 'over-sharing', severity: 'medium', at: '08:02', role: 'b', basis: BASIS.F8 }),
      flag({ rule: 'slow-escalation', severity: 'medium', at: '08:03', role: 'c' }),
    ]
    // T1 at threat 1: first; the F8 under-share at threat 1 comes after the over-share.
    expect(picked(flags)).toEqual([2, 1, 0])
  })

  it('orders within a rule by severity, then by time', () => {
    const flags = [
      flag({ rule: 'speculation', severity: 'medium', at: '08:01', role: 'a', basis: BASIS.T6 }),
      flag({ rule: 'speculation', severity: 'high', at: '08:02', role: 'b', basis: BASIS.T6 }),
      flag({ rule: 'speculation', severity: 'medium', at: '08:03', role: 'c', basis: BASIS.T6 }),
      flag({ rule: 'speculation', severity: 'medium', at: '08:04', role: 'd', basis: BASIS.T6 }),
    ]
    expect(picked(flags)).toEqual([1, 0, 2])
  })

  it('takes different lessons first: a second flag of the same rule and role waits', () => {
    const flags = [
      flag({ rule: 'slow-escalation', severity: 'high', at: '08:21', role: 'p' }),
      flag({ rule: 'slow-escalation', severity: 'high', at: '08:22', role: 'p' }),
      flag({ rule: 'slow-escalation', severity: 'high', at: '08:23', role: 'p' }),
      flag({ rule: 'over-sharing', severity: 'critical', at: '08:24', role: 'p', basis: BASIS.C4 }),
      flag({
        rule: 'undocumented-disclosure',
        severity: 'low',
        at: '08:25',
        role: 'p',
        basis: BASIS.F4,
      }),
    ]
    // The critical over-share first, then one of the three alike, then another lesson.
    expect(picked(flags)).toEqual([3, 0, 4])
    // With no other lesson left, the same lesson fills the places, still in rank order.
    expect(picked(flags.slice(0, 3))).toEqual([0, 1, 2])
  })

  it('counts the flags one choice caused as one lesson', () => {
    const timeline: TimelineEntry[] = [
      ...ARC,
      {
        at: '08:11',
        kind: 'decision',
        event: 0,
        role: 'principal',
        inject: 'b',
        option: 'consent-first',
        label: 'Ask for consent first',
        debrief: 'The "FERPA forbids it" myth (F2).',
      },
    ]
    const flags = [
      // Both from "Ask for consent first": the withheld record and its late arrival.
      flag({
        rule: 'under-sharing',
        severity: 'high',
        at: '08:11',
        role: 'principal',
        event: 0,
        basis: BASIS.F2,
      }),
      flag({ rule: 'slow-escalation', severity: 'high', at: '08:21', role: 'principal' }),
      flag({
        rule: 'over-sharing',
        severity: 'critical',
        at: '08:22',
        role: 'teacher',
        basis: BASIS.C4,
      }),
      flag({
        rule: 'overreaction',
        severity: 'high',
        at: '08:31',
        role: 'principal',
        basis: BASIS.T6,
      }),
    ]
    // The critical over-share first, then the late arrival (threat 3); the withheld record
    // shares its choice, so it waits for the overreaction.
    expect(picked(flags, timeline)).toEqual([2, 1, 3])
    expect(picked(flags.slice(0, 3), timeline)).toEqual([2, 1, 0])
  })

  it('returns fewer than three when there are fewer flags, and none without flags', () => {
    const flags = [
      flag({ rule: 'overreaction', severity: 'medium', at: '08:05', role: 'a', basis: BASIS.T6 }),
      flag({ rule: 'slow-escalation', severity: 'medium', at: '08:06', role: 'b' }),
    ]
    expect(picked(flags)).toEqual([1, 0])
    expect(picked([])).toEqual([])
  })

  it('gives the teaching point of the option that raised the flag, or of the choice that delayed it', () => {
    const timeline: TimelineEntry[] = [
      ...ARC,
      {
        at: '08:01',
        kind: 'decision',
        event: 0,
        role: 'teacher',
        inject: 'a',
        option: 'look-first',
        label: 'Look first',
        debrief: 'Searching alone is time the office does not have.',
      },
      {
        at: '08:05',
        kind: 'decision',
        event: 1,
        role: 'principal',
        inject: 'a',
        option: 'tell-all',
        label: 'Tell every family',
        debrief: 'Names stay out of public messages (C4).',
      },
    ]
    const flags = [
      flag({
        rule: 'over-sharing',
        severity: 'critical',
        at: '08:05',
        role: 'principal',
        event: 1,
        basis: BASIS.C4,
      }),
      flag({ rule: 'slow-escalation', severity: 'high', at: '08:12', role: 'teacher', event: 2 }),
      flag({
        rule: 'speculation',
        severity: 'high',
        at: '08:13',
        role: 'teacher',
        event: 3,
        basis: BASIS.T6,
      }),
    ]
    const byIndex = new Map(highlights(debriefOf(flags, timeline)).map((h) => [h.index, h]))
    expect(byIndex.get(0)?.teaching).toEqual({
      text: 'Names stay out of public messages (C4).',
      choice: 'Tell every family',
      at: '08:05',
    })
    // The late share came after "Look first": that choice's teaching point.
    expect(byIndex.get(1)?.teaching?.choice).toBe('Look first')
    // A guess is not the consequence of an earlier choice: no borrowed teaching point.
    expect(byIndex.get(2)?.teaching).toBeUndefined()
    expect(byIndex.get(2)?.lesson).toMatch(/how sure/)
  })
})

describe('flagSteps: the room view steps through the flags', () => {
  const names: Names = {
    roles: { teacher: 'Teacher', principal: 'Principal', families: 'All families' },
    facts: { 'j-missing': 'J. was not in line after recess.', note: 'A note in the hallway' },
  }
  const timeline: TimelineEntry[] = [
    ...ARC,
    {
      at: '08:11',
      kind: 'share',
      event: 4,
      from: 'teacher',
      to: ['principal', 'families'],
      facts: ['j-missing', 'note'],
      label: 'confirmed',
    },
    {
      at: '08:21',
      kind: 'statement',
      event: 5,
      from: 'principal',
      to: ['families'],
      text: 'It was probably a prank.',
      certainty: 'speculation',
    },
  ]
  const flags = [
    flag({
      rule: 'unclear-message',
      severity: 'low',
      at: '08:11',
      role: 'teacher',
      event: 4,
      to: ['principal'],
      basis: BASIS.C2,
    }),
    flag({ rule: 'speculation', severity: 'medium', at: '08:21', event: 5, basis: BASIS.T6 }),
    flag({
      rule: 'slow-escalation',
      severity: 'high',
      at: '08:25',
      role: 'teacher',
      fact: 'j-missing',
      to: ['principal'],
    }),
  ]
  const steps = flagSteps(debriefOf(flags, timeline), names)

  it('says who told whom what, by titles and texts, never ids', () => {
    expect(steps[0]).toMatchObject({
      at: '08:11',
      who: 'Teacher',
      to: ['Principal'],
      what: ['J. was not in line after recess', 'A note in the hallway'],
      rule: 'Unclear message',
      inject: { title: 'Inject b', threat: 2 },
    })
    // A flag that names no role or recipients takes them from its event.
    expect(steps[1]).toMatchObject({
      who: 'Principal',
      to: ['All families'],
      what: ['It was probably a prank.'],
      rule: 'Speculation',
    })
    // Something that never happened: the fact it concerns, at its deadline.
    expect(steps[2]).toMatchObject({
      who: 'Teacher',
      what: ['J. was not in line after recess'],
      inject: { title: 'Inject c', threat: 3 },
    })
    expect(JSON.stringify(steps.map(({ flag: _, ...shown }) => shown))).not.toMatch(
      /"(j-missing|note|teacher|principal|families)"/,
    )
  })

  it('falls back to ids only when the scenario gives no names', () => {
    expect(flagSteps(debriefOf(flags, timeline), NO_NAMES)[0]?.what).toEqual(['j-missing', 'note'])
  })

  it('splits a basis into its rule ID and its plain words', () => {
    expect(basisOf(BASIS.T2)).toEqual({
      id: 'T2',
      words: 'imminent danger: call 911 first and notify the chain at the same time',
    })
    expect(basisOf('C5')).toEqual({ id: 'C5', words: 'C5' })
    expect(basisOf('Our protocol: no lockdown for a note.')).toEqual({
      words: 'Our protocol: no lockdown for a note.',
    })
  })
})
