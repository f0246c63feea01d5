import type { Action } from './schema'

/** The default action catalog of FORMAT.md; a scenario's `actions` add to or override it. */
export const DEFAULT_ACTIONS: readonly Action[] = [
  { id: 'monitor', label: 'Monitor the situation', level: 0 },
  { id: 'document', label: 'Document what happened', level: 0 },
  { id: 'convene-team', label: 'Convene the threat assessment team', level: 1 },
  { id: 'interview', label: 'Interview the student or witnesses', level: 1 },
  { id: 'notify-parent', label: 'Notify the parent or guardian', level: 1 },
  { id: 'safety-plan', label: 'Put a safety plan in place', level: 1 },
  { id: 'refer', label: 'Refer to mental-health or community services', level: 1 },
  { id: 'call-911', label: 'Call 911', level: 1 },
  { id: 'search', label: 'Search a locker, bag or area', level: 2 },

  { id: 'shelter', label: 'Shelter in place', level: 2 },
  { id: 'mass-notify', label: 'Send a mass notification', level: 2 },
  { id: 'suspend', label: 'Suspend the student', level: 2 },
  { id: 'lockdown', label: 'Lock down the school', level: 3 },
  { id: 'evacuate', label: 'Evacuate the building', level: 3 },
  { id: 'close-school', label: 'Close the school', level: 3 },
]
