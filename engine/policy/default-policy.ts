/**
 * The default profile of DESIGN.md ("Policy profiles"), following FERPA and HIPAA as
 * summarised in DOMAIN.md. `policies/default.yaml` is the same profile for districts to
 * copy; a unit test keeps the two identical.
 */
import type { Policy } from './schema'

export const DEFAULT_POLICY: Policy = {
  format: 'ttx-policy/1',
  name: 'default',
  description:
    'FERPA and HIPAA as summarised in DOMAIN.md; the school resource officer is not designated a school official.',
  sensitivities: {
    // Every kind except the broad audiences parents, media and public.
    directory: {
      allowed: [
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
      ],
      emergency: [],
    },
    observation: {
      allowed: [
        'school-admin',
        'school-mental-health',
        'school-health',
        'threat-team',
        'district',
        'law-enforcement',
        'emergency-services',
      ],
      emergency: ['school-staff', 'community-health'],
    },
    'education-record': {
      allowed: ['school-admin', 'school-mental-health', 'school-health', 'threat-team', 'district'],
      emergency: ['law-enforcement', 'emergency-services', 'community-health'],
    },
    health: {
      allowed: ['school-health', 'school-mental-health'],
      emergency: [
        'school-admin',
        'threat-team',
        'law-enforcement',
        'emergency-services',
        'community-health',
      ],
    },
    'law-enforcement': {
      allowed: ['law-enforcement', 'threat-team', 'school-admin'],
      emergency: ['district', 'emergency-services', 'school-mental-health', 'school-health'],
    },
  },
}
