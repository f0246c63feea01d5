/** Minutes since 00:00 on the scenario clock. */
export type Minute = number

/** "07:30" -> 450. The input is assumed valid (the schema checks the pattern). */
export function toMinute(clock: string): Minute {
  const [hours, minutes] = clock.split(':')
  return Number(hours) * 60 + Number(minutes)
}

/** 450 -> "07:30". */
export function toClock(minute: Minute): string {
  const hours = Math.floor(minute / 60)
  const minutes = minute % 60
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}
