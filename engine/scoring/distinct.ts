/**
 * A log may name the same fact or recipient twice in one share or decline (the log
 * format does not forbid it). docs/format.md: a share raises "at most one flag per rule and
 * fact, listing every recipient concerned in `to`", so the rules read each list once.
 */
export function distinct<T>(items: readonly T[]): T[] {
  return [...new Set(items)]
}
