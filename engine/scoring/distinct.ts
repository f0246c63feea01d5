/**
 * A log may name the same fact or recipient twice in one share or decline (the log
 * format does not forbid it). docs/format.md: a share raises "at most one flag per rule and
 * fact, listing every recipient concerned in `to`", so the rules read each list once.
 * In first-seen order, as a `Set` keeps it. Most lists are one to a few items long, and a
 * `Set` for each was a noticeable part of scoring a long log, so short ones are searched.
 * Ids only: for text, searching and a `Set` agree exactly (for numbers they differ on -0).
 */
import type { Id } from '../scenario/schema'

export function distinct(items: readonly Id[]): Id[] {
  if (items.length > SEARCHED) return [...new Set(items)]
  const kept: Id[] = []
  for (const item of items) if (!kept.includes(item)) kept.push(item)
  return kept
}

const SEARCHED = 16
