/**
 * The room's part of the IPC contract (contract.ts spreads it in): the console's
 * "Let participants join" (docs/room-hosting.md, "In the desktop app"). Same rules as every
 * channel: main parses the request, the preload parses the response and the events.
 */
import { z } from 'zod'
import {
  CommandAnswer,
  ForwardedCommand,
  NetworkChoice,
  RoomStart,
  RoomStatus,
  RoomSync,
  SeatAction,
} from '../../contract/room-schemas'
import { Id } from '../../engine/scenario/schema'

export const roomChannels = {
  'room:addresses': { request: z.tuple([]), response: z.array(NetworkChoice).readonly() },
  'room:start': { request: z.tuple([RoomStart]), response: RoomStatus },
  'room:stop': { request: z.tuple([]), response: RoomStatus },
  'room:sync': { request: z.tuple([RoomSync]), response: z.void() },
  'room:answer': {
    request: z.tuple([ForwardedCommand.shape.id, CommandAnswer]),
    response: z.void(),
  },
  'room:seat': { request: z.tuple([Id, SeatAction]), response: RoomStatus },
} as const

/**
 * Main → console: `room:status` after every change of the room's seats and connections
 * (and once it stops), `room:command` for each participant's command to check.
 */
export const roomEvents = {
  'room:status': RoomStatus,
  'room:command': ForwardedCommand,
} as const
