import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../../engine/scenario/diagnostic'
import { loadScenario } from '../../../engine/scenario/load'

const valid = readFileSync(new URL('../../fixtures/locker-note.yaml', import.meta.url), 'utf8')
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1

const problems = (text: string) => loadScenario(text, 'f.yaml').diagnostics.map(formatDiagnostic)

describe('a file that is not a scenario', () => {
  it('is said to be one, once, instead of a line per missing field', () => {
    expect(problems('name: my-app\nversion: 2\nitems: [1, 2]\n')).toEqual([
      'f.yaml:1:1: error: this is not a scenario file: it has none of a scenario\'s fields (format, id, title, start, roles, facts, injects); a scenario is a YAML mapping that starts with "format: ttx/1"',
    ])
  })

  it('names what it is when it is one of the app’s other files', () => {
    const log = JSON.stringify({ format: 'ttx-log/1', scenario: 'x', events: [] })
    expect(problems(log)).toEqual([
      'f.yaml:1:1: error: this is not a scenario file: it is an exercise log ("format: ttx-log/1"); open a scenario ("format: ttx/1") here',
    ])
  })

  it('still lists the missing fields of a scenario that lacks some', () => {
    expect(problems('format: ttx/1\nid: x\n').length).toBeGreaterThan(1)
  })
})

describe('a quoted value never closed', () => {
  it('is pointed at the line where it opens, not the end of the file', () => {
    const text = valid.replace('title: The note', 'title: "The note')
    const line = lineOf(valid, 'title: The note')
    expect(problems(text)).toEqual([
      `f.yaml:${line}:12: error: this value opens with " but never closes it: add the closing " at its end`,
    ])
  })

  it('the same for a single quote', () => {
    const text = valid.replace('text: K. saw the counselor', "text: 'K. saw the counselor")
    const [problem] = problems(text)
    expect(problem).toMatch(
      new RegExp(
        `^f\\.yaml:${lineOf(valid, 'text: K. saw the counselor')}:11: error: this value opens with '`,
      ),
    )
  })
})
