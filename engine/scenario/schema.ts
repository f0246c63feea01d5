/**
 * The scenario format `ttx/1` (see docs/scenario-format.md). This zod schema is the single
 * source of truth: TypeScript types are inferred from it and `scenarios/ttx.schema.json`
 * is generated from it. Every object is strict, so an unknown field is an error.
 */
import { z } from 'zod'
import { CORE_CAPABILITIES } from './capabilities'
import { DEFAULT_ACTIONS } from './catalog'

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/
export const CLOCK_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

export const Id = z
  .string()
  .regex(ID_PATTERN, { error: 'must be a kebab-case id such as "front-office" (a-z, 0-9, dashes)' })
  .meta({ description: 'A kebab-case id, unique within its list.' })

export const Clock = z
  .string()
  .regex(CLOCK_PATTERN, { error: 'must be a 24-hour clock time "HH:MM", such as "07:30"' })
  .meta({ description: 'A time on the scenario clock, "HH:MM" (24 h).' })

export const Minutes = z.number().int().nonnegative().meta({ description: 'Whole minutes.' })

export const CERTAINTIES = ['confirmed', 'reported', 'unverified', 'speculation'] as const
export const Certainty = z.enum(CERTAINTIES).meta({
  description: 'How sure the information is: confirmed > reported > unverified > speculation.',
})

export const SENSITIVITIES = [
  'public',
  'directory',
  'observation',
  'education-record',
  'health',
  'law-enforcement',
] as const
export const Sensitivity = z.enum(SENSITIVITIES).meta({
  description:
    'What kind of information this is, which decides who may receive it (see the policy profile).',
})

export const ROLE_KINDS = [
  'school-staff',
  'school-admin',
  'school-health',
  'school-mental-health',
  'threat-team',
  'district',
  'law-enforcement',
  'emergency-services',
  'community-health',
  'parent',
  'parents',
  'media',
  'public',
] as const
export const RoleKind = z.enum(ROLE_KINDS).meta({ description: 'The profession or audience.' })
/** The school's own people: a disclosure among them is between school officials. */
export const SCHOOL_KINDS: readonly RoleKind[] = [
  'school-staff',
  'school-admin',
  'school-health',
  'school-mental-health',
  'threat-team',
  'district',
]
/** Audiences that reach many people at once: sharing identifying facts with them is critical. */
export const BROAD_KINDS: readonly RoleKind[] = ['parents', 'media', 'public']

export const THREAT_LEVELS = [0, 1, 2, 3] as const
export const ThreatLevel = z
  .union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])
  .meta({ description: '0 none, 1 concern, 2 credible, 3 imminent.' })

export const Urgency = z.enum(['low', 'medium', 'high'])

export const Message = z
  .strictObject({
    goal: z.string().optional().meta({ description: 'What the sharer wants to achieve.' }),
    urgency: Urgency.optional().meta({ description: 'How fast the recipient must act.' }),
    known: z.string().optional().meta({ description: 'What is already known, and from whom.' }),
    ask: z.string().optional().meta({ description: 'What the recipient is asked to do.' }),
  })
  .meta({ description: 'A structured message: goal, urgency, known, ask.' })

export const Role = z.strictObject({
  id: Id,
  title: z.string().min(1),
  kind: RoleKind,
  player: z.boolean().default(true).meta({
    description: 'true: played by someone at the table; false: a contact that only receives.',
  }),
  briefing: z.string().optional().meta({ description: 'What this role knows going in.' }),
})

// FORMAT.md lists what is required; "everything else is optional". Where a field only names
// or describes something, its absence falls back to the id (or a stated default) here, so the
// rest of the app always has a text to show.

export const Person = z
  .strictObject({
    id: Id,
    name: z.string().min(1).optional().meta({ description: 'How to name them; the id if absent.' }),
    parents: z
      .array(Id)
      .default([])
      .meta({ description: 'Role ids of this person’s parents or guardians.' }),
  })
  .transform((person) => ({ ...person, name: person.name ?? person.id }))

export const Fact = z.strictObject({
  id: Id,
  text: z.string().min(1),
  certainty: Certainty,
  sensitivity: Sensitivity,
  about: Id.optional().meta({ description: 'The person (id in people) this fact identifies.' }),
  safety: z
    .boolean()
    .default(false)
    .meta({ description: 'true when it bears on someone’s health or safety.' }),
  need: z.array(Id).default([]).meta({ description: 'Roles that must learn this fact.' }),
  may: z
    .array(z.union([Id, RoleKind]))
    .default([])
    .meta({ description: 'Roles or role kinds that may learn this fact.' }),
  objective: Id.optional().meta({
    description: 'The objective whose rating flags about this fact count toward.',
  }),
})

/**
 * A scenario's action adds to the default catalog or overrides one of its entries: an
 * override may change the label alone and keep the level; a new action needs its level,
 * since overreaction is judged by it.
 */
export const Action = z
  .strictObject({
    id: Id,
    label: z.string().min(1).optional().meta({ description: 'What it is, for the console.' }),
    level: ThreatLevel.optional().meta({
      description: 'How drastic: 0 to 3 (kept from the default catalog when overriding one).',
    }),
  })
  .superRefine((action, context) => {
    if (action.level === undefined && defaultAction(action.id) === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['level'],
        message: `action "${action.id}" is not in the default catalog, so it needs a level (0 to 3)`,
      })
    }
  })
  .transform((action): { id: string; label: string; level: ThreatLevel } => {
    const base = defaultAction(action.id)
    return {
      id: action.id,
      label: action.label ?? base?.label ?? action.id,
      level: action.level ?? base?.level ?? 0,
    }
  })

function defaultAction(
  id: string,
): { readonly label: string; readonly level: ThreatLevel } | undefined {
  return DEFAULT_ACTIONS.find((action) => action.id === id)
}

export const CoreCapability = z.enum(CORE_CAPABILITIES).meta({
  description: 'The HSEEP core capability an objective trains.',
})

export const Objective = z
  .strictObject({
    id: Id,
    text: z.string().min(1).optional().meta({ description: 'What it trains; the id if absent.' }),
    capability: CoreCapability.optional(),
  })
  .transform((objective) => ({ ...objective, text: objective.text ?? objective.id }))

export type Condition =
  | { knows: { role: string; fact: string } }
  | { decided: { role: string; option: string } }
  | { acted: { action: string; role?: string | undefined } }
  | { threat: { atLeast: 0 | 1 | 2 | 3 } }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ knows: z.strictObject({ role: Id, fact: Id }) }),
    z.strictObject({ decided: z.strictObject({ role: Id, option: Id }) }),
    z.strictObject({ acted: z.strictObject({ action: Id, role: Id.optional() }) }),
    z.strictObject({ threat: z.strictObject({ atLeast: ThreatLevel }) }),
    z.strictObject({ all: z.array(Condition).min(1) }),
    z.strictObject({ any: z.array(Condition).min(1) }),
    z.strictObject({ not: Condition }),
  ]),
)

export const Branch = z.strictObject({
  when: Condition.optional().meta({
    description: 'Taken if true; a branch without it is the fallback and comes last.',
  }),
  goto: Id,
})

export const MATERIAL_KINDS = [
  'social-post',
  'text-message',
  'email',
  'phone-call',
  'news',
  'document',
  'image',
] as const
export type MaterialKind = (typeof MATERIAL_KINDS)[number]
export const Material = z
  .strictObject({
    kind: z.enum(MATERIAL_KINDS).optional().meta({
      description: 'How the card looks; "image" for an image alone, else "document", if absent.',
    }),
    from: z.string().optional(),
    text: z.string().optional(),
    image: z
      .string()
      .optional()
      .meta({ description: 'A png, jpg or webp file inside this scenario’s folder.' }),
  })
  .transform((material): Omit<typeof material, 'kind'> & { kind: MaterialKind } => ({
    ...material,
    kind:
      material.kind ??
      (material.image !== undefined && material.text === undefined ? 'image' : 'document'),
  }))

/** Option events: log events without `t`, `from` and `role` (taken from the `decide`). */
export const OptionShare = z.strictObject({
  type: z.literal('share'),
  to: z.array(Id).min(1),
  facts: z.array(Id).min(1),
  label: Certainty.optional(),
  message: Message.optional(),
})
export const OptionStatement = z.strictObject({
  type: z.literal('statement'),
  to: z.array(Id).min(1),
  text: z.string().min(1),
  certainty: Certainty,
  label: Certainty.optional(),
})
export const OptionAct = z.strictObject({ type: z.literal('act'), action: Id })
export const DeclineReason = z.enum(['privacy', 'not-my-role', 'unsure'])
export const OptionDecline = z.strictObject({
  type: z.literal('decline'),
  to: z.array(Id).min(1),
  facts: z.array(Id).min(1),
  reason: DeclineReason,
})
export const OptionNote = z.strictObject({ type: z.literal('note'), text: z.string() })
export const OPTION_EVENT_TYPES = ['share', 'statement', 'act', 'decline', 'note'] as const
export const OptionEvent = z.discriminatedUnion('type', [
  OptionShare,
  OptionStatement,
  OptionAct,
  OptionDecline,
  OptionNote,
])

export const Option = z.strictObject({
  id: Id,
  label: z.string().min(1),
  events: z.array(OptionEvent),
  debrief: z
    .string()
    .optional()
    .meta({ description: 'The teaching point, shown in the debrief if chosen.' }),
})

export const Decision = z.strictObject({
  role: Id,
  prompt: z.string().min(1).default('What do you do?'),
  options: z.array(Option).min(1),
})

export const Inject = z.strictObject({
  id: Id,
  at: Clock,
  title: z.string().min(1),
  narrative: z.string().optional(),
  threat: ThreatLevel.optional().meta({
    description: 'Threat level from now on; without it the level of the inject before is kept.',
  }),
  materials: z.array(Material).optional(),
  notes: z
    .string()
    .optional()
    .meta({ description: 'For the facilitator only; never on the projector.' }),
  reveal: z
    .record(Id, z.array(Id))
    .optional()
    .meta({ description: 'Role id -> fact ids that role learns when the inject begins.' }),
  decisions: z.array(Decision).optional(),
  next: z
    .union([Id, z.array(Branch).min(1)])
    .optional()
    .meta({ description: 'The next inject, or branches tried in order. Without it play ends.' }),
})

export const EscalateExpectation = z.strictObject({
  fact: Id,
  to: z.array(Id).min(1),
  within: Minutes,
})
export const ActExpectation = z.strictObject({ action: Id, within: Minutes })
export const AvoidExpectation = z.strictObject({ action: Id })

export const Expectation = z
  .strictObject({
    id: Id,
    objective: Id.optional(),
    escalate: EscalateExpectation.optional().meta({
      description: 'The fact must reach one of `to` within `within` minutes of anyone learning it.',
    }),
    act: ActExpectation.optional().meta({
      description: 'The action must be taken within `within` minutes of `from` (or of play start).',
    }),
    avoid: AvoidExpectation.optional().meta({
      description: 'The protocol forbids this action (from `from`, while `when` holds).',
    }),
    from: Id.optional().meta({
      description:
        'For `act`: the inject whose start starts the clock; for `avoid`: from this inject on.',
    }),
    when: Condition.optional().meta({
      description: 'For `avoid`: the action is forbidden only while this holds.',
    }),
    severity: z
      .enum(['low', 'medium', 'high', 'critical'])
      .optional()
      .meta({ description: 'For `avoid`: the flag’s severity (default high).' }),
    basis: z.string().min(1).optional().meta({
      description: 'For `avoid` (required there): the rule ID the flag cites, e.g. "C5".',
    }),
    explain: z.string().min(1).optional().meta({
      description: 'For `avoid` (required there): why the protocol forbids the action.',
    }),
  })
  .check((ctx) => {
    for (const issue of expectationShapeIssues(ctx.value)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, ...issue })
    }
  })

type ExpectationShape = Partial<
  Record<'escalate' | 'act' | 'avoid' | 'from' | 'when' | 'severity' | 'basis' | 'explain', unknown>
>

/** The rules zod's shape cannot say: one kind per expectation, and what each kind takes. */
function expectationShapeIssues(
  expectation: ExpectationShape,
): { message: string; path?: string[] }[] {
  const kinds = (['escalate', 'act', 'avoid'] as const).filter(
    (kind) => expectation[kind] !== undefined,
  )
  if (kinds.length !== 1) {
    return [{ message: 'an expectation has exactly one of "escalate", "act" or "avoid"' }]
  }
  const issues: { message: string; path?: string[] }[] = []
  if (kinds[0] === 'escalate' && expectation.from !== undefined) {
    issues.push({
      path: ['from'],
      message:
        '"from" belongs to an "act" or "avoid" expectation; an "escalate" clock starts when anyone learns the fact',
    })
  }
  if (kinds[0] === 'avoid') {
    for (const field of ['basis', 'explain'] as const) {
      if (expectation[field] === undefined) {
        issues.push({
          message: `an "avoid" expectation needs "${field}": ${AVOID_NEEDS[field]}`,
        })
      }
    }
  }
  return issues
}

const AVOID_NEEDS = {
  basis: 'the rule ID its flag cites (for example C5)',
  explain: 'one sentence on why the protocol forbids the action, shown with the flag',
} as const

export const SCENARIO_FORMAT = 'ttx/1'

export const Scenario = z
  .strictObject({
    format: z.literal(SCENARIO_FORMAT),
    id: Id,
    title: z.string().min(1),
    summary: z.string().optional(),
    duration: Minutes.optional(),
    author: z.string().optional(),
    tags: z.array(z.string()).optional(),
    start: Clock,
    objectives: z.array(Objective).default([]),
    roles: z.array(Role).min(1),
    people: z.array(Person).default([]),
    facts: z.array(Fact),
    actions: z.array(Action).default([]),
    injects: z.array(Inject).min(1),
    expectations: z.array(Expectation).default([]),
    discussion: z.array(z.string()).default([]),
  })
  .meta({ title: 'Need to Know scenario (ttx/1)' })

export type Id = z.infer<typeof Id>
export type Certainty = z.infer<typeof Certainty>
export type Sensitivity = z.infer<typeof Sensitivity>
export type RoleKind = z.infer<typeof RoleKind>
export type ThreatLevel = z.infer<typeof ThreatLevel>
export type Urgency = z.infer<typeof Urgency>
export type Message = z.infer<typeof Message>
export type Role = z.infer<typeof Role>
export type Person = z.infer<typeof Person>
export type Fact = z.infer<typeof Fact>
export type Action = z.infer<typeof Action>
export type Objective = z.infer<typeof Objective>
export type CoreCapability = z.infer<typeof CoreCapability>
export type Branch = z.infer<typeof Branch>
export type Material = z.infer<typeof Material>
export type OptionEvent = z.infer<typeof OptionEvent>
export type Option = z.infer<typeof Option>
export type Decision = z.infer<typeof Decision>
export type Inject = z.infer<typeof Inject>
export type Expectation = z.infer<typeof Expectation>
export type DeclineReason = z.infer<typeof DeclineReason>
/** A scenario after parsing: defaults filled in. */
export type Scenario = z.infer<typeof Scenario>
/** A scenario as written in a file, before defaults. */
export type ScenarioInput = z.input<typeof Scenario>

/** Rank for comparing certainties: higher is surer. */
export const CERTAINTY_RANK: Readonly<Record<Certainty, number>> = {
  speculation: 0,
  unverified: 1,
  reported: 2,
  confirmed: 3,
}
