/** A valid saved session with `events` note events, distinct per id and count. */
import type { SavedSessionData } from '../../../contract/host-schemas'

export function makeSession(
  id: string,
  events: number,
  updatedAt = '2026-03-01T09:00:00.000Z',
): SavedSessionData {
  return {
    id,
    setup: {
      scenarioId: 'locker-note',
      scenarioText: 'format: ttx/1\nid: locker-note\n',
      tableName: `Table ${id}`,
      roles: ['principal', 'counselor'],
      policy: 'default',
      clock: { kind: 'manual' },
    },
    log: {
      format: 'ttx-log/1',
      scenario: 'locker-note',
      policy: 'default',
      events: Array.from({ length: events }, (_, i) => ({
        type: 'note' as const,
        text: `event ${i + 1} of ${id}`,
      })),
    },
    finished: false,
    updatedAt,
  }
}
