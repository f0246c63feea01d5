/** The inject graph: what is reachable, what each role can know where, and time order. */
import { describe, expect, it } from 'vitest'
import { revealedOnPaths } from '../../../engine/scenario/check-knowledge'
import { flowGraph } from '../../../engine/scenario/flow-graph'
import { loadScenario } from '../../../engine/scenario/load'
import type { Scenario } from '../../../engine/scenario/schema'

/**
 * start -> left (reveals teacher: rumour) -> meet
 * start -> right ----------------------------> meet -> later (reveals teacher: photo)
 * lost (never reached)
 */
const DIAMOND = `format: ttx/1
id: diamond
title: Diamond
start: "08:00"
roles:
  - { id: teacher, title: Teacher, kind: school-staff }
  - { id: nurse, title: Nurse, kind: school-health }
facts:
  - { id: rumour, text: A rumour, certainty: unverified, sensitivity: observation }
  - { id: photo, text: A photo, certainty: confirmed, sensitivity: observation }
injects:
  - id: start
    at: "08:00"
    title: Start
    next:
      - { when: { threat: { atLeast: 1 } }, goto: left }
      - goto: right
  - { id: left, at: "08:10", title: Left, reveal: { teacher: [rumour] }, next: meet }
  - { id: right, at: "08:10", title: Right, next: meet }
  - id: meet
    at: "08:20"
    title: Meet
    next: later
    decisions:
      - role: teacher
        prompt: Tell the nurse?
        options:
          - id: tell
            label: Tell
            events: [{ type: share, to: [nurse], facts: [rumour, photo] }]
  - { id: later, at: "08:30", title: Later, reveal: { teacher: [photo] } }
  - { id: lost, at: "08:40", title: Lost }
`

function parse(text: string): { scenario: Scenario; messages: string[] } {
  const result = loadScenario(text, 'd.yaml')
  const messages = result.diagnostics.map((d) => `${d.line}:${d.col}: ${d.severity}: ${d.message}`)
  if (result.scenario === undefined) throw new Error(messages.join('\n'))
  return { scenario: result.scenario, messages }
}

describe('the inject graph', () => {
  const { scenario, messages } = parse(DIAMOND)
  const graph = flowGraph(scenario)
  const ids = (indexes: Iterable<number>) => [...indexes].map((i) => scenario.injects[i]?.id)

  it('reaches injects through next and every branch, breadth first', () => {
    expect(ids(graph.reachable)).toEqual(['start', 'left', 'right', 'meet', 'later'])
    expect(graph.edges).toHaveLength(5)
  })

  it('knows per inject what was revealed to whom on some path to it, inclusive', () => {
    const known = revealedOnPaths(scenario, graph)
    const at = (id: string) => [
      ...(known.get(scenario.injects.findIndex((i) => i.id === id)) ?? []),
    ]
    expect(at('start')).toEqual([])
    expect(at('left')).toEqual(['teacher\u0000rumour'])
    expect(at('right')).toEqual([])
    expect(at('meet')).toEqual(['teacher\u0000rumour'])
    expect(at('later').sort()).toEqual(['teacher\u0000photo', 'teacher\u0000rumour'])
    expect(known.has(scenario.injects.length - 1)).toBe(false)
  })

  it('warns only about the fact revealed after the option, and the unreachable inject', () => {
    expect(messages).toEqual([
      '30:66: warning: option "tell" shares fact "photo", but no path to inject "meet" reveals it to role "teacher"; legal if someone tells them first, but worth a look',
      '32:11: warning: inject "lost" is never reached: no "next" or branch leads to it from the first inject "start"',
    ])
  })
})

describe('time order', () => {
  it('flags a next that leads back in time, naming both injects', () => {
    const text = DIAMOND.replace('goto: left }', 'goto: lost }').replace(
      '{ id: lost, at: "08:40", title: Lost }',
      '{ id: lost, at: "08:40", title: Lost, next: left }',
    )
    const { diagnostics } = loadScenario(text, 'd.yaml')
    expect(
      diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => `${d.line}:${d.col}: ${d.message}`),
    ).toEqual([
      '32:49: inject "left" (at 08:10) follows inject "lost" (at 08:40) here but is earlier; the clock never runs backwards, so make "left" later or lead elsewhere',
    ])
  })

  it('flags a branch goto that leads back in time, at the goto', () => {
    const text = DIAMOND.replace('{ id: left, at: "08:10"', '{ id: left, at: "07:55"')
    const { diagnostics } = loadScenario(text, 'd.yaml')
    expect(
      diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => `${d.line}:${d.col}: ${d.message}`),
    ).toEqual([
      '16:51: inject "left" (at 07:55) follows inject "start" (at 08:00) here but is earlier; the clock never runs backwards, so make "left" later or lead elsewhere',
    ])
  })

  it('allows a loop back to an inject at the same time', () => {
    const text = DIAMOND.replace(
      '{ id: later, at: "08:30", title: Later, reveal: { teacher: [photo] } }',
      '{ id: later, at: "08:30", title: Later, reveal: { teacher: [photo] }, next: again }\n  - { id: again, at: "08:30", title: Again, next: later }',
    )
    const { diagnostics } = loadScenario(text, 'd.yaml')
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })
})
