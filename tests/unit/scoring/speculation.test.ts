import { describe, expect, it } from 'vitest'
import { FULL_MESSAGE, SCHOOL, flagsOf } from './play'

const share = (facts: string[], label?: string) => ({
  t: '08:05',
  type: 'share',
  from: 'teacher',
  to: ['principal'],
  facts,
  ...(label === undefined ? {} : { label }),
  message: FULL_MESSAGE,
})
const statement = (certainty: string, label?: string) => ({
  t: '08:06',
  type: 'statement',
  from: 'teacher',
  to: ['principal', 'counselor'],
  text: 'He has been off all month',
  certainty,
  ...(label === undefined ? {} : { label }),
})

describe('speculation: shares', () => {
  it('flags an unverified fact presented as fact (no label) as high', () => {
    const flags = flagsOf(SCHOOL, 'speculation', [share(['rumour'])])
    expect(flags).toEqual([
      expect.objectContaining({
        severity: 'high',
        role: 'teacher',
        event: 0,
        at: '08:05',
        fact: 'rumour',
        to: ['principal'],
      }),
    ])
    expect(flags[0]?.basis).toMatch(/^C1 /)
    expect(flags[0]?.explanation).toContain('A student says J. has a gun in his bag')
  })

  it('flags an explicit "confirmed" label on an unverified fact as high', () => {
    expect(flagsOf(SCHOOL, 'speculation', [share(['rumour'], 'confirmed')])[0]?.severity).toBe(
      'high',
    )
  })

  it('flags a smaller overstatement as medium', () => {
    expect(flagsOf(SCHOOL, 'speculation', [share(['rumour'], 'reported')])).toEqual([
      expect.objectContaining({ severity: 'medium', fact: 'rumour' }),
    ])
    // A reported fact presented as confirmed is overstated, but not a weak fact as fact.
    const arrest = { ...share(['arrest']), from: 'sro' }
    expect(flagsOf(SCHOOL, 'speculation', [arrest])).toEqual([
      expect.objectContaining({ severity: 'medium', fact: 'arrest', role: 'sro' }),
    ])
  })

  it('never flags honest or understated labels', () => {
    expect(flagsOf(SCHOOL, 'speculation', [share(['rumour'], 'unverified')])).toEqual([])
    expect(flagsOf(SCHOOL, 'speculation', [share(['rumour'], 'speculation')])).toEqual([])
    expect(flagsOf(SCHOOL, 'speculation', [share(['smoke'])])).toEqual([])
  })

  it('flags each overstated fact of a share once', () => {
    const flags = flagsOf(SCHOOL, 'speculation', [share(['rumour', 'smoke', 'schedule'])])
    expect(flags.map((f) => f.fact)).toEqual(['rumour'])
  })
})

describe('speculation: statements', () => {
  it('flags a guess as medium, citing T6', () => {
    const flags = flagsOf(SCHOOL, 'speculation', [statement('speculation')])
    expect(flags).toEqual([
      expect.objectContaining({
        severity: 'medium',
        role: 'teacher',
        event: 0,
        at: '08:06',
        to: ['principal', 'counselor'],
      }),
    ])
    expect(flags[0]?.basis).toMatch(/^T6 /)
    expect(flags[0]).not.toHaveProperty('fact')
  })

  it('flags a label above its certainty as high', () => {
    expect(flagsOf(SCHOOL, 'speculation', [statement('unverified', 'confirmed')])).toEqual([
      expect.objectContaining({ severity: 'high' }),
    ])
  })

  it('raises one flag, the higher, for an overstated guess', () => {
    expect(flagsOf(SCHOOL, 'speculation', [statement('speculation', 'reported')])).toEqual([
      expect.objectContaining({ severity: 'high' }),
    ])
  })

  it('does not flag honest statements', () => {
    expect(flagsOf(SCHOOL, 'speculation', [statement('unverified')])).toEqual([])
    expect(flagsOf(SCHOOL, 'speculation', [statement('reported', 'unverified')])).toEqual([])
  })
})
