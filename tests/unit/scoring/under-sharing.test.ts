import { describe, expect, it } from 'vitest'
import { FULL_MESSAGE, SCHOOL, flagsOf } from './play'

const decline = (role: string, to: string[], facts: string[], reason = 'privacy', t = '08:05') => ({
  t,
  type: 'decline',
  role,
  to,
  facts,
  reason,
})
const tell = (from: string, to: string[], facts: string[]) => ({
  t: '08:04',
  type: 'share',
  from,
  to,
  facts,
  label: 'unverified',
  message: FULL_MESSAGE,
})
const END = { t: '08:30', type: 'end' }

describe('under-sharing: a needed fact that never arrived', () => {
  it('flags each held fact that never reached every role in its need, once, with no event', () => {
    const flags = flagsOf(SCHOOL, 'under-sharing', [END])
    expect(flags).toEqual([
      {
        rule: 'under-sharing',
        severity: 'high',
        role: 'nurse',
        at: '08:30',
        fact: 'allergy',
        to: ['teacher'],
        explanation: expect.stringContaining('J. carries an epinephrine pen') as string,
        basis: expect.stringMatching(/^H1 — /) as string,
      },
      expect.objectContaining({ role: 'teacher', fact: 'rumour', to: ['principal'] }),
    ])
  })

  it('is medium when the fact does not bear on safety', () => {
    const scenario = structuredClone(SCHOOL)
    const allergy = scenario.facts.find((f) => f.id === 'allergy')
    if (allergy) allergy.safety = false
    expect(flagsOf(scenario, 'under-sharing', [END])).toContainEqual(
      expect.objectContaining({ fact: 'allergy', severity: 'medium' }),
    )
  })

  it('is cleared when every needed role learned it, and ignores facts no one held', () => {
    const flags = flagsOf(SCHOOL, 'under-sharing', [
      tell('teacher', ['principal'], ['rumour']),
      tell('nurse', ['teacher'], ['allergy']),
      END,
    ])
    expect(flags).toEqual([]) // `unseen` is needed by the principal, but no one ever held it
  })

  it('names who held the fact first', () => {
    const flags = flagsOf(SCHOOL, 'under-sharing', [
      tell('teacher', ['counselor'], ['rumour']),
      END,
    ])
    expect(flags).toContainEqual(expect.objectContaining({ fact: 'rumour', role: 'teacher' }))
  })
})

describe('under-sharing: the "FERPA forbids it" decline', () => {
  it('flags a privacy decline to a recipient who needed the fact and was allowed it', () => {
    const flags = flagsOf(SCHOOL, 'under-sharing', [decline('nurse', ['teacher'], ['allergy'])])
    expect(flags).toContainEqual(
      expect.objectContaining({
        severity: 'high',
        role: 'nurse',
        event: 0,
        at: '08:05',
        fact: 'allergy',
        to: ['teacher'],
      }),
    )
  })

  it('flags a privacy decline of a safety fact, citing the rule for its sensitivity', () => {
    const [flag] = flagsOf(SCHOOL, 'under-sharing', [
      tell('teacher', ['principal'], ['rumour']),
      decline('teacher', ['counselor'], ['rumour']),
    ]).filter((f) => f.event !== undefined)
    expect(flag).toMatchObject({ event: 1, to: ['counselor'], fact: 'rumour' })
    expect(flag?.basis).toMatch(/^F1 /)
  })

  it('judges the disclosure at the moment of the decline (emergency exception)', () => {
    const atConcern = flagsOf(SCHOOL, 'under-sharing', [decline('nurse', ['sro'], ['meds'])])
    expect(atConcern.filter((f) => f.event !== undefined)).toEqual([])
    const atCredible = flagsOf(SCHOOL, 'under-sharing', [
      { type: 'advance' },
      decline('nurse', ['sro', 'district'], ['meds'], 'privacy', '08:12'),
    ])
    expect(atCredible.filter((f) => f.event !== undefined)).toEqual([
      expect.objectContaining({ event: 1, at: '08:12', to: ['sro'], fact: 'meds' }),
    ])
  })

  it('does not flag declines for other reasons, of facts not needed, or not allowed', () => {
    const flags = flagsOf(SCHOOL, 'under-sharing', [
      decline('nurse', ['teacher'], ['allergy'], 'unsure'),
      decline('counselor', ['principal'], ['iep']), // allowed but neither needed nor safety
      decline('counselor', ['all-parents'], ['iep']), // not allowed: declining is right
    ])
    expect(flags.filter((f) => f.event !== undefined)).toEqual([])
  })
})
