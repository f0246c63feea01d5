import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../../engine/scenario/diagnostic'
import { loadScenario } from '../../../engine/scenario/load'

const valid = readFileSync(new URL('../../fixtures/locker-note.yaml', import.meta.url), 'utf8')

function errors(text: string): string[] {
  return loadScenario(text, 's.yaml', { imageExists: () => true })
    .diagnostics.filter((d) => d.severity === 'error')
    .map(formatDiagnostic)
}

describe('reference errors beside field errors', () => {
  it('reports an unknown fact in the same pass as a misspelt field', () => {
    const text = valid
      .replace('    sensitivity: observation #', '    sensitivty: observation #')
      .replace('                facts: [note-text]', '                facts: [note-txt]')
    const found = errors(text)
    expect(found.some((e) => /sensitivty/.test(e))).toBe(true)
    expect(found.some((e) => /note-txt/.test(e))).toBe(true)
  })

  it('reports an unknown role once in a fact that also has a misspelt field', () => {
    // The misspelt key is inside the fact whose `need` names an unknown role.
    const text = valid
      .replace('    sensitivity: observation #', '    sensitivty: observation #')
      .replace('need: [principal, counselor]', 'need: [principal, nobody-here]')
    const found = errors(text)
    expect(found.filter((e) => /nobody-here/.test(e))).toHaveLength(1)
  })

  it('adds nothing when the data is too far from a scenario to walk', () => {
    expect(
      errors('format: ttx/1\ninjects: 3\nfacts: {a: 1}\n').every((e) => !/unknown/.test(e)),
    ).toBe(true)
  })

  it('never lists an id that is not text among the known ones', () => {
    // The second inject's id written as a map: the schema says so, and the unknown "team"
    // that follows lists only the injects that have a name (the validator fuzz test's find).
    const text = valid.replace('  - id: team\n', '  - id: { a: 1 }\n')
    const found = errors(text)
    expect(found.some((e) => /"id" must be text/.test(e))).toBe(true)
    const unknown = found.find((e) => /unknown inject "team"/.test(e))
    expect(unknown).toContain('(known: found, sro-informed, sro-unaware)')
    expect(found.join('\n')).not.toMatch(/\[object|undefined/)
  })

  it('leaves a valid scenario valid', () => {
    expect(errors(valid)).toEqual([])
  })
})
