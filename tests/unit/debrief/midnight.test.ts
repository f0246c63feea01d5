/**
 * An exercise late in the evening whose deadline runs past midnight: the debrief is still
 * built and valid, the deadline read as a wall clock would ("00:05"), not "24:05".
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDebrief } from '../../../engine/debrief/build'
import { Debrief } from '../../../engine/debrief/schema'
import { DEFAULT_POLICY } from '../../../engine/policy/default-policy'
import { toClock } from '../../../engine/scenario/clock'
import { score } from '../../../engine/scoring/score'
import { play, scenarioOf } from '../scoring/play'

const MINIMAL = readFileSync(join(import.meta.dirname, '../../fixtures/valid/minimal.yaml'), 'utf8')
const LATE = scenarioOf(
  MINIMAL.replace("start: '08:00'", "start: '23:50'")
    .replace("at: '08:00'", "at: '23:55'")
    .replace("at: '08:15'", "at: '23:57'")
    .replace("at: '08:30'", "at: '23:59'"),
)

describe('a deadline past midnight', () => {
  it('reads as the wall clock would', () => {
    expect(toClock(23 * 60 + 59)).toBe('23:59')
    expect(toClock(24 * 60)).toBe('00:00')
    expect(toClock(24 * 60 + 5)).toBe('00:05')
  })

  it('still gives a valid debrief for a log that never escalates', () => {
    const replayed = play(LATE, [{ type: 'end', t: '23:58' }])
    const debrief = buildDebrief(replayed, DEFAULT_POLICY, score(replayed, DEFAULT_POLICY))
    expect(Debrief.safeParse(debrief).success).toBe(true)
    const due = debrief.timeline.filter((entry) => entry.kind === 'expectation')
    expect(due.map((entry) => entry.at)).toEqual(['00:05'])
    // In the evening's order: the end at 23:58 comes before the deadline at 00:05.
    expect(debrief.flags.map((flag) => `${flag.rule} ${flag.at}`)).toEqual([
      'under-sharing 23:58',
      'slow-escalation 00:05',
    ])
  })
})
