/** The one-line messages `parseLog` gives for a log that breaks the ttx-log/1 format. */
import { describe, expect, it } from 'vitest'
import { parseLog } from '../../../engine/exercise/parse-log'

/** The message for a log with these events (or the log itself when `events` is not a list). */
function messageFor(events: unknown): string {
  const parsed = parseLog(JSON.stringify({ format: 'ttx-log/1', scenario: 'drill', events }))
  return parsed.ok ? 'ok' : parsed.message
}

describe('parseLog', () => {
  it('says a field is missing only when it is absent', () => {
    expect(messageFor([{ type: 'act', role: 'teacher', action: 'monitor' }])).toBe(
      'events[0].t: missing',
    )
  })

  it('names the expected type of a field that is present with the wrong type', () => {
    expect(messageFor([{ type: 'act', t: 5, role: 'teacher', action: 'monitor' }])).toBe(
      'events[0].t: must be text',
    )
    expect(messageFor([{ type: 'advance', t: null }])).toBe('events[0].t: must be text')
    expect(
      messageFor([{ type: 'share', t: '08:01', from: 'teacher', to: 'nurse', facts: ['a'] }]),
    ).toBe('events[0].to: must be a list')
    expect(messageFor({})).toBe('events: must be a list')
  })

  it('says in plain words, naming the event, that a list or a text is empty', () => {
    const note = { type: 'note', t: '08:00', text: 'start' }
    const share = { type: 'share', t: '08:01', from: 'teacher', to: ['nurse'], facts: ['a'] }
    expect(messageFor([note, { ...share, to: [] }])).toBe(
      'events[1].to: event 1 (a share) names no recipient; list at least one role in "to"',
    )
    expect(
      messageFor([
        { type: 'decline', t: '08:01', role: 'nurse', to: ['sro'], facts: [], reason: 'privacy' },
      ]),
    ).toBe('events[0].facts: event 0 (a decline) names no fact; list at least one fact in "facts"')
    expect(messageFor([note, { ...share, to: [] }])).not.toContain('Too small')
  })
})
