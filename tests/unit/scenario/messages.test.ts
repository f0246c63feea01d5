/**
 * The wording and placement of schema problems: what a trainer reads in the terminal or
 * under the squiggle in the studio.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadScenario } from '../../../engine/scenario/load'
import { hint } from '../../../engine/scenario/references'

const MINIMAL = readFileSync(join(import.meta.dirname, '../../fixtures/valid/minimal.yaml'), 'utf8')

/** The minimal scenario with `from` replaced by `to`, as `line:col: severity: message`. */
function problems(from: string, to: string): string[] {
  expect(MINIMAL).toContain(from)
  const { diagnostics } = loadScenario(MINIMAL.replace(from, to), 'm.yaml')
  return diagnostics.map((d) => `${d.line}:${d.col}: ${d.severity}: ${d.message}`)
}

describe('schema problems', () => {
  it('an unknown field at the scenario level, with the allowed fields', () => {
    expect(problems('title: A minimal scenario', 'title: A minimal scenario\ncolor: red')).toEqual([
      '6:1: error: unknown field "color" in the scenario (allowed: format, id, title, summary, duration, author, tags, start, objectives, roles, people, facts, actions, injects, expectations, discussion)',
    ])
  })

  it('a missing required field, at the object', () => {
    expect(problems('    title: In the hallway\n', '')).toEqual([
      '58:5: error: missing required field "title" in inject "hallway"',
    ])
  })

  it('a missing required field in an item without an id names it by position', () => {
    expect(problems('      - role: teacher\n        prompt', '      - prompt')).toEqual([
      '40:9: error: missing required field "role" in decision 1 of inject "seen"',
    ])
  })

  it('a wrong type inside an option event', () => {
    expect(problems('facts: [post] }', 'facts: post }')).toEqual([
      '46:56: error: "facts" must be a list, not "post" (in event 1 of option "tell")',
    ])
  })

  it('a note event with the fields of a share lists the fields of a note', () => {
    expect(
      problems('events:\n              - { type: share', 'events:\n              - { type: note'),
    ).toEqual([
      '46:17: error: missing required field "text" in event 1 of option "tell"',
      '46:31: error: unknown field "to" in event 1 of option "tell" (allowed: type, text)',
      '46:48: error: unknown field "facts" in event 1 of option "tell" (allowed: type, text)',
    ])
  })

  it('an empty list where one entry is needed', () => {
    expect(problems('title: A minimal scenario', 'title: A minimal scenario\ntags: []')).toEqual([])
    expect(problems('{ type: share, to: [principal]', '{ type: share, to: []')).toEqual([
      '46:36: error: "to" must have at least one entry (in event 1 of option "tell")',
    ])
  })

  it('an empty title', () => {
    expect(problems('title: In the office', 'title: ""')).toEqual([
      '56:12: error: "title" must not be empty (in inject "office")',
    ])
  })

  it('a next that is neither an inject id nor a list of branches', () => {
    expect(problems('next: hallway', 'next: { goto: hallway }')).toEqual([
      '57:11: error: "next" must be text or a list, not a set of fields (in inject "office")',
    ])
  })

  it('a condition with no test in it', () => {
    expect(problems('{ decided: { role: teacher, option: tell } }', '{}')).toEqual([
      '51:15: error: "when" of branch 1 of inject "seen" must have exactly one of: knows, decided, acted, threat, all, any, not',
    ])
  })

  it('a threat condition with a level out of range', () => {
    expect(
      problems('{ decided: { role: teacher, option: tell } }', '{ threat: { atLeast: 4 } }'),
    ).toEqual([
      '51:36: error: "atLeast" must be 0, 1, 2 or 3, not 4 (in "when.threat" of branch 1 of inject "seen")',
    ])
  })

  it('a may entry that is neither an id nor a role kind asks for an id', () => {
    expect(problems('may: [law-enforcement]', 'may: [Law Enforcement]')).toEqual([
      '32:11: error: item 1 of "may" must be a kebab-case id such as "front-office" (a-z, 0-9, dashes), not "Law Enforcement" (in fact "post")',
    ])
  })

  it('a reveal key that is not an id, at the key', () => {
    expect(problems('      teacher: [post]', '      The Teacher: [post]')).toEqual([
      '38:7: error: "reveal" in inject "seen" has a key "The Teacher" that must be a kebab-case id such as "front-office" (a-z, 0-9, dashes)',
    ])
  })

  it('a format other than ttx/1', () => {
    expect(problems('format: ttx/1', 'format: ttx/2')).toEqual([
      '3:9: error: "format" must be "ttx/1", not "ttx/2"',
    ])
  })

  it('an empty file and a file that is not a mapping', () => {
    const message = (text: string) => loadScenario(text, 'e.yaml').diagnostics.map((d) => d.message)
    expect(message('')).toEqual(['the file is empty; a scenario starts with "format: ttx/1"'])
    expect(message('# only a comment\n')).toEqual([
      'the file is empty; a scenario starts with "format: ttx/1"',
    ])
    expect(message('- a\n- b\n')).toEqual([
      'the file must be a set of fields (name: value), not a list',
    ])
  })
})

describe('reference hints', () => {
  it('suggests the nearest id for a typo', () => {
    expect(hint('principle', ['teacher', 'principal'])).toBe(' (did you mean "principal"?)')
  })

  it('lists a few known ids when none is close', () => {
    expect(hint('nurse', ['teacher', 'principal'])).toBe(' (known: teacher, principal)')
    expect(hint('nurse', [])).toBe(' (none are defined)')
  })

  it('says nothing when many ids are far away', () => {
    expect(
      hint(
        'zzzz',
        Array.from({ length: 9 }, (_, i) => `role-${i}`),
      ),
    ).toBe('')
  })
})
