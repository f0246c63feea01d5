/**
 * docs/format.md: a share raises "at most one flag per rule and fact, listing every
 * recipient concerned in `to`" — even when a log names the same fact or recipient twice.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY } from '../../../engine/policy/default-policy'
import { score } from '../../../engine/scoring/score'
import { buildDebrief } from '../../../engine/debrief/build'
import { SCHOOL, play } from './play'

describe('a share or decline that repeats a fact or a recipient', () => {
  it('raises one flag per rule and fact, each recipient listed once', () => {
    const replay = play(SCHOOL, [
      // Unverified safety rumour as fact, no message, to the news twice: speculation,
      // over-sharing and unclear-message, once each.
      {
        t: '08:05',
        type: 'share',
        from: 'teacher',
        to: ['news', 'principal', 'news'],
        facts: ['rumour', 'rumour'],
      },
      // A needed safety fact refused twice over for privacy: one under-sharing flag.
      {
        t: '08:06',
        type: 'decline',
        role: 'nurse',
        to: ['teacher', 'teacher'],
        facts: ['allergy', 'allergy'],
        reason: 'privacy',
      },
    ])
    const { flags } = score(replay, DEFAULT_POLICY)
    const ofEvents = flags.filter((f) => f.event !== undefined)
    expect(ofEvents.map((f) => [f.rule, f.event, f.fact, f.to])).toEqual([
      ['speculation', 0, 'rumour', ['news', 'principal']],
      ['over-sharing', 0, 'rumour', ['news']],
      ['unclear-message', 0, 'rumour', ['news', 'principal']],
      ['under-sharing', 1, 'allergy', ['teacher']],
    ])
  })

  it('gives one information-flow entry per recipient', () => {
    const replay = play(SCHOOL, [
      {
        t: '08:05',
        type: 'share',
        from: 'teacher',
        to: ['principal', 'principal'],
        facts: ['smoke', 'smoke'],
        label: 'confirmed',
      },
    ])
    const debrief = buildDebrief(replay, DEFAULT_POLICY, score(replay, DEFAULT_POLICY))
    expect(debrief.flow.map((e) => [e.to, e.facts])).toEqual([['principal', ['smoke']]])
  })
})
