import { describe, expect, it } from 'vitest'
import { pathsReport } from '../../../engine/studio/paths'
import { lockerNote, withInjects } from './scenarios'

describe('pathsReport', () => {
  it('lists both paths of the example with the branch taken', () => {
    const report = pathsReport(lockerNote)
    expect(report.capped).toBe(false)
    expect(report.paths.map((path) => path.steps.map((step) => step.inject))).toEqual([
      ['found', 'team', 'sro-informed'],
      ['found', 'team', 'sro-unaware'],
    ])
    expect(report.paths[0]?.steps[2]?.via).toBe('sro knows note-text')
  })

  it('says an act expectation cannot be met on a path without its "from" inject', () => {
    const [informed, unaware] = pathsReport(lockerNote).paths
    expect(informed?.expectations).toEqual([
      { id: 'note-to-team', canBeMet: true },
      { id: 'call-police', canBeMet: false, reason: 'inject sro-unaware is not on this path' },
    ])
    expect(unaware?.expectations.every((expectation) => expectation.canBeMet)).toBe(true)
  })

  it('needs an escalate expectation’s fact revealed on the path, or known before', () => {
    const scenario = withInjects(
      [
        {
          id: 'a',
          at: '08:00',
          title: 'A',
          next: [{ when: { threat: { atLeast: 1 } }, goto: 'tells' }, { goto: 'silent' }],
        },
        { id: 'tells', at: '08:10', title: 'Tells', reveal: { teacher: ['weapon'] } },
        { id: 'silent', at: '08:10', title: 'Silent' },
      ],
      {
        expectations: [
          { id: 'weapon-up', escalate: { fact: 'weapon', to: ['principal'], within: 5 } },
        ],
      },
    )
    const [tells, silent] = pathsReport(scenario).paths
    expect(tells?.expectations[0]?.canBeMet).toBe(true)
    expect(silent?.expectations[0]).toEqual({
      id: 'weapon-up',
      canBeMet: false,
      reason: 'no inject on this path reveals weapon',
    })
    const known = pathsReport(scenario, { knownBefore: ['weapon'] }).paths[1]
    expect(known?.expectations[0]?.canBeMet).toBe(true)
  })

  it('stops at the cap and says so', () => {
    // Ten two-way forks in a row: 1024 paths.
    const injects = Array.from({ length: 10 }, (_, i) => ({
      id: `fork-${i}`,
      at: '08:00',
      title: `Fork ${i}`,
      next: [
        { when: { threat: { atLeast: 1 as const } }, goto: `left-${i}` },
        { goto: `right-${i}` },
      ],
    })).flatMap((fork, i) => {
      const after = i < 9 ? `fork-${i + 1}` : undefined
      const side = (id: string) => ({
        id,
        at: '08:00',
        title: id,
        ...(after ? { next: after } : {}),
      })
      return [fork, side(`left-${i}`), side(`right-${i}`)]
    })
    const report = pathsReport(withInjects(injects), { cap: 200 })
    expect(report.paths).toHaveLength(200)
    expect(report.capped).toBe(true)
    expect(pathsReport(withInjects(injects), { cap: 1024 }).capped).toBe(false)
  })

  it('ends a path that loops back instead of walking forever', () => {
    const report = pathsReport(
      withInjects([
        { id: 'a', at: '08:00', title: 'A', next: 'b' },
        { id: 'b', at: '08:00', title: 'B', next: 'a' },
      ]),
    )
    expect(report.paths).toEqual([
      { steps: [{ inject: 'a' }, { inject: 'b' }], loopsTo: 'a', expectations: [] },
    ])
  })
})
