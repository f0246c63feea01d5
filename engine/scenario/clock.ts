/** Minutes since 00:00 on the scenario clock. */
export type Minute = number

/**
 * "07:30" -> 450. The input is assumed valid (the schema checks the pattern). The schema's
 * "HH:MM" is read digit by digit: replay reads one per event, and splitting the text made
 * a list and two texts each time; any other text is read as before.
 */
export function toMinute(clock: string): Minute {
  if (isHourMinute(clock)) {
    const digit = (at: number): number => clock.charCodeAt(at) - ZERO
    return (digit(0) * 10 + digit(1)) * 60 + digit(3) * 10 + digit(4)
  }
  const [hours, minutes] = clock.split(':')
  return Number(hours) * 60 + Number(minutes)
}

const ZERO = 48
const COLON = 58

function isHourMinute(clock: string): boolean {
  if (clock.length !== 5 || clock.charCodeAt(2) !== COLON) return false
  for (const at of [0, 1, 3, 4]) {
    const code = clock.charCodeAt(at)
    if (code < ZERO || code > ZERO + 9) return false
  }
  return true
}

const DAY = 24 * 60

/**
 * 450 -> "07:30". A deadline can run past midnight (an expectation started at 23:40 with
 * 30 minutes allowed is due at 1450): it reads "00:10", as a clock on the wall would.
 */
export function toClock(minute: Minute): string {
  const ofDay = ((minute % DAY) + DAY) % DAY
  // A long log's debrief names a time per event: the day's 1,440 texts are made once each.
  if (Number.isInteger(ofDay)) return (CLOCKS[ofDay] ??= clockText(ofDay))
  return clockText(ofDay)
}

const CLOCKS: string[] = []

function clockText(ofDay: number): string {
  const hours = Math.floor(ofDay / 60)
  const minutes = ofDay % 60
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}
