/** Replay semantics: the example of docs/format.md, branches, the clock and the threat level. */
import { describe, expect, it } from 'vitest'
import { toMinute } from '../../../engine/scenario/clock'
import type { LogEvent } from '../../../engine/exercise/log'
import { replay } from '../../../engine/exercise/replay'
import type { Replay } from '../../../engine/exercise/replay-types'
import { drill, lockerNote, lockerNoteLog, logOf } from './fixtures'

function replayed(result: ReturnType<typeof replay>): Replay {
  if (!result.ok) throw new Error(result.error.message)
  return result.replay
}

const drillReplay = (events: LogEvent[]): Replay =>
  replayed(replay(drill(), logOf(drill(), events)))
const entered = (r: Replay) => r.injects.map((entry) => entry.inject)

describe('the example log of docs/format.md', () => {
  const result = replayed(replay(lockerNote(), lockerNoteLog()))

  it('enters the injects in order, the clock moving to each one that is due later', () => {
    expect(result.injects).toEqual([
      { inject: 'found', at: toMinute('07:30'), threat: 1 },
      { inject: 'team', at: toMinute('07:50'), threat: 2, index: 5 },
      { inject: 'sro-informed', at: toMinute('08:10'), threat: 2, index: 7 },
    ])
    expect(result.end).toEqual({ at: toMinute('08:20'), reason: 'end', index: 8 })
    expect(result.clock).toBe(toMinute('08:20'))
  })

  it("expands the decide into its option's events, right after it", () => {
    expect(result.applied.slice(0, 3).map((event) => [event.type, event.index])).toEqual([
      ['decide', 0],
      ['share', 0],
      ['share', 1],
    ])
    expect(result.applied[1]).toEqual({
      index: 0,
      at: toMinute('07:33'),
      inject: 'found',
      threat: 1,
      via: { inject: 'found', role: 'custodian', option: 'to-principal' },
      type: 'share',
      from: 'custodian',
      to: ['principal'],
      facts: ['note-text'],
      label: 'confirmed',
      message: {
        goal: 'Get this note assessed before first period',
        urgency: 'high',
        known: 'Found at 7:25 in the east hall bin; I have not read anything else',
        ask: 'Decide who needs to see it; I will stay available',
      },
    })
    // Nothing is dropped: 9 log events plus the one option event.
    expect(result.applied).toHaveLength(10)
  })

  it('records first learnings only, from reveals and shares', () => {
    expect(result.learnings).toEqual([
      { role: 'custodian', fact: 'note-text', at: toMinute('07:30'), inject: 'found' },
      {
        role: 'principal',
        fact: 'note-text',
        at: toMinute('07:33'),
        inject: 'found',
        from: 'custodian',
        index: 0,
      },
      {
        role: 'counselor',
        fact: 'note-text',
        at: toMinute('07:36'),
        inject: 'found',
        from: 'principal',
        index: 1,
      },
      {
        role: 'sro',
        fact: 'note-text',
        at: toMinute('07:36'),
        inject: 'found',
        from: 'principal',
        index: 1,
      },
      { role: 'counselor', fact: 'counseling-history', at: toMinute('07:50'), inject: 'team' },
    ])
    expect(result.knowledge.get('counselor')?.get('note-text')?.from).toBe('principal')
    expect(result.knowledge.get('all-parents')).toBeUndefined()
  })

  it('takes the first branch whose condition holds (the sro knows the note)', () => {
    expect(entered(result)).toContain('sro-informed')
  })
})

describe('branches and the clock', () => {
  const decide = (option: string): LogEvent => ({
    t: '09:01',
    type: 'decide',
    role: 'teacher',
    inject: 'smoke',
    option,
  })

  it('follows a decided condition', () => {
    expect(entered(drillReplay([decide('tell-principal'), { type: 'advance' }]))).toEqual([
      'smoke',
      'evacuation',
    ])
  })

  it('follows an any/knows condition when the fact was shared by hand', () => {
    const share: LogEvent = {
      t: '09:02',
      type: 'share',
      from: 'teacher',
      to: ['principal'],
      facts: ['smoke'],
    }
    expect(entered(drillReplay([share, { type: 'advance' }]))).toEqual(['smoke', 'shelter'])
  })

  it('follows an any/acted condition (acted without a role means anyone)', () => {
    const act: LogEvent = { t: '09:02', type: 'act', role: 'nurse', action: 'shelter' }
    expect(entered(drillReplay([act, { type: 'advance' }]))).toEqual(['smoke', 'shelter'])
  })

  it('falls back to the branch without a condition', () => {
    expect(entered(drillReplay([decide('wait'), { type: 'advance' }]))).toEqual(['smoke', 'quiet'])
  })

  it('evaluates all/not/threat when leaving the evacuation', () => {
    const tellPress: LogEvent = {
      t: '09:12',
      type: 'share',
      from: 'principal',
      to: ['news'],
      facts: ['smoke'],
    }
    const advance: LogEvent = { type: 'advance' }
    expect(entered(drillReplay([decide('tell-principal'), advance, advance]))).toContain('calm')
    expect(entered(drillReplay([decide('tell-principal'), advance, tellPress, advance]))).toContain(
      'press',
    )
  })

  it('keeps the threat level of the inject before when an inject has none', () => {
    const r = drillReplay([decide('wait'), { type: 'advance' }])
    expect(r.injects.map((entry) => entry.threat)).toEqual([1, 1])
  })

  it("moves the clock to an advance's t first, and to the next inject's at only if later", () => {
    const late = drillReplay([{ t: '09:07', type: 'advance' }])
    expect(late.injects[1]).toEqual({ inject: 'quiet', at: toMinute('09:07'), threat: 1, index: 0 })
    const early = drillReplay([{ t: '09:02', type: 'advance' }])
    expect(early.injects[1]?.at).toBe(toMinute('09:05'))
  })

  it('ends play when the last inject is left, or stays open when the log stops', () => {
    const advance: LogEvent = { type: 'advance' }
    const done = drillReplay([advance, advance, advance])
    expect(done.end).toEqual({ at: toMinute('09:30'), reason: 'last-inject', index: 2 })
    expect(done.applied.at(-1)).toMatchObject({ type: 'advance', index: 2 })
    expect(done.applied.at(-1)).not.toHaveProperty('entered')
    expect(drillReplay([advance]).end).toEqual({ at: toMinute('09:05'), reason: 'open' })
  })

  it('records the debrief of a chosen option and the level of an action', () => {
    const r = drillReplay([decide('wait')])
    expect(r.applied[0]).toMatchObject({
      type: 'decide',
      debrief: 'Smoke is a report to pass on, not to manage alone.',
    })
    expect(r.applied[1]).toMatchObject({
      type: 'act',
      role: 'teacher',
      action: 'open-windows',
      level: 0,
      via: { option: 'wait' },
    })
  })
})
