/** The session refuses exactly what the saved log refuses, in words a facilitator reads. */
import { describe, expect, it } from 'vitest'
import { Log, type LogEvent } from '../../../engine/exercise/log'
import { createSession } from '../../../engine/exercise/session'
import { drill } from './fixtures'

const empties: readonly [string, LogEvent, string][] = [
  [
    'a share with no recipient',
    { t: '09:02', type: 'share', from: 'teacher', to: [], facts: ['burner'] },
    'A share needs at least one recipient',
  ],
  [
    'a share with no fact',
    { t: '09:02', type: 'share', from: 'teacher', to: ['nurse'], facts: [] },
    'A share needs at least one fact',
  ],
  [
    'a statement with no recipient',
    { t: '09:02', type: 'statement', from: 'teacher', to: [], text: 'x', certainty: 'speculation' },
    'A statement needs at least one recipient',
  ],
  [
    'a decline with no recipient',
    { t: '09:02', type: 'decline', role: 'teacher', to: [], facts: ['burner'], reason: 'privacy' },
    'A decline needs at least one recipient',
  ],
  [
    'a decline with no fact',
    { t: '09:02', type: 'decline', role: 'teacher', to: ['nurse'], facts: [], reason: 'unsure' },
    'A decline needs at least one fact',
  ],
]

describe('events the log format refuses', () => {
  it.each(empties)(
    'refuses %s, naming the event, and keeps the log as it was',
    (_, event, said) => {
      const session = createSession(drill())
      // The premise: the saved log would refuse this very event.
      const saved = { format: 'ttx-log/1', scenario: 'drill', policy: 'default', events: [event] }
      expect(Log.safeParse(saved).success).toBe(false)

      expect(session.can(event)).toBe(false)
      const result = session.dispatch(event)
      expect(result.ok ? undefined : result.error.message).toBe(said)
      expect(session.check(event)?.message).toBe(said)
      expect(session.log.events).toEqual([])
      expect(session.state.events).toBe(0)
    },
  )

  it('never shows zod wording', () => {
    const session = createSession(drill())
    for (const [, event] of empties) {
      expect(session.check(event)?.message).not.toMatch(/Too small|expected array|>=/)
    }
  })

  it('words a malformed time and an unknown field plainly', () => {
    const session = createSession(drill())
    const badTime = { t: '9h', type: 'note', text: 'x' } as unknown as LogEvent
    expect(session.check(badTime)?.message).toBe('A note has a time that is not HH:MM')
    const extra = { type: 'note', text: 'x', colour: 'red' } as unknown as LogEvent
    expect(session.check(extra)?.message).toBe('A note has a field the log does not know: "colour"')
  })

  it('accepts what the log accepts, so every accepted event saves and resumes', () => {
    const session = createSession(drill())
    const events: LogEvent[] = [
      { t: '09:02', type: 'share', from: 'teacher', to: ['nurse'], facts: ['burner'] },
      // An empty note is a valid ttx-log/1 event: the session does not add rules of its own.
      { type: 'note', text: '' },
    ]
    for (const event of events) expect(session.dispatch(event).ok).toBe(true)
    const saved = Log.parse(structuredClone(session.log))
    expect(createSession(drill(), { log: saved }).log.events).toEqual(events)
  })
})
