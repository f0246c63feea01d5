/**
 * The room view's pages, in the order a facilitator discusses them: the objective ratings,
 * the flags that matter most (or what went well), then one page per flag in time order.
 * Pure, so the order, the keys and the words read to screen readers are unit-tested.
 */
import { flagSteps, type FlagStep } from '../../engine/debrief/flag-steps'
import { highlights } from '../../engine/debrief/highlights'
import type { Names } from '../../engine/debrief/names'
import type { Debrief } from '../../engine/debrief/schema'

export type RoomPage =
  | { readonly kind: 'ratings' }
  | { readonly kind: 'highlights'; readonly steps: readonly FlagStep[] }
  | {
      readonly kind: 'strengths'
      readonly strengths: readonly string[]
      /** How many more the full report lists. */
      readonly more: number
    }
  | { readonly kind: 'flag'; readonly step: FlagStep; readonly of: number }

/** A page holds what the back row can read: the rest is in the full report. */
export const MAX_STRENGTHS = 6

export function roomPages(debrief: Debrief, names: Names): RoomPage[] {
  const steps = flagSteps(debrief, names)
  const top = highlights(debrief).flatMap((h) => steps[h.index] ?? [])
  return [
    { kind: 'ratings' },
    top.length > 0
      ? { kind: 'highlights', steps: top }
      : {
          kind: 'strengths',
          strengths: debrief.strengths.slice(0, MAX_STRENGTHS),
          more: Math.max(0, debrief.strengths.length - MAX_STRENGTHS),
        },
    ...steps.map((step) => ({ kind: 'flag' as const, step, of: steps.length })),
  ]
}

const COUNT = ['no', 'one', 'two', 'three']

/** The page's title, as its heading shows it and as the step is announced. */
export function pageTitle(page: RoomPage): string {
  switch (page.kind) {
    case 'ratings':
      return 'Objective ratings'
    case 'highlights':
      return page.steps.length === 1
        ? 'The flag that matters most'
        : `The ${COUNT[page.steps.length] ?? page.steps.length} flags that matter most`
    case 'strengths':
      return 'No flags: what went well'
    case 'flag':
      return `Flag ${page.step.index + 1} of ${page.of}: ${page.step.rule}`
  }
}

/** What a screen reader hears when the step changes. */
export function announce(pages: readonly RoomPage[], at: number): string {
  const page = pages[at]
  if (page === undefined) return ''
  const where = `Step ${at + 1} of ${pages.length}: ${pageTitle(page)}`
  if (page.kind !== 'flag') return where
  const { step } = page
  const whom = step.to.length > 0 ? ` to ${step.to.join(', ')}` : ''
  return `${where}, at ${step.at}${step.who === undefined ? '' : `, ${step.who}${whom}`}`
}

/** The page a key moves to, or undefined when the key is not the deck's. */
export function pageAfterKey(key: string, at: number, count: number): number | undefined {
  const last = Math.max(0, count - 1)
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return Math.min(at + 1, last)
    case 'ArrowLeft':
    case 'PageUp':
      return Math.max(at - 1, 0)
    case 'Home':
      return 0
    case 'End':
      return last
    default:
      return undefined
  }
}
