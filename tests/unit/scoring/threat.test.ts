import { describe, expect, it } from 'vitest'
import { toMinute } from '../../../engine/scenario/clock'
import { highestThreat, wasCrisisBefore } from '../../../engine/scoring/threat'
import { flagsOf, play, scenarioOf } from './play'

/**
 * A note at 08:00 (threat 1). At 08:10 an imminent inject is entered and left in the same
 * minute: the next inject, also at 08:10, brings the threat back to 1.
 */
const FLASH = scenarioOf(`
format: ttx/1
id: flash
title: A flash
start: "08:00"
roles:
  - { id: teacher, title: Teacher, kind: school-staff }
  - { id: principal, title: Principal, kind: school-admin }
facts:
  - { id: note, text: The note says "today"., certainty: confirmed, sensitivity: observation, safety: true }
injects:
  - { id: found, at: "08:00", title: Found, threat: 1, reveal: { teacher: [note] }, next: flash }
  - { id: flash, at: "08:10", title: A shot is reported, threat: 3, next: false-alarm }
  - { id: false-alarm, at: "08:10", title: It was a car backfiring, threat: 1 }
expectations:
  - { id: note-up, escalate: { fact: note, to: [principal], within: 5 } }
`)

const ADVANCE = { type: 'advance' }
const END = { t: '08:20', type: 'end' }

describe('the threat timeline', () => {
  it('counts every inject entered within one minute, not only the last', () => {
    const replay = play(FLASH, [ADVANCE, ADVANCE, END])
    const at = toMinute('08:10')
    expect(highestThreat(replay, at, at)).toBe(3)
    expect(highestThreat(replay, toMinute('08:00'), toMinute('08:09'))).toBe(1)
    expect(highestThreat(replay, toMinute('08:11'), toMinute('08:20'))).toBe(1)
  })

  it('makes a never-met escalation critical when the imminent inject lasted less than a minute', () => {
    expect(flagsOf(FLASH, 'slow-escalation', [ADVANCE, ADVANCE, END])).toEqual([
      expect.objectContaining({ severity: 'critical', fact: 'note' }),
    ])
    expect(flagsOf(FLASH, 'slow-escalation', [{ t: '08:09', type: 'end' }])).toEqual([
      expect.objectContaining({ severity: 'high', fact: 'note' }),
    ])
  })

  it('calls the situation a crisis only from the first inject of threat 2 or more entered before the event', () => {
    const act = (t: string) => ({ t, type: 'act', role: 'principal', action: 'monitor' })
    const replay = play(FLASH, [act('08:05'), ADVANCE, ADVANCE, act('08:15'), END])
    expect(wasCrisisBefore(replay, 0)).toBe(false)
    expect(wasCrisisBefore(replay, 3)).toBe(true)
  })
})
