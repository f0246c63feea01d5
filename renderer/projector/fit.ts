/**
 * Fitting the projector to its screen the way presentation software fits a slide: the text
 * scale comes down until everything fits, never below a floor the back row can still read,
 * and images take only the space the text leaves (that part is CSS: their boxes may shrink
 * to nothing, so only text makes the content taller than the screen). Pure, so the steps
 * are unit-tested; `use-fit.ts` measures and applies them.
 */

/** The smallest text scale: 28 px type at 1920×1080 never goes below about 16 px. */
export const MIN_SCALE = 0.55
/** Tries per fit: each step lands close because type scales about linearly. */
export const MAX_STEPS = 8

/**
 * The next scale to try, or the same one when the content fits. A step aims a little under
 * the ratio of heights, since text that rewraps at a smaller size does not shrink exactly
 * in proportion; the result is rounded down to a hundredth so the steps settle.
 */
export function nextFitScale(
  scale: number,
  contentHeight: number,
  boxHeight: number,
  min: number = MIN_SCALE,
): number {
  if (contentHeight <= boxHeight || boxHeight <= 0) return scale
  const aimed = Math.floor(scale * (boxHeight / contentHeight) * 0.98 * 100) / 100
  return Math.max(min, Math.min(aimed, scale - 0.01))
}

/**
 * Runs the steps against a measure of the content's height at a scale (the DOM in the app,
 * a function in tests) and returns the largest scale tried that fits, or the floor.
 */
export function fitScale(
  measure: (scale: number) => { contentHeight: number; boxHeight: number },
  min: number = MIN_SCALE,
): number {
  let scale = 1
  for (let step = 0; step < MAX_STEPS; step++) {
    const { contentHeight, boxHeight } = measure(scale)
    const next = nextFitScale(scale, contentHeight, boxHeight, min)
    if (next === scale) return scale
    scale = next
  }
  return scale
}
