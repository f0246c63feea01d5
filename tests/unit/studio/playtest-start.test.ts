import { describe, expect, it } from 'vitest'
import { reachableFrom, scenarioStartingAt } from '../../../engine/studio/playtest-start'
import { lockerNote } from './scenarios'

describe('scenarioStartingAt', () => {
  it('starts at the chosen inject, with its clock, keeping only what follows it', () => {
    const reduced = scenarioStartingAt(lockerNote, { inject: 'team', knowledge: [] })
    expect(reduced.start).toBe('07:50')
    expect(reduced.injects.map((inject) => inject.id)).toEqual([
      'team',
      'sro-informed',
      'sro-unaware',
    ])
    expect(reduced.expectations.map((expectation) => expectation.id)).toEqual([
      'note-to-team',
      'call-police',
    ])
  })

  it('hands out the starting knowledge in the first inject’s reveal, without duplicates', () => {
    const reduced = scenarioStartingAt(lockerNote, {
      inject: 'team',
      knowledge: [
        { role: 'principal', fact: 'note-text' },
        { role: 'counselor', fact: 'counseling-history' },
        { role: 'sro', fact: 'note-text' },
      ],
    })
    expect(reduced.injects[0]?.reveal).toEqual({
      counselor: ['counseling-history'],
      principal: ['note-text'],
      sro: ['note-text'],
    })
  })

  it('keeps the threat level that would be in force at the chosen inject', () => {
    const reduced = scenarioStartingAt(lockerNote, { inject: 'sro-informed', knowledge: [] })
    expect(reduced.injects[0]?.threat).toBe(2)
  })

  it('drops act expectations whose inject was cut away, and leaves the original alone', () => {
    const reduced = scenarioStartingAt(lockerNote, { inject: 'sro-informed', knowledge: [] })
    expect(reduced.expectations.map((expectation) => expectation.id)).toEqual(['note-to-team'])
    expect(lockerNote.injects[0]?.id).toBe('found')
    expect(lockerNote.injects[2]?.threat).toBeUndefined()
  })

  it('refuses an inject that does not exist', () => {
    expect(() => scenarioStartingAt(lockerNote, { inject: 'nowhere', knowledge: [] })).toThrow(
      'no inject "nowhere"',
    )
  })
})

describe('reachableFrom', () => {
  it('follows next and branches', () => {
    expect([...reachableFrom(lockerNote, 'found')].sort()).toEqual([
      'found',
      'sro-informed',
      'sro-unaware',
      'team',
    ])
    expect([...reachableFrom(lockerNote, 'sro-unaware')]).toEqual(['sro-unaware'])
  })
})
