/**
 * FORMAT.md lists the required fields and says "everything else is optional". A field that
 * only names or describes something may be left out, and the app still has a text to show.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadScenario } from '../../../engine/scenario/load'
import { indexScenario } from '../../../engine/scenario/scenario-index'

const MINIMAL = readFileSync(join(import.meta.dirname, '../../fixtures/valid/minimal.yaml'), 'utf8')

function load(from: string, to: string) {
  expect(MINIMAL).toContain(from)
  const result = loadScenario(MINIMAL.replace(from, to), 'm.yaml')
  return {
    scenario: result.scenario,
    problems: result.diagnostics.map((d) => `${d.line}:${d.col}: ${d.severity}: ${d.message}`),
  }
}

describe('fields FORMAT does not require', () => {
  it('a decision without a prompt asks the default question', () => {
    const { scenario, problems } = load('        prompt: What do you do?\n', '')
    expect(problems).toEqual([])
    expect(scenario?.injects[0]?.decisions?.[0]?.prompt).toBe('What do you do?')
  })

  it('an objective without text and a person without a name are named by their id', () => {
    const { scenario, problems } = load('    text: The principal hears about the post.\n', '')
    const named = load('    name: J.\n', '')
    expect([...problems, ...named.problems]).toEqual([])
    expect(scenario?.objectives).toEqual([{ id: 'tell-principal', text: 'tell-principal' }])
    expect(named.scenario?.people).toEqual([
      { id: 'student-j', name: 'student-j', parents: ['j-parent'] },
    ])
  })

  it('a material without a kind is a document, or an image when it is only an image', () => {
    const { scenario, problems } = load(
      '    reveal:\n      teacher: [post]',
      '    materials:\n      - text: A screenshot\n      - image: media/post.png\n    reveal:\n      teacher: [post]',
    )
    expect(problems.filter((p) => p.includes('error'))).toEqual([])
    expect(scenario?.injects[0]?.materials?.map((m) => m.kind)).toEqual(['document', 'image'])
  })

  it('an action overriding the default catalog may change its label alone, keeping its level', () => {
    const { scenario, problems } = load(
      'injects:',
      'actions:\n  - id: call-911\n    label: Call 911 (district protocol)\n  - id: call-district\ninjects:',
    )
    expect(problems).toEqual([
      '36:5: error: missing required field "level" in action "call-district"',
    ])
    expect(scenario).toBeUndefined()
    const fixed = load(
      'injects:',
      'actions:\n  - id: call-911\n    label: Call 911 (district protocol)\n  - { id: call-district, level: 1 }\ninjects:',
    )
    expect(fixed.problems).toEqual([])
    if (!fixed.scenario) throw new Error('the fixed scenario loads')
    const actions = indexScenario(fixed.scenario).actions
    expect(actions.get('call-911')).toEqual({
      id: 'call-911',
      label: 'Call 911 (district protocol)',
      level: 1,
    })
    expect(actions.get('call-district')).toEqual({
      id: 'call-district',
      label: 'call-district',
      level: 1,
    })
  })
})
