/**
 * The facilitator's controls of one table (advance, minutes, undo, end, approve, remove),
 * the same whether they come from the facilitator's page, the headless host's standard
 * input or the desktop console. See docs/room-hosting.md.
 */
import type { Control } from '../../../engine/room/protocol'
import type { Room } from '../../../engine/room/room'
import { toClock } from '../../../engine/scenario/clock'

/** A facilitator's control applied to a table: what happened, in a sentence. */
export function applyControl(
  room: Room,
  control: Control,
): { ok: true; message: string } | { ok: false; message: string } {
  const sentence = (done: { ok: true } | { ok: false; message: string }, message: string) =>
    done.ok ? { ok: true as const, message } : done
  switch (control.action) {
    case 'advance':
      return sentence(room.advance(), `advanced to ${toClock(room.clock)}`)
    case 'end':
      return sentence(room.end(), 'play ended')
    case 'undo':
      return room.undo()
        ? { ok: true, message: 'the last event was undone' }
        : { ok: false, message: 'nothing to undo' }
    case 'minutes':
      if (room.ended) return { ok: false, message: 'play has ended' }
      room.addMinutes(control.minutes ?? 1)
      return { ok: true, message: `the clock is now ${toClock(room.clock)}` }
    case 'approve':
    case 'remove': {
      const role = control.role
      if (role === undefined) return { ok: false, message: `${control.action} needs a role` }
      const seat = control.action === 'approve' ? room.approve(role) : room.remove(role)
      return seat === undefined
        ? { ok: false, message: `no device holds the seat of ${role}` }
        : { ok: true, message: `${control.action === 'approve' ? 'let in' : 'freed'}: ${role}` }
    }
  }
}
