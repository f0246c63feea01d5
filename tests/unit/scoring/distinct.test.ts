/** `distinct`: each item once, in first-seen order, whether the list is short or long. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { distinct } from '../../../engine/scoring/distinct'

describe('distinct', () => {
  it('keeps what a Set keeps, in its order, for short and long lists', () => {
    const item = fc.oneof(fc.constantFrom('a', 'b', 'c', 'nurse', ''), fc.string())
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (items) => {
        expect(distinct(items)).toEqual([...new Set(items)])
      }),
    )
    expect(distinct(['sro', 'nurse', 'sro', 'nurse', 'sro'])).toEqual(['sro', 'nurse'])
  })
})
