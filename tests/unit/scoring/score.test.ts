import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Log } from '../../../engine/exercise/log'
import { replay } from '../../../engine/exercise/replay'
import type { Replay } from '../../../engine/exercise/replay-types'
import { DEFAULT_POLICY } from '../../../engine/policy/default-policy'
import type { Flag } from '../../../engine/scoring/flag'
import { compareFlags, score, scoresOf } from '../../../engine/scoring/score'
import { SCHOOL } from './play'

const flag = (rule: Flag['rule'], severity: Flag['severity'], at = '08:00'): Flag => ({
  rule,
  severity,
  at,
  explanation: 'x',
  basis: 'T1',
})

describe('scoresOf', () => {
  it('subtracts 5, 10, 20, 35 per flag from its own dimension, floored at 0', () => {
    const scores = scoresOf([
      flag('speculation', 'low'),
      flag('speculation', 'medium'),
      flag('over-sharing', 'critical'),
      flag('over-sharing', 'critical'),
      flag('over-sharing', 'critical'),
      flag('slow-escalation', 'high'),
    ])
    expect(scores).toEqual({
      overall: 78, // (85 + 0 + 100 + 80 + 100 + 100) / 6 = 77.5, rounded
      accuracy: 85,
      privacy: 0,
      collaboration: 100,
      timeliness: 80,
      clarity: 100,
      proportion: 100,
    })
  })
})

describe('compareFlags', () => {
  it('orders by time, then event, then rule, then fact', () => {
    const a = { ...flag('overreaction', 'low', '08:01'), event: 3 }
    const b = { ...flag('speculation', 'low', '08:01'), event: 3, fact: 'b' }
    const c = { ...flag('speculation', 'low', '08:01'), event: 3, fact: 'a' }
    const d = { ...flag('speculation', 'low', '08:01') }
    const e = { ...flag('overreaction', 'low', '08:00'), event: 9 }
    expect([a, b, c, d, e].sort(compareFlags)).toEqual([e, c, b, a, d])
  })
})

/** Random plausible events for SCHOOL; the ones replay refuses are dropped one by one. */
const ROLES = ['teacher', 'principal', 'counselor', 'nurse', 'sro', 'district'] as const
const ALL = [...ROLES, 'all-parents', 'news', 'j-mother', 'other-parent'] as const
const FACTS = ['rumour', 'iep', 'meds', 'allergy', 'grades', 'arrest', 'smoke', 'schedule'] as const
const CERTAINTY = ['confirmed', 'reported', 'unverified', 'speculation'] as const
const ACTIONS = ['monitor', 'convene-team', 'search', 'call-911', 'lockdown'] as const

const move = fc.record({
  kind: fc.constantFrom('share', 'statement', 'act', 'decline', 'advance'),
  role: fc.constantFrom(...ROLES),
  to: fc.subarray([...ALL], { minLength: 1, maxLength: 3 }),
  facts: fc.subarray([...FACTS], { minLength: 1, maxLength: 2 }),
  label: fc.option(fc.constantFrom(...CERTAINTY), { nil: undefined }),
  action: fc.constantFrom(...ACTIONS),
  message: fc.boolean(),
  step: fc.integer({ min: 0, max: 6 }),
})
type Move = typeof move extends fc.Arbitrary<infer T> ? T : never

function eventsOf(moves: readonly Move[]): unknown[] {
  let minute = 8 * 60
  return moves.map((m) => {
    minute += m.step
    const t = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`
    const label = m.label === undefined ? {} : { label: m.label }
    switch (m.kind) {
      case 'share': {
        const message = m.message
          ? { message: { goal: 'g', urgency: 'high', known: 'k', ask: 'a' } }
          : {}
        return { t, type: 'share', from: m.role, to: m.to, facts: m.facts, ...label, ...message }
      }
      case 'statement':
        return {
          t,
          type: 'statement',
          from: m.role,
          to: m.to,
          text: 'guess',
          certainty: m.label ?? 'speculation',
          ...label,
        }
      case 'act':
        return { t, type: 'act', role: m.role, action: m.action }
      case 'decline':
        return { t, type: 'decline', role: m.role, to: m.to, facts: m.facts, reason: 'privacy' }
      case 'advance':
        return { type: 'advance', t }
    }
  })
}

function replayable(moves: readonly Move[]): Replay {
  const events = eventsOf(moves)
  for (;;) {
    const result = replay(SCHOOL, Log.parse({ format: 'ttx-log/1', scenario: 'school', events }))
    if (result.ok) return result.replay
    events.splice(Math.max(0, result.error.index), 1)
  }
}

describe('score (property)', () => {
  it('is deterministic, ordered, and keeps every score within 0..100', () => {
    fc.assert(
      fc.property(fc.array(move, { maxLength: 25 }), (moves) => {
        const played = replayable(moves)
        const first = score(played, DEFAULT_POLICY)
        const again = score(replayable(moves), DEFAULT_POLICY)
        expect(JSON.stringify(again)).toBe(JSON.stringify(first))
        expect([...first.flags].sort(compareFlags)).toEqual(first.flags)
        for (const value of Object.values(first.scores)) {
          expect(Number.isInteger(value) && value >= 0 && value <= 100).toBe(true)
        }
        const { overall, ...dimensions } = first.scores
        const mean = Object.values(dimensions).reduce((a, b) => a + b, 0) / 6
        expect(overall).toBe(Math.round(mean))
      }),
      { numRuns: 60 },
    )
  })
})
