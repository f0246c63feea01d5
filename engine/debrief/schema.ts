/**
 * The debrief `ttx-debrief/1` (FORMAT.md): an after-action report in the shape of HSEEP's
 * AAR/IP. The key order of these schemas is the key order of the JSON file. Timeline
 * entries are a union on `kind` (see docs/scoring.md for what each kind means).
 */
import { z } from 'zod'
import { Flag, Scores } from '../scoring/flag'
import {
  Certainty,
  Clock,
  CoreCapability,
  DeclineReason,
  Id,
  ThreatLevel,
} from '../scenario/schema'

export const DEBRIEF_FORMAT = 'ttx-debrief/1'

const EventIndex = z.number().int().nonnegative()

export const TimelineEntry = z.discriminatedUnion('kind', [
  z.strictObject({
    at: Clock,
    kind: z.literal('inject'),
    id: Id,
    title: z.string(),
    threat: ThreatLevel,
  }),
  z.strictObject({
    at: Clock,
    kind: z.literal('share'),
    event: EventIndex,
    from: Id,
    to: z.array(Id),
    facts: z.array(Id),
    label: Certainty,
  }),
  z.strictObject({
    at: Clock,
    kind: z.literal('statement'),
    event: EventIndex,
    from: Id,
    to: z.array(Id),
    text: z.string(),
    certainty: Certainty,
  }),
  z.strictObject({
    at: Clock,
    kind: z.literal('action'),
    event: EventIndex,
    role: Id,
    action: Id,
    label: z.string(),
    level: ThreatLevel,
  }),
  z.strictObject({
    at: Clock,
    kind: z.literal('decision'),
    event: EventIndex,
    role: Id,
    inject: Id,
    option: Id,
    label: z.string(),
    /** The option's teaching point, when the scenario gives one. */
    debrief: z.string().optional(),
  }),
  z.strictObject({
    at: Clock,
    kind: z.literal('decline'),
    event: EventIndex,
    role: Id,
    to: z.array(Id),
    facts: z.array(Id),
    reason: DeclineReason,
  }),
  /** Expected versus actual: placed at the deadline; `actual` is when it was met. */
  z.strictObject({
    at: Clock,
    kind: z.literal('expectation'),
    id: Id,
    text: z.string(),
    start: Clock,
    due: Clock,
    actual: Clock.optional(),
    status: z.enum(['on-time', 'late', 'missed', 'pending']),
  }),
  z.strictObject({ at: Clock, kind: z.literal('end') }),
])
export type TimelineEntry = z.infer<typeof TimelineEntry>
export type TimelineKind = TimelineEntry['kind']

export const FlowEntry = z.strictObject({
  at: Clock,
  from: Id,
  to: Id,
  facts: z.array(Id),
  flagged: z.boolean(),
})
export type FlowEntry = z.infer<typeof FlowEntry>

/** HSEEP's ratings: performed without challenges, with some, with major, unable to be performed. */
export const RATINGS = ['P', 'S', 'M', 'U'] as const
export const Rating = z.enum(RATINGS)
export type Rating = z.infer<typeof Rating>

export const DebriefObjective = z.strictObject({
  id: Id,
  text: z.string(),
  capability: CoreCapability.optional(),
  /** True for P and S. */
  met: z.boolean(),
  /** The engine's rating from the flags and expectations tied to it; null: not rated. */
  suggested: Rating.nullable(),
  /** The evaluator's rating, equal to `suggested` until changed. */
  rating: Rating.nullable(),
  note: z.string(),
  /** Positions in `flags` of the flags tied to it. */
  flags: z.array(z.number().int().nonnegative()),
})
export type DebriefObjective = z.infer<typeof DebriefObjective>

export const Debrief = z.strictObject({
  format: z.literal(DEBRIEF_FORMAT),
  scenario: z.strictObject({ id: Id, title: z.string() }),
  policy: z.string(),
  // Ratings come before the scores, so an average never hides a critical failure.
  objectives: z.array(DebriefObjective),
  scores: Scores,
  flags: z.array(Flag),
  timeline: z.array(TimelineEntry),
  flow: z.array(FlowEntry),
  strengths: z.array(z.string()),
  improvements: z.array(
    z.strictObject({ text: z.string(), flags: z.array(z.number().int().nonnegative()) }),
  ),
  plan: z.array(z.strictObject({ action: z.string(), owner: Id, by: z.string() })),
  discussion: z.array(z.string()),
})
export type Debrief = z.infer<typeof Debrief>
