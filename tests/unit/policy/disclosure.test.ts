import { describe, expect, it } from 'vitest'
import { checkDisclosure, isAllowed } from '../../../engine/policy/disclosure'
import { DEFAULT_POLICY } from '../../../engine/policy/default-policy'
import type { Policy } from '../../../engine/policy/schema'
import { indexScenario } from '../../../engine/scenario/scenario-index'
import type { ThreatLevel } from '../../../engine/scenario/schema'
import { SCHOOL } from '../scoring/play'

const index = indexScenario(SCHOOL)

function may(fact: string, to: string, threat: ThreatLevel, policy: Policy = DEFAULT_POLICY) {
  const found = index.facts.get(fact)
  if (found === undefined) throw new Error(`no fact ${fact}`)
  return checkDisclosure(index, policy, { fact: found, to, threat })
}

describe('checkDisclosure', () => {
  it('lets public facts go to anyone, even broad audiences', () => {
    expect(may('closure', 'news', 0)).toEqual({ allowed: true, because: 'public' })
  })

  it('does not restrict a fact that names no one and is not sensitive', () => {
    expect(may('smoke', 'news', 0)).toEqual({ allowed: true, because: 'unprotected' })
  })

  it('allows the roles in need, and roles in may by id and by kind', () => {
    expect(may('allergy', 'teacher', 0)).toEqual({ allowed: true, because: 'need' })
    expect(may('grades', 'sro', 0)).toEqual({ allowed: true, because: 'may' })
    expect(may('grades', 'news', 0)).toEqual({ allowed: true, because: 'may' })
    // The same kind of fact without `may` is refused to the same recipients.
    expect(may('iep', 'sro', 0).allowed).toBe(false)
    expect(may('iep', 'news', 0)).toEqual({ allowed: false, because: 'broad-audience' })
  })

  it('allows a parent facts about their own child only', () => {
    expect(may('meds', 'j-mother', 0)).toEqual({ allowed: true, because: 'parent' })
    expect(may('meds', 'other-parent', 3)).toEqual({ allowed: false, because: 'policy' })
  })

  it('allows the kinds of the profile for the sensitivity', () => {
    expect(may('iep', 'counselor', 0)).toEqual({ allowed: true, because: 'policy' })
    expect(may('schedule', 'sro', 0)).toEqual({ allowed: true, because: 'policy' })
    expect(may('schedule', 'all-parents', 3)).toEqual({ allowed: false, because: 'broad-audience' })
    expect(may('arrest', 'principal', 0)).toEqual({ allowed: true, because: 'policy' })
    expect(may('arrest', 'counselor', 0).allowed).toBe(false)
  })

  it('opens the emergency exception only for safety facts, at threat 2 or more, to the listed kinds', () => {
    expect(may('meds', 'sro', 1).allowed).toBe(false)
    expect(may('meds', 'sro', 2)).toEqual({ allowed: true, because: 'emergency' })
    expect(may('meds', 'sro', 3)).toEqual({ allowed: true, because: 'emergency' })
    expect(may('meds', 'district', 3).allowed).toBe(false) // district is not listed for health
    expect(may('iep', 'sro', 3).allowed).toBe(false) // not a safety fact
    expect(may('rumour', 'teacher', 2)).toEqual({ allowed: true, because: 'emergency' })
  })

  it('never opens identifying facts to broad audiences, whatever the profile says', () => {
    const open: Policy = {
      ...DEFAULT_POLICY,
      sensitivities: {
        ...DEFAULT_POLICY.sensitivities,
        health: { allowed: ['parents', 'media'], emergency: ['public'] },
      },
    }
    expect(may('meds', 'all-parents', 3, open)).toEqual({
      allowed: false,
      because: 'broad-audience',
    })
  })

  it('follows a custom profile (an SRO designated a school official)', () => {
    const designated: Policy = {
      ...DEFAULT_POLICY,
      name: 'sro-official',
      sensitivities: {
        ...DEFAULT_POLICY.sensitivities,
        'education-record': { allowed: ['school-admin', 'law-enforcement'], emergency: [] },
      },
    }
    const iep = index.facts.get('iep')
    if (iep === undefined) throw new Error('no iep fact')
    expect(isAllowed(index, designated, { fact: iep, to: 'sro', threat: 0 })).toBe(true)
    expect(isAllowed(index, DEFAULT_POLICY, { fact: iep, to: 'sro', threat: 0 })).toBe(false)
  })

  it('refuses a recipient that is not a role of the scenario', () => {
    expect(may('smoke', 'nobody', 0)).toEqual({ allowed: false, because: 'unknown-recipient' })
  })
})
