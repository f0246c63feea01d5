import { describe, expect, it } from 'vitest'
import { SCHOOL, flagsOf, shareAt } from './play'

describe('over-sharing', () => {
  it('flags a health fact to a recipient not allowed as high, listing only those concerned', () => {
    const flags = flagsOf(
      SCHOOL,
      'over-sharing',
      shareAt(1, 'nurse', ['counselor', 'sro'], ['meds']),
    )
    expect(flags).toEqual([
      expect.objectContaining({
        severity: 'high',
        role: 'nurse',
        event: 0,
        at: '08:05',
        fact: 'meds',
        to: ['sro'],
      }),
    ])
    // A school nurse's record is FERPA's: F8 outside an emergency, never HIPAA's H3.
    expect(flags[0]?.basis).toMatch(/^F8 — /)
    expect(flags[0]?.explanation).toContain('J. takes medication for seizures')
  })

  it('opens the emergency exception for safety facts at threat 2 and 3 only', () => {
    expect(flagsOf(SCHOOL, 'over-sharing', shareAt(2, 'nurse', ['sro'], ['meds']))).toEqual([])
    expect(flagsOf(SCHOOL, 'over-sharing', shareAt(3, 'nurse', ['sro'], ['meds']))).toEqual([])
  })

  it('keeps the emergency exception to the kinds listed for the sensitivity', () => {
    expect(flagsOf(SCHOOL, 'over-sharing', shareAt(3, 'nurse', ['district'], ['meds']))).toEqual([
      expect.objectContaining({ severity: 'high', to: ['district'] }),
    ])
  })

  it('does not open the emergency exception for facts that are not about safety', () => {
    expect(flagsOf(SCHOOL, 'over-sharing', shareAt(3, 'counselor', ['sro'], ['iep']))).toEqual([
      expect.objectContaining({ severity: 'high', fact: 'iep', to: ['sro'] }),
    ])
  })

  it('is critical to a broad audience, whatever the sensitivity', () => {
    const flags = flagsOf(
      SCHOOL,
      'over-sharing',
      shareAt(3, 'teacher', ['district', 'all-parents'], ['schedule']),
    )
    expect(flags).toEqual([expect.objectContaining({ severity: 'critical', to: ['all-parents'] })])
    expect(flags[0]?.basis).toMatch(/^C4 /)
    const news = flagsOf(SCHOOL, 'over-sharing', shareAt(1, 'sro', ['news'], ['arrest']))
    expect(news).toEqual([expect.objectContaining({ severity: 'critical', to: ['news'] })])
    // The arrest names no one: the explanation must not say it identifies someone.
    expect(news[0]?.explanation).toContain('must not receive law-enforcement information')
    expect(flags[0]?.explanation).toContain('must not receive information that identifies someone')
  })

  it('is medium for other sensitivities', () => {
    expect(flagsOf(SCHOOL, 'over-sharing', shareAt(1, 'sro', ['counselor'], ['arrest']))).toEqual([
      expect.objectContaining({ severity: 'medium', fact: 'arrest' }),
    ])
    expect(flagsOf(SCHOOL, 'over-sharing', shareAt(1, 'teacher', ['sro'], ['rumour']))).toEqual([])
    expect(flagsOf(SCHOOL, 'over-sharing', shareAt(1, 'teacher', ['nurse'], ['rumour']))).toEqual(
      [],
    )
  })

  it('allows need and may, by role id and by kind', () => {
    expect(flagsOf(SCHOOL, 'over-sharing', shareAt(1, 'nurse', ['teacher'], ['allergy']))).toEqual(
      [],
    )
    expect(
      flagsOf(SCHOOL, 'over-sharing', shareAt(1, 'counselor', ['sro', 'news'], ['grades'])),
    ).toEqual([])
  })

  it('allows a parent facts about their own child, not another parent', () => {
    const flags = flagsOf(
      SCHOOL,
      'over-sharing',
      shareAt(1, 'nurse', ['j-mother', 'other-parent'], ['meds']),
    )
    expect(flags).toEqual([expect.objectContaining({ severity: 'high', to: ['other-parent'] })])
  })

  it('does not apply to public facts or facts that identify no one and are not sensitive', () => {
    expect(
      flagsOf(
        SCHOOL,
        'over-sharing',
        shareAt(1, 'teacher', ['news', 'all-parents'], ['closure', 'smoke']),
      ),
    ).toEqual([])
  })

  it('raises one flag per share and fact', () => {
    const flags = flagsOf(
      SCHOOL,
      'over-sharing',
      shareAt(1, 'counselor', ['all-parents', 'news', 'district'], ['iep', 'grades']),
    )
    expect(flags).toEqual([
      expect.objectContaining({ fact: 'grades', severity: 'critical', to: ['all-parents'] }),
      expect.objectContaining({ fact: 'iep', severity: 'critical', to: ['all-parents', 'news'] }),
    ])
  })
})
