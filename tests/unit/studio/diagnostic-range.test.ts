import { Text } from '@codemirror/state'
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../../engine/scenario/diagnostic'
import { diagnosticRange } from '../../../renderer/studio/editor/diagnostic-range'

const doc = Text.of([
  'format: ttx/1',
  'roles:',
  '  - id: teacher',
  '    kindd: school-staff',
  '    at: "7:30"',
  '',
])
const at = (line: number, col: number): Diagnostic => ({
  file: 'x.yaml',
  line,
  col,
  severity: 'error',
  message: 'm',
})
const underlined = (line: number, col: number): string => {
  const { from, to } = diagnosticRange(doc, at(line, col))
  return doc.sliceString(from, to)
}

describe('diagnosticRange', () => {
  it('underlines the key a problem points at', () => {
    expect(underlined(4, 5)).toBe('kindd')
  })

  it('underlines a whole quoted value, colon included', () => {
    expect(underlined(5, 9)).toBe('"7:30"')
  })

  it('underlines a plain value up to the end of the token', () => {
    expect(underlined(3, 9)).toBe('teacher')
    expect(underlined(1, 9)).toBe('ttx/1')
  })

  it('underlines the line’s text when the column is past it or on a blank', () => {
    expect(underlined(2, 7)).toBe('roles:')
    expect(diagnosticRange(doc, at(6, 1))).toEqual({ from: doc.length, to: doc.length })
  })

  it('clamps lines outside the document to its first and last line', () => {
    expect(underlined(0, 1)).toBe('format')
    expect(diagnosticRange(doc, at(99, 1)).from).toBe(doc.length)
  })
})
