/**
 * The default profile (docs/scoring.md, "Policy profiles"), following FERPA and HIPAA as
 * summarised in docs/domain.md. `policies/default.yaml` is the same profile for districts
 * to copy; a unit test keeps the two identical.
 *
 * The emergency column names who may be an "appropriate party" (34 CFR 99.36): a teacher
 * who must protect the class, police, medical staff, and a parent of someone at risk. A
 * teacher with a legitimate educational interest in a record outside an emergency (the
 * student is in their class, or threatened them) is named in the fact's `may`: a profile
 * cannot know who that is.
 */
import type { Policy } from './schema'

export const DEFAULT_POLICY: Policy = {
  format: 'ttx-policy/1',
  name: 'default',
  description:
    'FERPA and HIPAA as summarised in docs/domain.md; the school resource officer is not designated a school official.',
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
      emergency: ['school-staff', 'community-health', 'parent'],
    },
    'education-record': {
      allowed: ['school-admin', 'school-mental-health', 'school-health', 'threat-team', 'district'],
      emergency: ['school-staff', 'law-enforcement', 'emergency-services', 'community-health'],
    },
    health: {
      allowed: ['school-health', 'school-mental-health'],
      emergency: [
        'school-staff',
        'school-admin',
        'threat-team',
        'law-enforcement',
        'emergency-services',
        'community-health',
      ],
    },
    'law-enforcement': {
      allowed: ['law-enforcement', 'threat-team', 'school-admin'],
      emergency: [
        'district',
        'emergency-services',
        'school-mental-health',
        'school-health',
        'school-staff',
        'parent',
      ],
    },
  },
}
