/**
 * The IPC handlers of the console's room (electron/ipc/room-contract.ts): each one a call
 * on the ConsoleRoom, with arguments already parsed by the contract. Without a room (a
 * build that has none) each says so in a sentence.
 */
import type { Handlers } from '../../ipc/dispatch'
import type { ConsoleRoom } from './console-room'

export type RoomChannel = Extract<keyof Handlers, `room:${string}`>
export type RoomHandlers = Pick<Handlers, RoomChannel>
/** What the handlers ask of the room (ConsoleRoom; a fake in tests). */
export type RoomService = Pick<
  ConsoleRoom,
  'addresses' | 'start' | 'stop' | 'sync' | 'answer' | 'seat'
>

export function createRoomHandlers(room: RoomService | undefined): RoomHandlers {
  const hosting = (): RoomService => {
    if (room === undefined) throw new Error('Letting participants join is not available here.')
    return room
  }
  return {
    'room:addresses': () => answer(() => hosting().addresses()),
    'room:start': ([request]) => answer(() => hosting().start(request)),
    'room:stop': () => answer(() => hosting().stop()),
    'room:sync': ([state]) =>
      answer(() => {
        hosting().sync(state)
      }),
    'room:answer': ([id, reply]) =>
      answer(() => {
        hosting().answer(id, reply)
      }),
    'room:seat': ([role, action]) => answer(() => hosting().seat(role, action)),
  }
}

/** The handler's work as a promise: a sentence thrown becomes the rejected reply. */
function answer<T>(work: () => T | Promise<T>): Promise<T> {
  return Promise.resolve().then(work)
}
