/** Minutes since 00:00 on the scenario clock. */
export type Minute = number

/** "07:30" -> 450. The input is assumed valid (the schema checks the pattern). */
export function toMinute(clock: string): Minute {
  const [hours, minutes] = clock.split(':')
  return Number(hours) * 60 + Number(minutes)
}

const DAY = 24 * 60

/**
 * 450 -> "07:30". A deadline can run past midnight (an expectation started at 23:40 with
 * 30 minutes allowed is due at 1450): it reads "00:10", as a clock on the wall would.
 */
export function toClock(minute: Minute): string {
  const ofDay = ((minute % DAY) + DAY) % DAY
  const hours = Math.floor(ofDay / 60)
  const minutes = ofDay % 60
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}
