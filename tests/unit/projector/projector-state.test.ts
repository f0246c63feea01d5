import { describe, expect, it } from 'vitest'
import { openSession } from '../../../renderer/exercise/open-session'
import type { SavedSession } from '../../../contract/host-api'
import { parseProjectorState } from '../../../renderer/projector/projector-schema'
import {
  factKey,
  notesKey,
  projectorState,
  type ProjectorInput,
} from '../../../renderer/projector/projector-state'
import { lockerNote } from '../studio/scenarios'

const saved: SavedSession = {
  id: 'locker-note-1',
  setup: {
    scenarioId: lockerNote.id,
    scenarioText: '',
    tableName: 'Table 1',
    roles: ['custodian'],
    policy: 'default',
    clock: { kind: 'manual' },
  },
  log: { format: 'ttx-log/1', scenario: lockerNote.id, policy: 'default', events: [] },
  finished: false,
  updatedAt: '2026-12-01T10:00:00.000Z',
}

function input(shown: readonly string[] = []): ProjectorInput {
  const session = openSession(lockerNote, saved)
  return {
    sessionId: saved.id,
    scenario: lockerNote,
    view: session.view(),
    openDecisions: session.openDecisions(),
    shown: new Set(shown),
    clock: 455,
  }
}

describe('projectorState', () => {
  it('shows the inject, the clock and whose turn it is, and nothing private by default', () => {
    const state = projectorState(input())
    expect(state).toMatchObject({
      sessionId: 'locker-note-1',
      scenarioTitle: lockerNote.title,
      clock: 455,
      threat: 1,
      ended: false,
      inject: { title: 'The note' },
      facts: [],
      decisions: [{ role: 'Custodian', prompt: 'What do you do with the note?' }],
    })
    expect(state.notes).toBeUndefined()
    expect(state.inject.materials).toHaveLength(1)
  })

  it('never carries an option, its label or its teaching point', () => {
    const text = JSON.stringify(projectorState(input([notesKey('found'), factKey('note-text')])))
    expect(text).not.toContain('Finish the shift')
    expect(text).not.toContain('waits three hours')
    expect(text).not.toContain('to-principal')
  })

  it('shows the notes and the facts the facilitator chose, and only those', () => {
    const state = projectorState(input([notesKey('found'), factKey('note-text')]))
    expect(state.notes).toMatch(/^Let the custodian decide alone first/)
    expect(state.facts).toEqual(['The note says "everyone in 3rd period will pay on Friday".'])
    // Notes shown for another inject do not leak into this one.
    expect(projectorState(input([notesKey('team')])).notes).toBeUndefined()
  })

  it('crosses windows intact, and anything else is refused', () => {
    const state = projectorState(input([factKey('note-text')]))
    expect(parseProjectorState(JSON.parse(JSON.stringify(state)))).toEqual(state)
    expect(parseProjectorState({ ...state, options: ['Finish the shift'] })).toBeNull()
    expect(parseProjectorState('not a state')).toBeNull()
  })
})
