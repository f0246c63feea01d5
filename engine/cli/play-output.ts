/**
 * What `ttx play` writes: the debrief (`ttx-debrief/1`) of the replayed log, scored under
 * the chosen policy profile, as JSON, Markdown or standalone HTML.
 */
import {
  buildDebrief,
  markdownLines,
  namesOf,
  renderHtml,
  renderJson,
  type Debrief,
  type Names,
} from '../debrief'
import type { Replay } from '../exercise/replay-types'
import type { Policy } from '../policy'
import { score } from '../scoring'

export const PLAY_FORMATS = ['json', 'md', 'html'] as const
export type PlayFormat = (typeof PLAY_FORMATS)[number]

/** The debrief and the names to render it with: all rendering needs of the replay. */
export interface PlayDebrief {
  readonly debrief: Debrief
  readonly names: Names
}

export function buildPlayDebrief(replay: Replay, policy: Policy): PlayDebrief {
  return {
    debrief: buildDebrief(replay, policy, score(replay, policy)),
    names: namesOf(replay.index.scenario),
  }
}

/**
 * The output in pieces of whole lines, each ending in a newline. The Markdown is made as it
 * is written: a long exercise's report is never held whole (see debrief/markdown.ts).
 */
export function* playOutput(
  { debrief, names }: PlayDebrief,
  format: PlayFormat,
): Generator<string> {
  switch (format) {
    case 'json':
      yield renderJson(debrief)
      return
    case 'md':
      yield* inPieces(markdownLines(debrief, names))
      return
    case 'html':
      yield renderHtml(debrief, names)
  }
}

const PIECE_CHARS = 1 << 16

function* inPieces(lines: Iterable<string>): Generator<string> {
  let piece: string[] = []
  let size = 0
  for (const line of lines) {
    piece.push(line)
    size += line.length + 1
    if (size >= PIECE_CHARS) {
      yield `${piece.join('\n')}\n`
      piece = []
      size = 0
    }
  }
  if (piece.length > 0) yield `${piece.join('\n')}\n`
}
