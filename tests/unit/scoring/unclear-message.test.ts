import { describe, expect, it } from 'vitest'
import { SCHOOL, flagsOf } from './play'

const share = (facts: string[], message?: Record<string, string>) => ({
  t: '08:05',
  type: 'share',
  from: 'teacher',
  to: ['principal'],
  facts,
  label: 'unverified',
  ...(message === undefined ? {} : { message }),
})

describe('unclear-message', () => {
  it('flags a safety share with no message as low, all four parts missing', () => {
    const flags = flagsOf(SCHOOL, 'unclear-message', [share(['rumour'])])
    expect(flags).toEqual([
      expect.objectContaining({ severity: 'low', role: 'teacher', event: 0, fact: 'rumour' }),
    ])
    expect(flags[0]?.explanation).toContain('Missing: goal, urgency, known, ask.')
    expect(flags[0]?.basis).toMatch(/^C2 /)
  })

  it('lists only the missing parts; blank text counts as missing', () => {
    const flags = flagsOf(SCHOOL, 'unclear-message', [
      share(['rumour'], { goal: 'Assess it', urgency: 'high', known: '  ' }),
    ])
    expect(flags[0]?.explanation).toContain('without what is known and the ask')
    expect(flags[0]?.explanation).toContain('Missing: known, ask.')
  })

  it('raises one flag per share, naming every safety fact concerned and no other', () => {
    const flags = flagsOf(SCHOOL, 'unclear-message', [share(['rumour', 'smoke', 'schedule'])])
    expect(flags).toHaveLength(1)
    // Several safety facts: the flag names them in its explanation, not in `fact`.
    expect(flags[0]).not.toHaveProperty('fact')
    expect(flags[0]?.explanation).toContain('J. has a gun in his bag')
    expect(flags[0]?.explanation).toContain('smoke')
    expect(flags[0]?.explanation).not.toContain('schedule')
  })

  it('raises nothing for a share of no safety fact, whatever its message', () => {
    expect(flagsOf(SCHOOL, 'unclear-message', [share(['schedule'])])).toEqual([])
  })

  it('does not flag a complete message', () => {
    const complete = { goal: 'g', urgency: 'low', known: 'k', ask: 'a' }
    expect(flagsOf(SCHOOL, 'unclear-message', [share(['rumour'], complete)])).toEqual([])
  })
})
