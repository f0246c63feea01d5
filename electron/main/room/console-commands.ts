/**
 * The headless host's facilitator controls, typed on its standard input (the facilitator's
 * page in a browser does the same over the socket): one line, one control, one answer.
 */
import type { Control } from '../../../engine/room/protocol'
import { applyControl } from './controls'
import type { RoomHub } from './hub'

export const CONSOLE_HELP = `commands (add a table's join code at the end when hosting several):
  advance            enter the next inject
  +N                 move the clock on N minutes
  undo               take back the last event
  end                end play
  approve <role>     let a waiting device in
  remove <role>      free a role's seat (its device is told)
  seats              who holds which role
  stop               stop hosting`

export function runConsoleLine(hub: RoomHub, line: string): string {
  const words = line.trim().split(/\s+/).filter(Boolean)
  const [verb, ...rest] = words
  if (verb === undefined) return ''
  const last = rest.at(-1)
  const room =
    (last !== undefined && hub.tables.find((t) => t.codeMatches(last.toUpperCase()))) ||
    hub.tables[0]
  if (room === undefined) return 'no table'
  const args = room.codeMatches(last?.toUpperCase() ?? '') ? rest.slice(0, -1) : rest
  if (verb === 'seats') return seatsLine(hub, room.code)
  if (verb === 'help') return CONSOLE_HELP
  const control = controlOf(verb, args, room.code)
  if (control === undefined) return `unknown command "${line.trim()}"\n${CONSOLE_HELP}`
  const result = applyControl(room, control)
  if (result.ok && (control.action === 'approve' || control.action === 'remove')) {
    hub.seatsChanged(room, control.role ?? '', control.action)
  }
  return result.message
}

function controlOf(verb: string, args: readonly string[], table: string): Control | undefined {
  const minutes = /^\+(\d{1,3})$/.exec(verb)
  if (minutes !== null)
    return { type: 'control', table, action: 'minutes', minutes: Number(minutes[1]) }
  switch (verb) {
    case 'advance':
    case 'end':
    case 'undo':
      return { type: 'control', table, action: verb }
    case 'approve':
    case 'remove':
      return args[0] === undefined
        ? undefined
        : { type: 'control', table, action: verb, role: args[0] }
    default:
      return undefined
  }
}

function seatsLine(hub: RoomHub, code: string): string {
  const status = hub.tableStatuses().find((table) => table.code === code)
  if (status === undefined || status.seats.length === 0) return 'no seats taken yet'
  return status.seats
    .map((seat) => {
      const state = !seat.approved ? 'waiting' : seat.connected ? 'connected' : 'dropped off'
      return `${seat.role} (${seat.title}): ${state}`
    })
    .join('\n')
}
