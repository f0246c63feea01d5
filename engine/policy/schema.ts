/**
 * A privacy policy profile: which role kinds may receive each sensitivity of information,
 * normally and, for safety facts while the threat is credible or worse, under the
 * emergency exception. Data, not code, so a district can copy and edit it.
 */
import { z } from 'zod'
import { RoleKind } from '../scenario/schema'

export const POLICY_FORMAT = 'ttx-policy/1'

/** Every sensitivity except `public`, which goes to anyone and so needs no rule. */
export const RULED_SENSITIVITIES = [
  'directory',
  'observation',
  'education-record',
  'health',
  'law-enforcement',
] as const
export type RuledSensitivity = (typeof RULED_SENSITIVITIES)[number]

export const SensitivityRule = z
  .strictObject({
    allowed: z.array(RoleKind).meta({ description: 'Role kinds that may receive it normally.' }),
    emergency: z.array(RoleKind).default([]).meta({
      description:
        'Role kinds added under the emergency exception: safety facts while threat >= 2.',
    }),
  })
  .meta({ description: 'Who may receive one sensitivity of information.' })

export const Policy = z
  .strictObject({
    format: z.literal(POLICY_FORMAT).optional(),
    name: z.string().min(1).meta({ description: 'Shown in the debrief, e.g. "default".' }),
    description: z.string().optional(),
    sensitivities: z.strictObject({
      directory: SensitivityRule,
      observation: SensitivityRule,
      'education-record': SensitivityRule,
      health: SensitivityRule,
      'law-enforcement': SensitivityRule,
    }),
  })
  .meta({ title: 'Need to Know privacy policy profile (ttx-policy/1)' })

export type SensitivityRule = z.infer<typeof SensitivityRule>
export type Policy = z.infer<typeof Policy>
export type PolicyInput = z.input<typeof Policy>
