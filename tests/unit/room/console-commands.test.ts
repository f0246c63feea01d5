/** The headless host's typed controls (electron/main/room/console-commands.ts). */
import { describe, expect, it } from 'vitest'
import { Room } from '../../../engine/room/room'
import { RoomHub } from '../../../electron/main/room/hub'
import { runConsoleLine } from '../../../electron/main/room/console-commands'
import { hashToken, newToken } from '../../../electron/main/room/secrets'
import { lockerNote } from '../studio/scenarios'

function hub(approve = false) {
  const tables = ['ABC234', 'XYZ789'].map(
    (code) => new Room(lockerNote, { code, approve, newToken, hash: hashToken }),
  )
  return {
    tables,
    hub: new RoomHub(tables, { facilitatorKey: 'f'.repeat(32), save: () => undefined }),
  }
}

describe('runConsoleLine', () => {
  it('moves the clock, advances and undoes the first table unless a code names another', () => {
    const { tables, hub: room } = hub()
    expect(runConsoleLine(room, '+5')).toBe('the clock is now 07:35')
    expect(runConsoleLine(room, 'advance xyz789')).toMatch(/^advanced to /)
    expect(tables[1]?.log.events.map((e) => e.type)).toEqual(['advance'])
    expect(tables[0]?.log.events).toEqual([])
    expect(runConsoleLine(room, 'undo XYZ789')).toBe('the last event was undone')
    expect(runConsoleLine(room, 'undo')).toBe('nothing to undo')
  })

  it('lets a waiting seat in and lists the seats', () => {
    const { tables, hub: room } = hub(true)
    tables[0]?.claim('custodian')
    expect(runConsoleLine(room, 'seats')).toBe('custodian (Custodian): waiting')
    expect(runConsoleLine(room, 'approve custodian')).toBe('let in: custodian')
    expect(runConsoleLine(room, 'seats')).toBe('custodian (Custodian): dropped off')
    expect(runConsoleLine(room, 'remove sro')).toBe('no device holds the seat of sro')
  })

  it('answers an unknown command with the list of commands', () => {
    expect(runConsoleLine(hub().hub, 'launch')).toMatch(/^unknown command "launch"\ncommands/)
    expect(runConsoleLine(hub().hub, '   ')).toBe('')
  })
})
