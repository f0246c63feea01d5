/**
 * The console's side of "Let participants join" (docs/room-hosting.md, "In the desktop
 * app"): the console keeps the one log, so a participant's command forwarded by the main
 * process is checked here by the same guard as the facilitator's own events (the run
 * machine's `accepted`, which asks the engine), appended by the same transition, and saved
 * by the same save region. The answer is the engine's: accepted, or refused in its words.
 */
import type { ActorRefFrom } from 'xstate'
import type { RoomHostApi } from '../../contract/host-api'
import type { CommandAnswerData, ForwardedCommandData } from '../../contract/room-schemas'
import { MAX_TEXT } from '../../engine/room/protocol'
import { toLogEvent } from '../../engine/room/commands'
import { toClock } from '../../engine/scenario/clock'
import type { Draft, runMachine } from '../run/run-machine'

type RunRef = ActorRefFrom<typeof runMachine>

/** How many answers the console keeps for retries (the room keeps 512 a seat). */
export const ANSWERS_KEPT = 4_096

/**
 * Answers already given, by role and idempotency key. Main asks again when a device
 * retries after a drop or after an answer came too late; the same key is answered the
 * same way and applied once.
 */
export class ConsoleAnswers {
  private readonly answers = new Map<string, CommandAnswerData>()

  get(command: ForwardedCommandData): CommandAnswerData | undefined {
    return this.answers.get(keyOf(command))
  }

  set(command: ForwardedCommandData, answer: CommandAnswerData): void {
    this.answers.set(keyOf(command), answer)
    if (this.answers.size > ANSWERS_KEPT) {
      const oldest = this.answers.keys().next()
      if (!oldest.done) this.answers.delete(oldest.value)
    }
  }
}

const keyOf = (command: ForwardedCommandData) => `${command.role}\u0000${command.key}`

/** Checks a participant's command with the engine and, if it is accepted, plays it. */
export function answerCommand(
  run: RunRef,
  command: ForwardedCommandData,
  answers: ConsoleAnswers,
): CommandAnswerData {
  const known = answers.get(command)
  if (known !== undefined) return known
  const answer = playCommand(run, command)
  answers.set(command, answer)
  return answer
}

/**
 * A forwarded command from start to finish: checked and played, then the log and clock
 * sent to the room, then the answer (in that order, so the device's `accepted` finds its
 * view already updated).
 */
export async function relayCommand(
  run: RunRef,
  room: Pick<RoomHostApi, 'sync' | 'answer'>,
  command: ForwardedCommandData,
  answers: ConsoleAnswers,
): Promise<void> {
  const answer = answerCommand(run, command, answers)
  const { context } = run.getSnapshot()
  await room.sync({ log: context.view.log, clock: context.clock })
  await room.answer(command.id, answer)
}

function playCommand(run: RunRef, { role, command }: ForwardedCommandData): CommandAnswerData {
  const snapshot = run.getSnapshot()
  if (snapshot.status !== 'active' || snapshot.context.view.ended) {
    return { ok: false, message: 'play has ended' }
  }
  // Stamped with the console's clock, as the facilitator's own events are.
  const event = toLogEvent(role, toClock(snapshot.context.clock), command)
  const draft = withoutTime(event)
  if (snapshot.can({ type: 'dispatch', draft })) {
    run.send({ type: 'dispatch', draft })
    return { ok: true }
  }
  const reason = snapshot.context.session.check(event) ?? 'the console cannot take it now'
  return { ok: false, message: reason.slice(0, MAX_TEXT) }
}

function withoutTime(event: ReturnType<typeof toLogEvent>): Draft {
  const { t: _time, ...draft } = event
  return draft
}
