import { describe, expect, it } from 'vitest'
import { injectPositions } from '../../../engine/studio/locate'

describe('injectPositions', () => {
  it('finds the line of each inject’s id', () => {
    const text = ['format: ttx/1', 'injects:', '  - id: a', '    at: "08:00"', '  - id: b'].join(
      '\n',
    )
    expect(Object.fromEntries(injectPositions(text))).toEqual({
      a: { line: 3, col: 5 },
      b: { line: 5, col: 5 },
    })
  })

  it('is empty for text that is not YAML', () => {
    expect(injectPositions('injects: [').size).toBe(0)
  })
})
