/**
 * An objective's HSEEP core capability, by id and by the name documents print. The scenario
 * may leave it out: the documents then say so rather than guess one.
 */
const SMALL_WORDS = new Set(['and', 'or', 'of', 'the'])

/** The capability id the objective names, if any. */
export function capabilityOf(objective: object): string | undefined {
  return 'capability' in objective && typeof objective.capability === 'string'
    ? objective.capability
    : undefined
}

const NAMED: Readonly<Record<string, string>> = {
  'screening-search-and-detection': 'Screening, Search, and Detection',
  'on-scene-security-protection-and-law-enforcement':
    'On-scene Security, Protection, and Law Enforcement',
  'public-health-healthcare-and-emergency-medical-services':
    'Public Health, Healthcare, and Emergency Medical Services',
}

/** "intelligence-and-information-sharing" -> "Intelligence and Information Sharing". */
export function capabilityLabel(id: string | undefined): string {
  if (id === undefined) return 'Not mapped to a core capability'
  const named = NAMED[id]
  if (named !== undefined) return named
  return id
    .split('-')
    .map((word, at) =>
      at > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ')
}
