import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY } from '../../../engine/policy/default-policy'
import { judgeExpectations } from '../../../engine/scoring/expectations'
import { score } from '../../../engine/scoring/score'
import { FULL_MESSAGE, flagsOf, play, scenarioOf } from './play'

/** A note found at 08:00 (threat 1); credible at 08:10 (2); imminent at 08:30 (3). */
const NOTE = scenarioOf(`
format: ttx/1
id: note
title: A note
start: "08:00"
objectives:
  - { id: fast, text: The note reaches the office within 10 minutes. }
  - { id: police, text: Police are called within 5 minutes once it is credible. }
  - { id: empty, text: Nothing in the log can show this. }
roles:
  - { id: teacher, title: Teacher, kind: school-staff }
  - { id: principal, title: Principal, kind: school-admin }
  - { id: counselor, title: School counselor, kind: school-mental-health }
  - { id: sro, title: School resource officer, kind: law-enforcement }
facts:
  - { id: note, text: The note says "Friday you all pay"., certainty: confirmed, sensitivity: observation, safety: true }
  - { id: tip, text: A parent called the office about the note., certainty: reported, sensitivity: observation }
  - { id: secret, text: Nobody learns this., certainty: confirmed, sensitivity: observation }
injects:
  - { id: found, at: "08:00", title: The note, threat: 1, reveal: { teacher: [note], principal: [tip] }, next: credible }
  - { id: credible, at: "08:10", title: It is credible, threat: 2, next: imminent }
  - { id: imminent, at: "08:30", title: It is imminent, threat: 3 }
expectations:
  - { id: note-up, objective: fast, escalate: { fact: note, to: [principal, counselor], within: 10 } }
  - { id: call, objective: police, act: { action: call-911, within: 5 }, from: credible }
  - { id: tip-up, escalate: { fact: tip, to: [principal], within: 5 } }
  - { id: secret-up, escalate: { fact: secret, to: [principal], within: 5 } }
`)

const shareNote = (t: string) => ({
  t,
  type: 'share',
  from: 'teacher',
  to: ['principal'],
  facts: ['note'],
  message: FULL_MESSAGE,
})
const call = (t: string) => ({ t, type: 'act', role: 'sro', action: 'call-911' })
const ADVANCE = { type: 'advance' }

function escalation(events: unknown[]) {
  return flagsOf(NOTE, 'slow-escalation', events).filter((f) => f.fact === 'note')
}

describe('slow-escalation: escalate', () => {
  it('does not flag a fact that reached a `to` role within the allowance', () => {
    expect(escalation([shareNote('08:10'), { t: '08:11', type: 'end' }])).toEqual([])
  })

  it('flags a late escalation as medium with its delay, the event and time that met it', () => {
    const flags = escalation([ADVANCE, shareNote('08:15'), { t: '08:16', type: 'end' }])
    expect(flags).toEqual([
      expect.objectContaining({
        severity: 'medium',
        role: 'teacher',
        event: 1,
        at: '08:15',
        fact: 'note',
        to: ['principal', 'counselor'],
        delay: 5,
      }),
    ])
    expect(flags[0]?.basis).toMatch(/^T1 /)
    expect(flags[0]?.explanation).toContain('15 minutes after Teacher learned it at 08:00')
  })

  it('stays medium at exactly twice the allowance, and is high beyond it', () => {
    expect(escalation([ADVANCE, shareNote('08:20')])).toEqual([
      expect.objectContaining({ severity: 'medium', delay: 10 }),
    ])
    expect(escalation([ADVANCE, shareNote('08:21')])).toEqual([
      expect.objectContaining({ severity: 'high', delay: 11 }),
    ])
  })

  it('flags a fact that never arrived as high, at its deadline, with no event or delay', () => {
    const flags = escalation([ADVANCE, { t: '08:25', type: 'end' }])
    expect(flags).toHaveLength(1)
    expect(flags[0]).toMatchObject({ severity: 'high', role: 'teacher', at: '08:10' })
    expect(flags[0]).not.toHaveProperty('event')
    expect(flags[0]).not.toHaveProperty('delay')
  })

  it('is critical when the threat became imminent after the clock started', () => {
    const flags = escalation([ADVANCE, ADVANCE, { t: '08:31', type: 'end' }])
    expect(flags).toEqual([expect.objectContaining({ severity: 'critical', at: '08:10' })])
    // Due at 08:10, while the threat was 2: the basis is T1, not T2 (imminent came later).
    expect(flags[0]?.basis).toMatch(/^T1 — /)
  })

  it('is met at once when the first to learn the fact is in `to`', () => {
    const flags = flagsOf(NOTE, 'slow-escalation', [{ t: '08:40', type: 'end' }])
    expect(flags.filter((f) => f.fact === 'tip')).toEqual([])
  })

  it('does not apply when nobody learned the fact', () => {
    const flags = flagsOf(NOTE, 'slow-escalation', [{ t: '08:40', type: 'end' }])
    expect(flags.some((f) => f.fact === 'secret')).toBe(false)
  })

  it('judges a log as a finished exercise, even when it stops without an end', () => {
    const replay = play(NOTE, [{ t: '08:05', type: 'note', text: 'x' }])
    expect(judgeExpectations(replay).find((o) => o.expectation.id === 'note-up')?.status).toBe(
      'missed',
    )
    expect(escalation([{ t: '08:05', type: 'end' }])).toHaveLength(1)
  })

  it('waits, in a live view of an open session, until the deadline has passed', () => {
    const replay = play(NOTE, [{ t: '08:05', type: 'note', text: 'x' }])
    const live = judgeExpectations(replay, { live: true })
    expect(live.find((o) => o.expectation.id === 'note-up')?.status).toBe('pending')
    const ended = play(NOTE, [{ t: '08:05', type: 'end' }])
    expect(
      judgeExpectations(ended, { live: true }).find((o) => o.expectation.id === 'note-up')?.status,
    ).toBe('missed')
  })
})

describe('slow-escalation: act', () => {
  const actFlags = (events: unknown[]) =>
    flagsOf(NOTE, 'slow-escalation', [shareNote('08:01'), ...events]).filter(
      (f) => f.fact === undefined,
    )

  it('starts the clock when its inject is entered and is met by the action in time', () => {
    expect(actFlags([{ type: 'advance', t: '08:12' }, call('08:17')])).toEqual([])
  })

  it('flags a late action, naming who finally acted', () => {
    const flags = actFlags([{ type: 'advance', t: '08:12' }, call('08:18')])
    expect(flags).toEqual([
      expect.objectContaining({ severity: 'medium', role: 'sro', event: 2, at: '08:18', delay: 1 }),
    ])
    expect(flags[0]).not.toHaveProperty('to')
    expect(flags[0]?.basis).toMatch(/^T2 /)
  })

  it('does not count an action taken before the clock started', () => {
    const flags = actFlags([call('08:05'), ADVANCE, { t: '08:20', type: 'end' }])
    expect(flags).toEqual([expect.objectContaining({ severity: 'high', at: '08:15' })])
    expect(flags[0]).not.toHaveProperty('role')
    expect(flags[0]?.explanation).toContain('“Call 911”')
  })

  it('is critical when never met and the threat reached 3', () => {
    expect(actFlags([ADVANCE, ADVANCE, { t: '08:31', type: 'end' }])).toEqual([
      expect.objectContaining({ severity: 'critical', at: '08:15' }),
    ])
  })

  it('does not apply when its inject was never reached', () => {
    expect(actFlags([{ t: '08:09', type: 'end' }])).toEqual([])
  })
})

describe('a clean log', () => {
  it('scores 100 in every dimension with no flag', () => {
    const clean = play(NOTE, [
      shareNote('08:02'),
      { type: 'advance', t: '08:10' },
      call('08:11'),
      { type: 'advance' },
      { t: '08:35', type: 'end' },
    ])
    expect(score(clean, DEFAULT_POLICY)).toEqual({
      flags: [],
      ties: [],
      scores: {
        overall: 100,
        accuracy: 100,
        privacy: 100,
        collaboration: 100,
        timeliness: 100,
        clarity: 100,
        proportion: 100,
      },
    })
  })
})
