/**
 * HSEEP core capabilities an objective may train (docs/format.md, "Core capabilities").
 * The id is what a scenario writes; the name is how HSEEP documents print it.
 */
export const CORE_CAPABILITIES = [
  'planning',
  'public-information-and-warning',
  'operational-coordination',
  'intelligence-and-information-sharing',
  'operational-communications',
  'screening-search-and-detection',
  'interdiction-and-disruption',
  'on-scene-security-protection-and-law-enforcement',
  'mass-care-services',
  'public-health-healthcare-and-emergency-medical-services',
  'situational-assessment',
  'health-and-social-services',
  'community-resilience',
] as const
export type CoreCapability = (typeof CORE_CAPABILITIES)[number]

const NAMES: Readonly<Record<CoreCapability, string>> = {
  planning: 'Planning',
  'public-information-and-warning': 'Public Information and Warning',
  'operational-coordination': 'Operational Coordination',
  'intelligence-and-information-sharing': 'Intelligence and Information Sharing',
  'operational-communications': 'Operational Communications',
  'screening-search-and-detection': 'Screening, Search, and Detection',
  'interdiction-and-disruption': 'Interdiction and Disruption',
  'on-scene-security-protection-and-law-enforcement':
    'On-scene Security, Protection, and Law Enforcement',
  'mass-care-services': 'Mass Care Services',
  'public-health-healthcare-and-emergency-medical-services':
    'Public Health, Healthcare, and Emergency Medical Services',
  'situational-assessment': 'Situational Assessment',
  'health-and-social-services': 'Health and Social Services',
  'community-resilience': 'Community Resilience',
}

/** The capability's HSEEP name, as a person reads it ("Operational Coordination"). */
export function capabilityName(capability: CoreCapability): string {
  return NAMES[capability]
}
