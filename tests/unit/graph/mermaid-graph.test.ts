import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { Scenario, type Inject, type ScenarioInput } from '../../../engine/scenario/schema'
import {
  escapeLabel,
  MAX_EDGE_LABEL,
  nodeId,
  scenarioToMermaid,
  threatLevels,
} from '../../../engine/scenario/mermaid-graph'

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures')

function fixture(name: string): Scenario {
  return Scenario.parse(YAML.parse(readFileSync(join(FIXTURES, name), 'utf8')))
}

/** A minimal valid scenario around the given injects. */
function withInjects(injects: ScenarioInput['injects'], title = 'Test'): Scenario {
  return Scenario.parse({
    format: 'ttx/1',
    id: 'graph-test',
    title,
    start: '08:00',
    roles: [
      { id: 'sro', title: 'SRO', kind: 'law-enforcement' },
      { id: 'principal', title: 'Principal', kind: 'school-admin' },
    ],
    facts: [{ id: 'note', text: 'A note', certainty: 'confirmed', sensitivity: 'observation' }],
    injects,
  })
}

function lines(graph: string): string[] {
  return graph.split('\n').map((line) => line.trim())
}

describe('scenarioToMermaid', () => {
  it('draws the format example: nodes with title, time and threat, a condition and its fallback', () => {
    const graph = scenarioToMermaid(fixture('locker-note.yaml'))
    const all = lines(graph)
    expect(all[1]).toBe('flowchart TD')
    expect(all).toContain('i_found["The note<br/>07:30 · threat 1"]')
    expect(all).toContain('i_team["The team meets<br/>07:50 · threat 2"]')
    expect(all).toContain('i_found --> i_team')
    expect(all).toContain('i_team -->|"sro knows note-text"| i_sro_informed')
    expect(all).toContain('i_team -->|"otherwise"| i_sro_unaware')
    // The endings are stadiums; sro-informed keeps the level of the inject before it.
    expect(all).toContain('i_sro_informed(["The officer is already on it<br/>08:10 · threat 2"])')
    expect(all).toContain('i_sro_unaware(["A student reports a second note<br/>08:10 · threat 3"])')
    expect(graph.endsWith('\n')).toBe(true)
  })

  it('words every kind of condition as a short readable label', () => {
    const graph = scenarioToMermaid(
      withInjects([
        {
          id: 'start',
          at: '08:00',
          title: 'Start',
          threat: 1,
          decisions: [
            {
              role: 'principal',
              prompt: 'Call?',
              options: [{ id: 'to-911', label: 'Call 911', events: [] }],
            },
          ],
          next: [
            { when: { decided: { role: 'principal', option: 'to-911' } }, goto: 'a' },
            { when: { threat: { atLeast: 2 } }, goto: 'b' },
            { when: { acted: { action: 'lockdown', role: 'principal' } }, goto: 'c' },
            { when: { not: { knows: { role: 'sro', fact: 'note' } } }, goto: 'd' },
            {
              when: {
                all: [
                  { knows: { role: 'sro', fact: 'note' } },
                  { any: [{ threat: { atLeast: 3 } }, { acted: { action: 'call-911' } }] },
                ],
              },
              goto: 'e',
            },
            { goto: 'f' },
          ],
        },
        ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({
          id,
          at: '08:10',
          title: id.toUpperCase(),
        })),
      ]),
    )
    const all = lines(graph)
    expect(all).toContain('i_start -->|"principal chose to-911"| i_a')
    expect(all).toContain('i_start -->|"threat ≥ 2"| i_b')
    expect(all).toContain('i_start -->|"principal did lockdown"| i_c')
    expect(all).toContain('i_start -->|"not sro knows note"| i_d')
    expect(all).toContain(
      'i_start -->|"sro knows note and (threat ≥ 3 or anyone did call-911)"| i_e',
    )
    expect(all).toContain('i_start -->|"otherwise"| i_f')
  })

  it('cuts a very long condition to a short label with an ellipsis', () => {
    const many = Array.from({ length: 8 }, () => ({ knows: { role: 'sro', fact: 'note' } }))
    const graph = scenarioToMermaid(
      withInjects([
        { id: 'start', at: '08:00', title: 'Start', next: [{ when: { any: many }, goto: 'end' }] },
        { id: 'end', at: '08:10', title: 'End' },
      ]),
    )
    const edge = lines(graph).find((line) => line.startsWith('i_start -->|'))
    const label = /\|"(.*)"\|/.exec(edge ?? '')?.[1] ?? ''
    expect(label.length).toBe(MAX_EDGE_LABEL)
    expect(label.endsWith('…')).toBe(true)
  })

  it('escapes quotes, brackets and other Mermaid syntax in titles, and flattens line breaks', () => {
    const graph = scenarioToMermaid(
      withInjects(
        [{ id: 'start', at: '08:00', title: 'The "note" [draft] {v2} | <b>#1</b>\nsecond line' }],
        'A "quoted" title',
      ),
    )
    expect(lines(graph)).toContain(
      'i_start(["The #34;note#34; #91;draft#93; #123;v2#125; #124; #60;b#62;#35;1#60;/b#62; second line<br/>08:00 · threat 0"])',
    )
    expect(lines(graph)[0]).toBe('%% A "quoted" title (graph-test)')
  })

  it('makes node ids safe: no dashes, and no Mermaid keyword such as end', () => {
    expect(nodeId('end')).toBe('i_end')
    expect(nodeId('sro-unaware')).toBe('i_sro_unaware')
    expect(nodeId('a-b')).not.toBe(nodeId('ab'))
    expect(escapeLabel('plain (text), fine')).toBe('plain (text), fine')
  })

  it('shows every threat level an inject can inherit, path by path', () => {
    const injects: ScenarioInput['injects'] = [
      {
        id: 'start',
        at: '08:00',
        title: 'Start',
        threat: 1,
        next: [{ when: { threat: { atLeast: 1 } }, goto: 'worse' }, { goto: 'calm' }],
      },
      { id: 'worse', at: '08:05', title: 'Worse', threat: 3, next: 'after' },
      { id: 'calm', at: '08:05', title: 'Calm', next: 'after' },
      { id: 'after', at: '08:10', title: 'After' },
    ]
    const scenario = withInjects(injects)
    const levels = threatLevels(scenario.injects)
    expect([...(levels.get('after') ?? [])].sort()).toEqual([1, 3])
    expect(lines(scenarioToMermaid(scenario))).toContain(
      'i_after(["After<br/>08:10 · threat 1–3"])',
    )
    // Colour by the highest level the inject can reach.
    expect(lines(scenarioToMermaid(scenario))).toContain('class i_after threat3')
  })

  it('marks an inject no path reaches with an unknown level', () => {
    const inject: Inject = { id: 'orphan', at: '09:00', title: 'Orphan' }
    const scenario = withInjects([{ id: 'start', at: '08:00', title: 'Start' }, inject])
    expect(lines(scenarioToMermaid(scenario))).toContain(
      'i_orphan(["Orphan<br/>09:00 · threat ?"])',
    )
  })
})

describe('scenarioToMermaid over the shipped library', () => {
  const library = join(FIXTURES, '..', '..', 'scenarios')
  const ids = readdirSync(library, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)

  it.each(ids)('%s: one node per inject and one edge per way on', (id) => {
    const scenario = Scenario.parse(
      YAML.parse(readFileSync(join(library, id, 'scenario.yaml'), 'utf8')),
    )
    const all = lines(scenarioToMermaid(scenario))
    for (const inject of scenario.injects) {
      const node = nodeId(inject.id)
      const definitions = all.filter((l) => l.startsWith(`${node}["`) || l.startsWith(`${node}(["`))
      expect(definitions).toHaveLength(1)
    }
    const expectedEdges = scenario.injects.reduce(
      (sum, inject) =>
        sum +
        (inject.next === undefined ? 0 : typeof inject.next === 'string' ? 1 : inject.next.length),
      0,
    )
    expect(all.filter((line) => line.includes(' --> ') || line.includes(' -->|'))).toHaveLength(
      expectedEdges,
    )
    const fallbacks = scenario.injects.filter(
      (inject) => Array.isArray(inject.next) && inject.next.some((b) => b.when === undefined),
    ).length
    expect(all.filter((line) => line.includes('-->|"otherwise"|'))).toHaveLength(fallbacks)
  })
})
