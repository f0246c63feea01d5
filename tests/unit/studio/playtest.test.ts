import { describe, expect, it } from 'vitest'
import type { LogEvent } from '../../../engine/exercise/log'
import {
  knowsNow,
  play,
  refusal,
  rewind,
  startPlaytest,
  type Playtest,
} from '../../../engine/studio/playtest'
import { lockerNote } from './scenarios'

function playAll(playtest: Playtest, events: LogEvent[]): Playtest {
  return events.reduce((current, event) => {
    const result = play(current, event)
    if (!result.ok) throw new Error(result.error)
    return result.playtest
  }, playtest)
}

describe('playtest', () => {
  it('starts at the first inject with its reveal and offers its decision', () => {
    const playtest = startPlaytest(lockerNote, { inject: 'found', knowledge: [] })
    expect(playtest.inject.id).toBe('found')
    expect(knowsNow(playtest, 'custodian')).toEqual(['note-text'])
    expect(playtest.state.openDecisions.map((open) => open.role)).toEqual(['custodian'])
  })

  it('plays a decision, closes it, and advances along the branch the engine picks', () => {
    const start = startPlaytest(lockerNote, { inject: 'found', knowledge: [] })
    const played = playAll(start, [
      { type: 'decide', t: '07:33', role: 'custodian', inject: 'found', option: 'to-principal' },
      { type: 'advance' },
    ])
    expect(knowsNow(played, 'principal')).toEqual(['note-text'])
    expect(played.inject.id).toBe('team')
    expect(played.state.openDecisions).toEqual([])
    const last = playAll(played, [{ type: 'advance' }])
    expect(last.inject.id).toBe('sro-unaware')
  })

  it('starts mid-scenario with the chosen starting knowledge, so the other branch is taken', () => {
    const start = startPlaytest(lockerNote, {
      inject: 'team',
      knowledge: [{ role: 'sro', fact: 'note-text' }],
    })
    expect(start.state.clock).toBe(7 * 60 + 50)
    expect(knowsNow(start, 'sro')).toEqual(['note-text'])
    const after = playAll(start, [{ type: 'advance' }])
    expect(after.inject.id).toBe('sro-informed')
  })

  it('refuses an event the engine refuses, with the engine’s message, and keeps the state', () => {
    const start = startPlaytest(lockerNote, { inject: 'found', knowledge: [] })
    const result = play(start, {
      type: 'share',
      t: '07:31',
      from: 'principal',
      to: ['sro'],
      facts: ['note-text'],
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/^event 0/)
    expect(start.events).toEqual([])
    expect(start.session.log.events).toEqual([])
  })

  it('says, before anything is played, why the engine would refuse a share: the console’s rule', () => {
    const start = startPlaytest(lockerNote, { inject: 'found', knowledge: [] })
    const share = { type: 'share', t: '07:31', from: 'custodian' } as const
    expect(refusal(start, { ...share, to: [], facts: ['note-text'] })).toBe(
      'A share needs at least one recipient',
    )
    expect(refusal(start, { ...share, to: ['principal'], facts: [] })).toBe(
      'A share needs at least one fact',
    )
    expect(refusal(start, { ...share, to: ['principal'], facts: ['note-text'] })).toBeUndefined()
    expect(start.events).toEqual([])
  })

  it('rewinds to any earlier moment, keeping the view it came from', () => {
    const start = startPlaytest(lockerNote, { inject: 'found', knowledge: [] })
    const played = playAll(start, [
      { type: 'decide', t: '07:33', role: 'custodian', inject: 'found', option: 'to-principal' },
      { type: 'advance' },
      { type: 'advance' },
    ])
    const back = rewind(played, 1)
    expect(back.events).toHaveLength(1)
    expect(back.inject.id).toBe('found')
    expect(knowsNow(back, 'principal')).toEqual(['note-text'])
    expect(played.inject.id).toBe('sro-unaware')
    expect(played.events).toHaveLength(3)
  })

  it('shows flags as they appear, and rewinding takes them away', () => {
    const start = startPlaytest(lockerNote, { inject: 'found', knowledge: [] })
    const speculated = playAll(start, [
      {
        type: 'statement',
        t: '07:31',
        from: 'custodian',
        to: ['principal'],
        text: 'It must be K.',
        certainty: 'speculation',
      },
    ])
    expect(speculated.flags.map((flag) => flag.rule)).toContain('speculation')
    const back = rewind(speculated, 0)
    expect(back.flags.map((flag) => flag.rule)).not.toContain('speculation')
    expect(back.events).toEqual([])
  })

  it('flags a slow escalation only once its deadline has passed', () => {
    const start = startPlaytest(lockerNote, { inject: 'found', knowledge: [] })
    const rules = (playtest: Playtest) => playtest.flags.map((flag) => flag.rule)
    expect(rules(start)).not.toContain('slow-escalation')
    const later = playAll(start, [{ type: 'note', t: '07:50', text: 'twenty minutes pass' }])
    expect(rules(later)).toContain('slow-escalation')
  })

  it('knows when play has ended', () => {
    const start = startPlaytest(lockerNote, { inject: 'sro-informed', knowledge: [] })
    expect(start.state.ended).toBe(false)
    const done = playAll(start, [{ type: 'advance' }])
    expect(done.state.ended).toBe(true)
    expect(done.state.openDecisions).toEqual([])
  })
})
