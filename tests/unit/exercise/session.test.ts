/** The session the app drives: dispatch, undo, can, resuming from a saved log. */
import { describe, expect, it } from 'vitest'
import { toMinute } from '../../../engine/scenario/clock'
import type { LogEvent } from '../../../engine/exercise/log'
import { replay } from '../../../engine/exercise/replay'
import { Log } from '../../../engine/exercise/log'
import { createSession, InvalidLogError } from '../../../engine/exercise/session'
import { badLog, drill, lockerNote, lockerNoteLog } from './fixtures'

const share: LogEvent = {
  t: '09:02',
  type: 'share',
  from: 'teacher',
  to: ['nurse'],
  facts: ['burner'],
}

describe('a session', () => {
  it('starts at the first inject with its open decisions', () => {
    const session = createSession(drill())
    expect(session.state).toMatchObject({
      inject: 'smoke',
      clock: toMinute('09:00'),
      threat: 1,
      ended: false,
      events: 0,
    })
    expect(session.openDecisions()).toEqual([
      {
        inject: 'smoke',
        role: 'teacher',
        prompt: 'What do you do?',
        options: [
          { id: 'tell-principal', label: 'Tell the principal and evacuate the lab' },
          { id: 'warn-nurse', label: "Warn the nurse about the student's asthma" },
          { id: 'wait', label: 'Open the windows and wait' },
        ],
      },
    ])
    expect([...session.knowsNow('teacher').keys()]).toEqual(['smoke', 'burner'])
    expect(session.knowsNow('nurse').size).toBe(0)
  })

  it('dispatches a valid event: appended to the log, applied to the state', () => {
    const session = createSession(drill())
    const result = session.dispatch(share)
    expect(result.ok).toBe(true)
    expect(session.log.events).toEqual([share])
    expect(session.knowsNow('nurse').get('burner')).toBe(toMinute('09:02'))
    expect(session.state.clock).toBe(toMinute('09:02'))
  })

  it('rejects an invalid event with the error of replay, leaving the log as it was', () => {
    const session = createSession(drill())
    const bad: LogEvent = {
      t: '09:02',
      type: 'share',
      from: 'nurse',
      to: ['teacher'],
      facts: ['burner'],
    }
    expect(session.can(bad)).toBe(false)
    const result = session.dispatch(bad)
    expect(result).toEqual({
      ok: false,
      error: {
        index: 0,
        field: 'facts[0]',
        message:
          'event 0: nurse does not know fact "burner" yet (no inject reveals it to nurse; someone who knows it must share it first)',
      },
    })
    expect(session.log.events).toEqual([])
  })

  it('closes a decision once it is taken, and ends with the log', () => {
    const session = createSession(drill())
    session.dispatch({
      t: '09:01',
      type: 'decide',
      role: 'teacher',
      inject: 'smoke',
      option: 'wait',
    })
    expect(session.openDecisions()).toEqual([])
    session.dispatch({ type: 'end' })
    expect(session.state).toMatchObject({ ended: true, end: { reason: 'end', index: 1 } })
    expect(session.can({ type: 'note', text: 'after' })).toBe(false)
  })

  it('undoes the last event, back to the state before it', () => {
    const session = createSession(drill())
    session.dispatch(share)
    const before = session.state
    session.dispatch({ type: 'advance' })
    expect(session.state.inject).toBe('quiet')
    expect(session.undo()).toEqual(before)
    expect(session.log.events).toEqual([share])
    expect(session.replay().injects).toHaveLength(1)
  })

  it('gives the same replay as replay() for the same log', () => {
    const session = createSession(lockerNote(), { log: lockerNoteLog() })
    const direct = replay(lockerNote(), lockerNoteLog())
    expect(direct.ok && session.replay()).toEqual(direct.ok && direct.replay)
  })

  it('resumes from its log saved as JSON, as the app does', () => {
    const session = createSession(lockerNote(), { log: lockerNoteLog(), policy: 'strict' })
    const saved = Log.parse(JSON.parse(JSON.stringify(session.log)))
    const resumed = createSession(lockerNote(), { log: saved })
    expect(resumed.state).toEqual(session.state)
    expect(resumed.log).toEqual({ ...lockerNoteLog(), policy: 'strict' })
  })

  it('keeps a replay it gave out as it was when more events follow', () => {
    const session = createSession(drill())
    session.dispatch(share)
    const before = session.replay()
    session.dispatch({ type: 'advance' })
    expect(before.log.events).toEqual([share])
    expect(before.injects).toHaveLength(1)
    expect(session.replay().injects).toHaveLength(2)
  })

  it('refuses a broken log', () => {
    expect(() => createSession(lockerNote(), { log: badLog('decide-twice') })).toThrow(
      InvalidLogError,
    )
    expect(() => createSession(lockerNote(), { log: badLog('decide-twice') })).toThrow(
      'event 1: custodian already decided at inject "found" (chose "to-principal" at event 0); a decision is taken only once',
    )
  })
})
