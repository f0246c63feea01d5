import { describe, expect, it } from 'vitest'
import { buildDebrief, WEBINAR_QUESTIONS } from '../../../engine/debrief/build'
import { Debrief } from '../../../engine/debrief/schema'
import { renderJson } from '../../../engine/debrief/json'
import { DEFAULT_POLICY } from '../../../engine/policy/default-policy'
import { score } from '../../../engine/scoring/score'
import { FULL_MESSAGE, play, scenarioOf } from '../scoring/play'

/** A note found at 08:00; credible at 08:10; imminent at 08:30. Options carry teaching points. */
const NOTE = scenarioOf(`
format: ttx/1
id: note
title: A note
start: "08:00"
objectives:
  - { id: fast, text: The note reaches the office within 10 minutes. }
  - { id: police, text: Police are called within 5 minutes once it is credible. }
  - { id: nothing, text: An objective no expectation measures. }
roles:
  - { id: teacher, title: Teacher, kind: school-staff }
  - { id: principal, title: Principal, kind: school-admin }
  - { id: counselor, title: School counselor, kind: school-mental-health }
  - { id: sro, title: School resource officer, kind: law-enforcement }
  - { id: families, title: All families, kind: parents, player: false }
people:
  - { id: student-k, name: K. }
facts:
  - { id: note, text: The note says "Friday you all pay"., certainty: confirmed, sensitivity: observation, safety: true, about: student-k }
  - { id: rumour, text: Someone says K. wrote it., certainty: unverified, sensitivity: observation, safety: true }
injects:
  - id: found
    at: "08:00"
    title: The note
    threat: 1
    reveal: { teacher: [note, rumour] }
    decisions:
      - role: teacher
        prompt: What now?
        options:
          - id: tell
            label: Take it to the principal
            events:
              - { type: share, to: [principal], facts: [note], message: { goal: g, urgency: high, known: k, ask: a } }
            debrief: The reporter does not filter (T1).
          - id: wait
            label: Wait for lunch
            events: []
            debrief: A threat that waits for lunch waits three hours.
    next: credible
  - { id: credible, at: "08:10", title: It is credible, threat: 2, next: imminent }
  - { id: imminent, at: "08:30", title: It is imminent, threat: 3 }
expectations:
  - { id: note-up, objective: fast, escalate: { fact: note, to: [principal, counselor], within: 10 } }
  - { id: call, objective: police, act: { action: call-911, within: 5 }, from: credible }
discussion:
  - Who would the teacher tell?
`)

const call = (t: string) => ({ t, type: 'act', role: 'sro', action: 'call-911' })

function debriefOf(events: unknown[]) {
  const replayed = play(NOTE, events)
  return buildDebrief(replayed, DEFAULT_POLICY, score(replayed, DEFAULT_POLICY))
}

const GOOD = [
  { t: '08:02', type: 'decide', role: 'teacher', inject: 'found', option: 'tell' },
  {
    t: '08:04',
    type: 'share',
    from: 'teacher',
    to: ['principal', 'sro'],
    facts: ['rumour'],
    label: 'unverified',
    message: FULL_MESSAGE,
  },
  { type: 'advance' },
  call('08:12'),
  { type: 'advance' },
  { t: '08:40', type: 'end' },
]
const FLAWED = [
  { t: '08:02', type: 'decide', role: 'teacher', inject: 'found', option: 'wait' },
  {
    t: '08:04',
    type: 'share',
    from: 'teacher',
    to: ['counselor', 'families'],
    facts: ['note', 'rumour'],
  },
  { t: '08:05', type: 'act', role: 'principal', action: 'lockdown' },
  { type: 'advance' },
  { t: '08:20', type: 'end' },
]

describe('buildDebrief', () => {
  it('validates against its own schema, for a good and a flawed log', () => {
    expect(Debrief.safeParse(debriefOf(GOOD)).success).toBe(true)
    expect(Debrief.safeParse(debriefOf(FLAWED)).success).toBe(true)
  })

  it('carries the scenario, the policy, the scores and the flags', () => {
    const debrief = debriefOf(FLAWED)
    expect(debrief.format).toBe('ttx-debrief/1')
    expect(debrief.scenario).toEqual({ id: 'note', title: 'A note' })
    expect(debrief.policy).toBe('default')
    expect(debrief.flags.length).toBeGreaterThan(0)
    expect(debrief.scores.overall).toBeLessThan(100)
  })

  it('rates each objective P/S/M/U from what is tied to it, and never calls one with nothing applicable "not met"', () => {
    const rated = (id: string, text: string, suggested: 'P' | 'U' | null) => ({
      id,
      text,
      met: suggested === 'P',
      suggested,
      rating: suggested,
      note: '',
      flags: [],
    })
    expect(debriefOf(GOOD).objectives).toEqual([
      rated('fast', 'The note reaches the office within 10 minutes.', 'P'),
      rated('police', 'Police are called within 5 minutes once it is credible.', 'P'),
      rated('nothing', 'An objective no expectation measures.', null),
    ])
    // The 911 call was never made: a tied expectation never met is U, before any score.
    expect(debriefOf(FLAWED).objectives.map((o) => o.suggested)).toEqual(['P', 'U', null])
    // The clock of `call` never starts when play ends at the first inject: not rated.
    const early = debriefOf([GOOD[0], { t: '08:05', type: 'end' }])
    expect(early.objectives.map((o) => o.suggested)).toEqual(['P', null, null])
  })

  it("shows the evaluator's rating and note beside the suggestion", () => {
    const replayed = play(NOTE, FLAWED)
    const debrief = buildDebrief(replayed, DEFAULT_POLICY, score(replayed, DEFAULT_POLICY), {
      evaluation: { police: { rating: 'M', note: 'The SRO called at 08:21, after play ended.' } },
    })
    expect(debrief.objectives[1]).toMatchObject({
      id: 'police',
      suggested: 'U',
      rating: 'M',
      met: false,
      note: 'The SRO called at 08:21, after play ended.',
    })
    expect(debrief.objectives[0]).toMatchObject({ suggested: 'P', rating: 'P', note: '' })
  })

  it('puts the timeline in order, with expected versus actual at each deadline', () => {
    const kinds = debriefOf(GOOD).timeline.map((e) => `${e.at} ${e.kind}`)
    expect(kinds).toEqual([
      '08:00 inject',
      '08:02 decision',
      '08:02 share',
      '08:04 share',
      '08:10 inject',
      '08:10 expectation',
      '08:12 action',
      '08:15 expectation',
      '08:30 inject',
      '08:40 end',
    ])
    const call911 = debriefOf(FLAWED).timeline.find(
      (e) => e.kind === 'expectation' && e.id === 'call',
    )
    expect(call911).toMatchObject({ at: '08:15', start: '08:10', due: '08:15', status: 'missed' })
    expect(call911).not.toHaveProperty('actual')
  })

  it('ends the timeline where play ended, also when the last inject was left', () => {
    const left = debriefOf([...GOOD.slice(0, -1), { t: '08:45', type: 'advance' }])
    expect(left.timeline.at(-1)).toEqual({ at: '08:45', kind: 'end' })
    expect(left.timeline.filter((e) => e.kind === 'end')).toHaveLength(1)
  })

  it('keeps the chosen option’s teaching point on its decision', () => {
    const decision = debriefOf(FLAWED).timeline.find((e) => e.kind === 'decision')
    expect(decision).toMatchObject({
      option: 'wait',
      label: 'Wait for lunch',
      debrief: 'A threat that waits for lunch waits three hours.',
    })
  })

  it('lists one flow entry per share and recipient, marking the flagged ones', () => {
    expect(debriefOf(FLAWED).flow).toEqual([
      { at: '08:04', from: 'teacher', to: 'counselor', facts: ['note', 'rumour'], flagged: true },
      { at: '08:04', from: 'teacher', to: 'families', facts: ['note', 'rumour'], flagged: true },
    ])
    const good = debriefOf(GOOD).flow
    expect(good).toHaveLength(3)
    expect(good.every((f) => !f.flagged)).toBe(true)
  })

  it('derives strengths from what went right, and none from a flawed log', () => {
    const strengths = debriefOf(GOOD).strengths
    expect(strengths.some((s) => s.startsWith('Met in time:'))).toBe(true)
    expect(strengths.some((s) => s.includes('without overstating it (labelled unverified)'))).toBe(
      true,
    )
    expect(strengths.some((s) => s.includes('responded in proportion'))).toBe(true)
    expect(strengths.some((s) => s.includes('reporter does not filter'))).toBe(false)
    expect(debriefOf(FLAWED).strengths.some((s) => s.includes('in proportion'))).toBe(false)
  })

  it('turns flags into improvements with evidence and a plan with owners and dates', () => {
    const debrief = debriefOf(FLAWED)
    const cited = debrief.improvements.flatMap((i) => i.flags).sort((a, b) => a - b)
    expect(cited).toEqual(debrief.flags.map((_, i) => i))
    const escalation = debrief.flags.findIndex(
      (f) => f.rule === 'slow-escalation' && f.role === undefined,
    )
    const item = debrief.improvements.find((i) => i.flags.includes(escalation))
    expect(item?.text).toContain('The team')
    expect(debrief.plan).toContainEqual({
      action: expect.stringContaining('chain of contact') as string,
      owner: 'principal', // the flag names no one: the administrator owns it
      by: 'within 30 days',
    })
    expect(debrief.plan).toContainEqual(
      expect.objectContaining({ owner: 'teacher', by: 'within 7 days' }), // critical over-sharing
    )
  })

  it('merges the administrator’s plan item with a no-one item of the same rule, keeping the sooner date', () => {
    // The principal escalates late (medium, 60 days); no one calls 911 once the threat is
    // imminent (critical, no role: the principal owns it). One item, due within 7 days.
    const chain = scenarioOf(`
format: ttx/1
id: chain
title: Chain
start: "08:00"
roles:
  - { id: principal, title: Principal, kind: school-admin }
  - { id: sro, title: School resource officer, kind: law-enforcement }
facts:
  - { id: call, text: A caller reports a man with a gun., certainty: reported, sensitivity: observation }
injects:
  - { id: call, at: "08:00", title: The call, threat: 3, reveal: { principal: [call] } }
expectations:
  - { id: tell-sro, escalate: { fact: call, to: [sro], within: 5 } }
  - { id: dial, act: { action: call-911, within: 15 } }
`)
    const replayed = play(chain, [
      {
        t: '08:09',
        type: 'share',
        from: 'principal',
        to: ['sro'],
        facts: ['call'],
        label: 'reported',
        message: FULL_MESSAGE,
      },
      { t: '08:20', type: 'end' },
    ])
    const debrief = buildDebrief(replayed, DEFAULT_POLICY, score(replayed, DEFAULT_POLICY))
    expect(debrief.flags.map((f) => [f.severity, f.role])).toEqual([
      ['medium', 'principal'], // 08:09: the principal's group comes first
      ['critical', undefined], // 08:15
    ])
    expect(debrief.plan).toEqual([
      {
        action: expect.stringContaining('chain of contact') as string,
        owner: 'principal',
        by: 'within 7 days',
      },
    ])
  })

  it('asks the scenario’s questions, then the webinar’s three', () => {
    expect(debriefOf(GOOD).discussion).toEqual([
      'Who would the teacher tell?',
      ...WEBINAR_QUESTIONS,
    ])
    expect(WEBINAR_QUESTIONS).toHaveLength(3)
  })
})

describe('renderJson', () => {
  it('is stable: schema key order, 2-space indent, same bytes every time', () => {
    const debrief = debriefOf(FLAWED)
    const shuffled = Object.fromEntries(Object.entries(debrief).reverse()) as typeof debrief
    const json = renderJson(shuffled)
    expect(json).toBe(renderJson(debriefOf(FLAWED)))
    expect(Object.keys(JSON.parse(json) as object)).toEqual([
      'format',
      'scenario',
      'policy',
      'objectives',
      'scores',
      'flags',
      'timeline',
      'flow',
      'strengths',
      'improvements',
      'plan',
      'discussion',
    ])
    expect(json).toContain('\n  "scenario": {\n    "id": "note",')
    expect(json.endsWith('}\n')).toBe(true)
  })
})
