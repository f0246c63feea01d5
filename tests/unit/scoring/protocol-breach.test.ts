import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY } from '../../../engine/policy/default-policy'
import { BASIS } from '../../../engine/scoring/basis'
import { score } from '../../../engine/scoring/score'
import { FULL_MESSAGE, flagsOf, play, scenarioOf } from './play'

/**
 * A note at 08:00 (threat 1, the teacher holds it), credible at 08:10 (2), imminent at
 * 08:20 (3); the principal decides at 08:00 whether to sweep the halls. `expectations`
 * is YAML for the scenario's expectations.
 */
function drill(expectations: string) {
  return scenarioOf(`
format: ttx/1
id: drill
title: A note
start: "08:00"
roles:
  - { id: teacher, title: Teacher, kind: school-staff }
  - { id: principal, title: Principal, kind: school-admin }
  - { id: sro, title: School resource officer, kind: law-enforcement }
actions:
  - { id: release-student, label: Release a student to a caller, level: 0 }
facts:
  - { id: note, text: The note says "Friday you all pay"., certainty: confirmed, sensitivity: observation, safety: true }
injects:
  - id: found
    at: "08:00"
    title: The note
    threat: 1
    reveal: { teacher: [note] }
    decisions:
      - role: principal
        prompt: Sweep the halls?
        options:
          - { id: sweep, label: Sweep, events: [] }
          - { id: hold, label: Hold, events: [] }
    next: credible
  - { id: credible, at: "08:10", title: It is credible, threat: 2, next: imminent }
  - { id: imminent, at: "08:20", title: It is imminent, threat: 3 }
expectations:
${expectations}
`)
}

const act = (action: string, t = '08:05', role = 'principal') => ({ t, type: 'act', role, action })
const decide = (option: string) => ({
  t: '08:02',
  type: 'decide',
  role: 'principal',
  inject: 'found',
  option,
})
const tell = {
  t: '08:03',
  type: 'share',
  from: 'teacher',
  to: ['principal'],
  facts: ['note'],
  message: FULL_MESSAGE,
}
const ADVANCE = { type: 'advance' }

/** An avoid expectation on `monitor` (level 0: never an overreaction) with this `when`. */
function breachesWhen(when: string, events: unknown[]) {
  const scenario = drill(`
  - id: no-monitor
    avoid: { action: monitor }
    when: ${when}
    basis: T3
    explain: Watching is not enough here.`)
  return flagsOf(scenario, 'protocol-breach', events)
}

describe('protocol-breach', () => {
  const RELEASE = drill(`
  - id: no-release
    avoid: { action: release-student }
    basis: C5
    explain: Release only through the reunification gate.
  - id: no-sweep
    avoid: { action: search }
    severity: medium
    basis: District protocol 7 — only the officer searches lockers
    explain: The officer searches, with the principal present.`)

  it('flags an avoided action: high by default, the rule text for a bare ID, the explain text', () => {
    const flags = flagsOf(RELEASE, 'protocol-breach', [act('release-student')])
    expect(flags).toEqual([
      {
        rule: 'protocol-breach',
        severity: 'high',
        role: 'principal',
        event: 0,
        at: '08:05',
        explanation:
          'Principal chose “Release a student to a caller”, which the protocol forbids here. Release only through the reunification gate.',
        basis: BASIS.C5,
      },
    ])
    expect(flags[0]?.basis).toMatch(/^C5 — /)
  })

  it('keeps the severity and a basis that is not a rule ID as written, and ties the flag to its expectation', () => {
    const result = score(play(RELEASE, [act('search')]), DEFAULT_POLICY)
    const position = result.flags.findIndex((f) => f.rule === 'protocol-breach')
    expect(result.flags[position]).toEqual(
      expect.objectContaining({
        severity: 'medium',
        basis: 'District protocol 7 — only the officer searches lockers',
        explanation: expect.stringContaining(
          'The officer searches, with the principal present.',
        ) as string,
      }),
    )
    expect(result.ties[position]).toEqual({ expectation: 'no-sweep', facts: [] })
  })

  it('raises one flag per act', () => {
    const flags = flagsOf(RELEASE, 'protocol-breach', [
      act('release-student'),
      act('release-student', '08:06', 'teacher'),
    ])
    expect(flags).toEqual([
      expect.objectContaining({ event: 0, role: 'principal' }),
      expect.objectContaining({ event: 1, role: 'teacher', at: '08:06' }),
    ])
  })

  it('applies only from its `from` inject on', () => {
    const scenario = drill(`
  - id: no-release
    avoid: { action: release-student }
    from: credible
    basis: C5
    explain: Release only through the reunification gate.`)
    expect(flagsOf(scenario, 'protocol-breach', [act('release-student', '08:09')])).toEqual([])
    expect(
      flagsOf(scenario, 'protocol-breach', [ADVANCE, act('release-student', '08:11')]),
    ).toEqual([expect.objectContaining({ event: 1 })])
  })

  it('counts the first inject as entered when play begins', () => {
    const scenario = drill(`
  - id: no-release
    avoid: { action: release-student }
    from: found
    basis: C5
    explain: Release only through the reunification gate.`)
    expect(flagsOf(scenario, 'protocol-breach', [act('release-student', '08:00')])).toHaveLength(1)
  })

  it('never comes from a catalog level alone: a drastic act with no avoid is an overreaction only', () => {
    const flags = score(play(RELEASE, [act('lockdown')]), DEFAULT_POLICY).flags
    expect(flags.map((f) => f.rule)).toEqual(['overreaction'])
  })
})

describe('protocol-breach: `when`, judged just before the act', () => {
  it('threat', () => {
    const when = '{ threat: { atLeast: 2 } }'
    expect(breachesWhen(when, [act('monitor')])).toEqual([])
    expect(breachesWhen(when, [ADVANCE, act('monitor', '08:11')])).toHaveLength(1)
  })

  it('knows: from a share before the act, or from the first inject', () => {
    const when = '{ knows: { role: principal, fact: note } }'
    expect(breachesWhen(when, [act('monitor', '08:02'), tell])).toEqual([])
    expect(breachesWhen(when, [tell, act('monitor', '08:04')])).toEqual([
      expect.objectContaining({ event: 1 }),
    ])
    expect(breachesWhen('{ knows: { role: teacher, fact: note } }', [act('monitor')])).toHaveLength(
      1,
    )
  })

  it('decided', () => {
    const when = '{ decided: { role: principal, option: sweep } }'
    expect(breachesWhen(when, [decide('hold'), act('monitor')])).toEqual([])
    expect(breachesWhen(when, [decide('sweep'), act('monitor')])).toHaveLength(1)
  })

  it('acted: an earlier act counts, the act itself does not, a role narrows it', () => {
    expect(breachesWhen('{ acted: { action: convene-team } }', [act('monitor')])).toEqual([])
    expect(
      breachesWhen('{ acted: { action: convene-team } }', [
        act('convene-team', '08:01', 'sro'),
        act('monitor'),
      ]),
    ).toHaveLength(1)
    expect(
      breachesWhen('{ acted: { action: convene-team, role: principal } }', [
        act('convene-team', '08:01', 'sro'),
        act('monitor'),
      ]),
    ).toEqual([])
    expect(
      breachesWhen('{ acted: { action: monitor } }', [act('monitor'), act('monitor', '08:06')]),
    ).toEqual([expect.objectContaining({ event: 1 })])
  })

  it('all, any and not', () => {
    const all =
      '{ all: [{ threat: { atLeast: 2 } }, { decided: { role: principal, option: sweep } }] }'
    expect(breachesWhen(all, [decide('sweep'), act('monitor')])).toEqual([])
    expect(breachesWhen(all, [decide('sweep'), ADVANCE, act('monitor', '08:11')])).toHaveLength(1)
    const any =
      '{ any: [{ threat: { atLeast: 2 } }, { decided: { role: principal, option: sweep } }] }'
    expect(breachesWhen(any, [decide('hold'), act('monitor')])).toEqual([])
    expect(breachesWhen(any, [decide('sweep'), act('monitor')])).toHaveLength(1)
    const not = '{ not: { threat: { atLeast: 3 } } }'
    expect(breachesWhen(not, [act('monitor')])).toHaveLength(1)
    expect(breachesWhen(not, [ADVANCE, ADVANCE, act('monitor', '08:21')])).toEqual([])
  })
})
