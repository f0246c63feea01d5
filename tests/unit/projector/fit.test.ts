import { describe, expect, it } from 'vitest'
import { fitScale, MAX_STEPS, MIN_SCALE, nextFitScale } from '../../../renderer/projector/fit'

/** Text whose height scales with the type and rewraps a little worse when smaller. */
function page(textAt1: number, box: number) {
  const tried: number[] = []
  const measure = (scale: number) => {
    tried.push(scale)
    return { contentHeight: textAt1 * scale * (1 + (1 - scale) * 0.1), boxHeight: box }
  }
  return { measure, tried }
}

describe('nextFitScale', () => {
  it('keeps a scale that fits', () => {
    expect(nextFitScale(1, 700, 700)).toBe(1)
    expect(nextFitScale(0.8, 300, 700)).toBe(0.8)
  })

  it('aims a little under the ratio of heights, rounded down', () => {
    expect(nextFitScale(1, 1000, 700)).toBe(0.68)
  })

  it('always makes progress and never goes below the floor', () => {
    expect(nextFitScale(0.9, 701, 700)).toBeLessThan(0.9)
    expect(nextFitScale(1, 10_000, 700)).toBe(MIN_SCALE)
  })

  it('does nothing in a box with no height yet', () => {
    expect(nextFitScale(1, 500, 0)).toBe(1)
  })
})

describe('fitScale', () => {
  it('leaves text that fits at full size, measured once', () => {
    const { measure, tried } = page(500, 700)
    expect(fitScale(measure)).toBe(1)
    expect(tried).toEqual([1])
  })

  it('shrinks text that does not fit until it does', () => {
    const { measure } = page(1000, 700)
    const scale = fitScale(measure)
    expect(scale).toBeLessThan(0.7)
    expect(scale).toBeGreaterThan(0.6)
    expect(measure(scale).contentHeight).toBeLessThanOrEqual(700)
  })

  it('stops at the floor when even that does not fit, within its steps', () => {
    const { measure, tried } = page(5000, 700)
    expect(fitScale(measure)).toBe(MIN_SCALE)
    expect(tried.length).toBeLessThanOrEqual(MAX_STEPS)
  })
})
