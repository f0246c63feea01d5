/**
 * One plain-text line per timeline entry, shared by the Markdown and HTML renderers and the
 * app: roles by their titles, facts by their texts.
 */
import type { Names } from './names'
import { factNames, roleName } from './names'
import type { TimelineEntry } from './schema'

const THREAT = ['none', 'concern', 'credible', 'imminent'] as const

export function describeEntry(entry: TimelineEntry, names: Names): string {
  const role = (id: string): string => roleName(names, id)
  const roles = (ids: readonly string[]): string => ids.map(role).join(', ')
  switch (entry.kind) {
    case 'inject':
      return `Inject: ${entry.title} (threat ${entry.threat}, ${THREAT[entry.threat]})`
    case 'share':
      return `${role(entry.from)} → ${roles(entry.to)}: ${factNames(names, entry.facts)} (as ${entry.label})`
    case 'statement':
      return `${role(entry.from)} → ${roles(entry.to)}: “${entry.text}” (${entry.certainty})`
    case 'action':
      return `${role(entry.role)} acts: ${entry.label} (level ${entry.level})`
    case 'decision':
      return `${role(entry.role)} decides: ${entry.label}`
    case 'decline':
      return `${role(entry.role)} declines to tell ${roles(entry.to)}: ${factNames(names, entry.facts)} (${entry.reason})`
    case 'expectation':
      return `Expected: ${entry.text}; started ${entry.start}, due ${entry.due}, ${actual(entry)}`
    case 'end':
      return 'Play ends'
  }
}

function actual(entry: Extract<TimelineEntry, { kind: 'expectation' }>): string {
  switch (entry.status) {
    case 'on-time':
      return `met at ${entry.actual ?? '?'} (on time)`
    case 'late':
      return `met at ${entry.actual ?? '?'} (late)`
    case 'missed':
      return 'never met'
    case 'pending':
      return 'not yet due'
  }
}
