import { describe, expect, it } from 'vitest'
import { SCHOOL, flagsOf } from './play'

const act = (action: string, t = '08:05') => ({ t, type: 'act', role: 'principal', action })

describe('overreaction', () => {
  it('is medium one level above the threat and high two or more above', () => {
    const flags = flagsOf(SCHOOL, 'overreaction', [act('search'), act('lockdown', '08:06')])
    expect(flags).toEqual([
      expect.objectContaining({ severity: 'medium', role: 'principal', event: 0, at: '08:05' }),
      expect.objectContaining({ severity: 'high', event: 1, at: '08:06' }),
    ])
    expect(flags[1]?.explanation).toContain('Lock down the school')
    expect(flags[0]?.basis).toMatch(/^T3 /)
  })

  it('does not flag actions at or below the threat', () => {
    const events = [
      act('convene-team'),
      act('monitor', '08:06'),
      { type: 'advance' },
      { type: 'advance' },
      act('lockdown', '08:21'),
    ]
    expect(flagsOf(SCHOOL, 'overreaction', events)).toEqual([])
  })
})
