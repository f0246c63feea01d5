/** Calendar dates as `YYYY-MM-DD` text, in UTC so a report never shifts with the time zone. */

export function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`)
  if (Number.isNaN(ms)) return ''
  return new Date(ms + days * 86_400_000).toISOString().slice(0, 10)
}

/** "within 30 days" -> 30; undefined when the text names no number of days. */
export function daysIn(text: string): number | undefined {
  const match = /(\d+)\s*days?/.exec(text)
  return match?.[1] === undefined ? undefined : Number(match[1])
}
