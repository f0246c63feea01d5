import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY } from '../../../engine/policy/default-policy'
import type { Policy } from '../../../engine/policy/schema'
import type { Flag } from '../../../engine/scoring/flag'
import { score } from '../../../engine/scoring/score'
import { FULL_MESSAGE, flagsOf, play, scenarioOf } from './play'

/**
 * J.'s counselor holds two safety records; the nurse and a community clinic both hold J.'s
 * seizure history. Threat 1 at 08:00, 2 (the emergency exception open) from 08:10.
 */
const RECORDS = scenarioOf(`
format: ttx/1
id: records
title: J.'s records
start: "08:00"
roles:
  - { id: teacher, title: Teacher, kind: school-staff }
  - { id: principal, title: Principal, kind: school-admin }
  - { id: counselor, title: School counselor, kind: school-mental-health }
  - { id: nurse, title: School nurse, kind: school-health }
  - { id: sro, title: School resource officer, kind: law-enforcement }
  - { id: ems, title: Paramedics, kind: emergency-services }
  - { id: clinic, title: J.'s therapist, kind: community-health }
  - { id: j-mother, title: J.'s mother, kind: parent, player: false }
  - { id: other-parent, title: Another student's father, kind: parent, player: false }
people:
  - { id: student-j, name: "J., 10th grade", parents: [j-mother] }
facts:
  - { id: essay, text: J.'s essay describes shooting classmates., certainty: confirmed, sensitivity: education-record, about: student-j, safety: true }
  - { id: log, text: J. was seen twice for anger this month., certainty: confirmed, sensitivity: education-record, about: student-j, safety: true }
  - { id: plan, text: J.'s safety plan bars him from the east wing., certainty: confirmed, sensitivity: education-record, about: student-j, safety: true, need: [sro], may: [ems] }
  - { id: iep, text: J. has an IEP for anxiety., certainty: confirmed, sensitivity: education-record, about: student-j }
  - { id: seizures, text: J. has seizures when stressed., certainty: confirmed, sensitivity: health, about: student-j, safety: true }
injects:
  - id: morning
    at: "08:00"
    title: Morning
    threat: 1
    reveal: { counselor: [essay, log, plan, iep], nurse: [seizures], clinic: [seizures] }
    next: credible
  - { id: credible, at: "08:10", title: It looks credible, threat: 2 }
`)

const ADVANCE = { type: 'advance' }
const share = (from: string, to: string[], facts: string[], t = '08:15') => ({
  t,
  type: 'share',
  from,
  to,
  facts,
  message: FULL_MESSAGE,
})
const record = (role: string, t: string) => ({ t, type: 'act', role, action: 'document' })
const END = { t: '08:40', type: 'end' }

function undocumented(events: unknown[], policy: Policy = DEFAULT_POLICY): Flag[] {
  return score(play(RECORDS, events), policy).flags.filter(
    (f) => f.rule === 'undocumented-disclosure',
  )
}

/** The default profile, with `change` applied to the education-record row. */
function withRecordRule(change: Partial<Policy['sensitivities']['education-record']>): Policy {
  const policy = structuredClone(DEFAULT_POLICY)
  Object.assign(policy.sensitivities['education-record'], change)
  return policy
}

describe('undocumented-disclosure', () => {
  it('flags an emergency-only disclosure outside the school with no record: low, F4, one per share and fact', () => {
    const flags = undocumented([
      ADVANCE,
      share('counselor', ['sro', 'principal', 'ems', 'sro'], ['essay', 'log']),
      END,
    ])
    expect(flags).toEqual([
      {
        rule: 'undocumented-disclosure',
        severity: 'low',
        role: 'counselor',
        event: 1,
        at: '08:15',
        fact: 'essay',
        // The principal is a school official: no record needed (99.32(d)).
        to: ['sro', 'ems'],
        explanation: expect.stringContaining("J.'s essay describes shooting classmates") as string,
        basis: expect.stringMatching(/^F4 — /) as string,
      },
      expect.objectContaining({ fact: 'log', to: ['sro', 'ems'], severity: 'low' }),
    ])
    expect(flags[0]?.explanation).toContain('School resource officer and Paramedics')
  })

  it('is cleared by the sharer’s record at or after the share, before play ends', () => {
    const sharing = [ADVANCE, share('counselor', ['sro'], ['essay'])]
    expect(undocumented([...sharing, record('counselor', '08:15'), END])).toEqual([])
    expect(undocumented([...sharing, record('counselor', '08:39'), END])).toEqual([])
  })

  it('is cleared by a school administrator’s record, not by another role’s', () => {
    const sharing = [ADVANCE, share('counselor', ['sro'], ['essay'])]
    expect(undocumented([...sharing, record('principal', '08:20'), END])).toEqual([])
    expect(undocumented([...sharing, record('teacher', '08:20'), END])).toEqual([
      expect.objectContaining({ fact: 'essay', to: ['sro'] }),
    ])
    expect(undocumented([...sharing, record('nurse', '08:20'), END])).toHaveLength(1)
  })

  it('is not cleared by a record made before the share', () => {
    const events = [
      ADVANCE,
      record('counselor', '08:12'),
      share('counselor', ['sro'], ['essay']),
      END,
    ]
    expect(undocumented(events)).toEqual([expect.objectContaining({ event: 2, fact: 'essay' })])
  })

  it('needs no record for a recipient of a school kind (99.32(d)), even one the exception allows', () => {
    // A teacher receives an education record only under the emergency exception.
    expect(undocumented([ADVANCE, share('counselor', ['teacher'], ['essay']), END])).toEqual([])
  })

  it('needs no record for a recipient allowed by need or may', () => {
    expect(undocumented([ADVANCE, share('counselor', ['sro'], ['plan']), END])).toEqual([])
    expect(undocumented([ADVANCE, share('counselor', ['ems'], ['plan']), END])).toEqual([])
  })

  it('needs no record for a parent of the student, where a parent of another child needs one', () => {
    const policy = withRecordRule({
      emergency: [...DEFAULT_POLICY.sensitivities['education-record'].emergency, 'parent'],
    })
    const flags = undocumented(
      [ADVANCE, share('counselor', ['j-mother', 'other-parent'], ['essay']), END],
      policy,
    )
    expect(flags).toEqual([expect.objectContaining({ to: ['other-parent'] })])
  })

  it('needs no record when the normal policy allows the recipient', () => {
    // A district that designates its officer a school official.
    const policy = withRecordRule({
      allowed: [...DEFAULT_POLICY.sensitivities['education-record'].allowed, 'law-enforcement'],
    })
    const events = [ADVANCE, share('counselor', ['sro', 'ems'], ['essay']), END]
    expect(undocumented(events, policy)).toEqual([expect.objectContaining({ to: ['ems'] })])
  })

  it('applies to health held by a school kind, not to health a community clinic discloses', () => {
    expect(undocumented([ADVANCE, share('nurse', ['ems'], ['seizures']), END])).toEqual([
      expect.objectContaining({ role: 'nurse', fact: 'seizures', to: ['ems'] }),
    ])
    expect(undocumented([ADVANCE, share('clinic', ['ems'], ['seizures']), END])).toEqual([])
  })

  it('leaves a disclosure the exception does not allow to over-sharing', () => {
    const notSafety = [ADVANCE, share('counselor', ['sro'], ['iep']), END]
    expect(undocumented(notSafety)).toEqual([])
    expect(flagsOf(RECORDS, 'over-sharing', notSafety)).toHaveLength(1)
    const tooEarly = [share('counselor', ['sro'], ['essay'], '08:05'), END]
    expect(undocumented(tooEarly)).toEqual([])
    expect(flagsOf(RECORDS, 'over-sharing', tooEarly)).toHaveLength(1)
  })
})
