/**
 * Bounds that keep parsing a hostile or broken file fast and safe. The `yaml` parser
 * recurses per nesting level and, on some deeply nested inputs, runs out of memory and
 * kills the process instead of throwing; a cheap scan before parsing rules those out.
 * Real scenarios stay far below every limit.
 */

/** Anything larger is not a hand-written scenario. */
export const MAX_YAML_CHARS = 5_000_000
/** Aliases expanded per file: enough for any real reuse, far too few for a "billion laughs". */
export const MAX_ALIAS_COUNT = 200
/** Open flow brackets at once, or block indicators (`- `, `? `, `: `) on one line. */
export const MAX_NESTING = 64

const NEWLINE = 10
const SPACE = 32
const OPENERS = new Set([91, 123]) // [ {
const CLOSERS = new Set([93, 125]) // ] }
const INDICATORS = new Set([45, 58, 63]) // - : ?

/**
 * The offset where the text nests deeper than `MAX_NESTING`, or `undefined`. Approximate
 * on purpose (brackets inside quotes count too): it only has to stop the pathological.
 */
export function excessiveNesting(text: string): number | undefined {
  let open = 0
  let onLine = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === NEWLINE) {
      onLine = 0
    } else if (OPENERS.has(code)) {
      if (++open > MAX_NESTING) return i
    } else if (CLOSERS.has(code)) {
      if (open > 0) open--
    } else if (INDICATORS.has(code) && text.charCodeAt(i + 1) === SPACE) {
      if (++onLine > MAX_NESTING) return i
    }
  }
  return undefined
}
