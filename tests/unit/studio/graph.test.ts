import { describe, expect, it } from 'vitest'
import { buildInjectGraph } from '../../../engine/studio/graph'
import { describeCondition } from '../../../engine/scenario/condition-words'
import { lockerNote, withInjects } from './scenarios'

describe('buildInjectGraph', () => {
  it('draws the example scenario: four injects, branches labelled in words', () => {
    const graph = buildInjectGraph(lockerNote)
    expect(graph.start).toBe('found')
    expect(graph.nodes.map((node) => node.id)).toEqual([
      'found',
      'team',
      'sro-informed',
      'sro-unaware',
    ])
    expect(graph.edges.map((edge) => [edge.source, edge.target, edge.label])).toEqual([
      ['found', 'team', undefined],
      ['team', 'sro-informed', 'sro knows note-text'],
      ['team', 'sro-unaware', 'otherwise'],
    ])
    expect(graph.nodes.every((node) => node.reachable && !node.deadEnd)).toBe(true)
  })

  it('carries the threat level over to an inject that does not set one', () => {
    const graph = buildInjectGraph(lockerNote)
    const informed = graph.nodes.find((node) => node.id === 'sro-informed')
    expect(informed).toMatchObject({ threat: 2, threatInherited: true })
    const unaware = graph.nodes.find((node) => node.id === 'sro-unaware')
    expect(unaware).toMatchObject({ threat: 3, threatInherited: false })
  })

  it('marks injects no path reaches', () => {
    const graph = buildInjectGraph(
      withInjects([
        { id: 'a', at: '08:00', title: 'A', next: 'b' },
        { id: 'b', at: '08:10', title: 'B' },
        { id: 'orphan', at: '08:05', title: 'Orphan', next: 'b' },
      ]),
    )
    const reachable = Object.fromEntries(graph.nodes.map((node) => [node.id, node.reachable]))
    expect(reachable).toEqual({ a: true, b: true, orphan: false })
  })

  it('calls a leaf a dead end only when it is not the last by time', () => {
    const graph = buildInjectGraph(
      withInjects([
        {
          id: 'a',
          at: '08:00',
          title: 'A',
          next: [{ when: { threat: { atLeast: 2 } }, goto: 'early' }, { goto: 'b' }],
        },
        { id: 'early', at: '08:05', title: 'Stops early' },
        { id: 'b', at: '08:20', title: 'The end' },
      ]),
    )
    const state = Object.fromEntries(
      graph.nodes.map((node) => [node.id, { ends: node.ends, deadEnd: node.deadEnd }]),
    )
    expect(state).toEqual({
      a: { ends: false, deadEnd: false },
      early: { ends: true, deadEnd: true },
      b: { ends: true, deadEnd: false },
    })
  })
})

describe('describeCondition', () => {
  it('reads nested conditions in words with grouping', () => {
    expect(
      describeCondition({
        all: [
          { decided: { role: 'teacher', option: 'tell-now' } },
          { any: [{ acted: { action: 'call-911' } }, { not: { threat: { atLeast: 3 } } }] },
        ],
      }),
    ).toBe('teacher chose tell-now and (anyone did call-911 or not threat ≥ 3)')
  })
})
