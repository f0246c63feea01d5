/** The clock's two readings, held to the plain way of computing them for any input. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toClock, toMinute } from '../../../engine/scenario/clock'

const plainMinute = (clock: string): number => {
  const [hours, minutes] = clock.split(':')
  return Number(hours) * 60 + Number(minutes)
}
const plainClock = (minute: number): string => {
  const ofDay = ((minute % 1440) + 1440) % 1440
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${pad(Math.floor(ofDay / 60))}:${pad(ofDay % 60)}`
}

describe('the scenario clock', () => {
  it('reads "HH:MM", and any other text, as splitting it would', () => {
    expect(toMinute('07:30')).toBe(450)
    expect(toMinute('7:30')).toBe(450)
    expect(toMinute('23:59')).toBe(1439)
    const digits = fc.stringMatching(/^\d\d:\d\d$/)
    const text = fc.oneof(digits, fc.string({ maxLength: 6 }), fc.constantFrom('0a:00', '00/00'))
    fc.assert(
      fc.property(text, (clock) => {
        expect(toMinute(clock)).toBe(plainMinute(clock))
      }),
    )
  })

  it('writes any minute, past midnight or before it, as the plain way does', () => {
    expect(toClock(450)).toBe('07:30')
    expect(toClock(1450)).toBe('00:10')
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.double()), (minute) => {
        expect(toClock(minute)).toBe(plainClock(minute))
        expect(toClock(minute)).toBe(plainClock(minute))
      }),
    )
  })
})
