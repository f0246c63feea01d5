/**
 * The validator says "line 12, column 7"; the editor underlines a range of characters.
 * This turns one into the other: from the reported column to the end of the token there
 * (a key, a value, a quoted string), or the whole line when the column points past its text.
 */
import type { Diagnostic } from '../../../engine/scenario/diagnostic'

interface Line {
  readonly from: number
  readonly text: string
}

/** The part of CodeMirror's `Text` this needs, so it is testable without an editor. */
export interface LineSource {
  readonly lines: number
  line(n: number): Line
}

export interface EditorRange {
  readonly from: number
  readonly to: number
}

export function diagnosticRange(doc: LineSource, diagnostic: Diagnostic): EditorRange {
  const line = doc.line(Math.min(Math.max(diagnostic.line, 1), doc.lines))
  const start = Math.min(Math.max(diagnostic.col - 1, 0), line.text.length)
  const length = tokenLength(line.text.slice(start))
  if (length > 0) return { from: line.from + start, to: line.from + start + length }
  const indent = line.text.length - line.text.trimStart().length
  return { from: line.from + indent, to: line.from + line.text.trimEnd().length }
}

/** A quoted string up to its closing quote; otherwise up to a space, a `: `, `,`, `]` or `}`. */
function tokenLength(rest: string): number {
  const quote = rest[0]
  if (quote === '"' || quote === "'") {
    const close = rest.indexOf(quote, 1)
    return close < 0 ? rest.length : close + 1
  }
  const match = /^(?:[^\s,\]}:]|:(?=\S))+/.exec(rest)
  return match?.[0].length ?? 0
}
