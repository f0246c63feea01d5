import { describe, expect, it } from 'vitest'
import type { LogEvent } from '../../../engine/exercise/log'
import {
  currentInject,
  ended,
  knowsNow,
  openDecisions,
  play,
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
    expect(currentInject(playtest).id).toBe('found')
    expect(knowsNow(playtest, 'custodian')).toEqual(['note-text'])
    expect(openDecisions(playtest).map((open) => open.role)).toEqual(['custodian'])
  })

  it('plays a decision, closes it, and advances along the branch the engine picks', () => {
    const start = startPlaytest(lockerNote, { inject: 'found', knowledge: [] })
    const played = playAll(start, [
      { type: 'decide', t: '07:33', role: 'custodian', inject: 'found', option: 'to-principal' },
      { type: 'advance' },
    ])
    expect(knowsNow(played, 'principal')).toEqual(['note-text'])
    expect(currentInject(played).id).toBe('team')
    expect(openDecisions(played)).toEqual([])
    const last = playAll(played, [{ type: 'advance' }])
    expect(currentInject(last).id).toBe('sro-unaware')
  })

  it('starts mid-scenario with the chosen starting knowledge, so the other branch is taken', () => {
    const start = startPlaytest(lockerNote, {
      inject: 'team',
      knowledge: [{ role: 'sro', fact: 'note-text' }],
    })
    expect(start.replay.clock).toBe(7 * 60 + 50)
    expect(knowsNow(start, 'sro')).toEqual(['note-text'])
    const after = playAll(start, [{ type: 'advance' }])
    expect(currentInject(after).id).toBe('sro-informed')
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
    expect(start.replay.log.events).toEqual([])
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
    expect(back.replay.log.events).toEqual([])
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
    expect(ended(start)).toBe(false)
    const done = playAll(start, [{ type: 'advance' }])
    expect(ended(done)).toBe(true)
    expect(openDecisions(done)).toEqual([])
  })
})
