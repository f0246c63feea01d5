/** The one-line messages `parseLog` gives for a log that breaks the ttx-log/1 format. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateLog, generateScenario } from '../../../bench/generate'
import { LogEvent } from '../../../engine/exercise/log'
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

  it('reports the first problem the whole log has: its fields, then its events, then unknown fields', () => {
    const log = { format: 'ttx-log/1', scenario: 'drill', events: [{ type: 'advance' }] }
    const text = (value: unknown): string => JSON.stringify(value)
    const message = (value: unknown): string => {
      const parsed = parseLog(text(value))
      return parsed.ok ? 'ok' : parsed.message
    }
    const badEvent = [{ type: 'advance' }, { type: 'end', t: 7 }]
    expect(message({ ...log, extra: 1 })).toBe('the log: unknown field "extra"')
    expect(message({ ...log, extra: 1, events: badEvent })).toBe('events[1].t: must be text')
    expect(message({ ...log, scenario: 'Not An Id', events: badEvent })).toMatch(/^scenario: /)
    expect(message({ ...log, events: [{ type: 'shout', t: '08:00' }] })).toBe(
      'events[0].type: must be one of share, statement, decide, act, decline, advance, note, observe, end',
    )
  })
})

/**
 * `parseLog` keeps the events `JSON.parse` made instead of zod's copies: right only while
 * no event field has a default or a transform. Every kind of event, with its optional
 * fields, comes out exactly as zod would return it.
 */
describe('the events parseLog keeps', () => {
  const root = join(import.meta.dirname, '../../..')
  const shipped = readdirSync(join(root, 'scenarios')).flatMap((id) => {
    const folder = join(root, 'scenarios', id, 'logs')
    if (!existsSync(folder)) return []
    const names = readdirSync(folder, { withFileTypes: true })
    return names
      .filter((entry) => entry.name.endsWith('.json') && !entry.name.endsWith('.expect.json'))
      .map((entry) => readFileSync(join(folder, entry.name), 'utf8'))
  })
  const every = JSON.stringify({
    format: 'ttx-log/1',
    scenario: 'drill',
    events: [
      { type: 'share', t: '08:00', from: 'a', to: ['b'], facts: ['f'], label: 'reported' },
      { type: 'share', t: '08:00', from: 'a', to: ['b'], facts: ['f'], message: { goal: 'g' } },
      { type: 'statement', t: '08:01', from: 'a', to: ['b'], text: 'x', certainty: 'reported' },
      { type: 'decide', t: '08:02', role: 'a', inject: 'i', option: 'o' },
      { type: 'act', t: '08:03', role: 'a', action: 'monitor' },
      { type: 'decline', t: '08:04', role: 'a', to: ['b'], facts: ['f'], reason: 'privacy' },
      { type: 'advance' },
      { type: 'advance', t: '08:05' },
      { type: 'note', text: 'n' },
      { type: 'observe', t: '08:06', text: 'seen', objective: 'o', by: 'Eve' },
      { type: 'end', t: '08:07' },
    ],
  })
  const generated = JSON.stringify(
    generateLog(generateScenario({ roles: 6, facts: 20, injects: 12 }), 500),
  )

  it.each([every, generated, ...shipped].map((text, n) => [n, text]))(
    'log %i: the events equal zod’s parse of them',
    (_, text) => {
      const parsed = parseLog(text)
      expect(parsed.ok).toBe(true)
      const events = (JSON.parse(text) as { events: unknown[] }).events
      if (parsed.ok) expect(parsed.log.events).toStrictEqual(LogEvent.array().parse(events))
    },
  )
})
