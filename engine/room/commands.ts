/**
 * A participant's command as a log event: the role comes from the seat, the time from the
 * host's clock. The event then goes through the session's rules like any console event.
 */
import type { LogEvent } from '../exercise/log'
import type { Id, Message } from '../scenario/schema'
import type { RoleCommand } from './protocol'

export function toLogEvent(role: Id, t: string, command: RoleCommand): LogEvent {
  switch (command.type) {
    case 'share': {
      const message = filledIn(command.message ?? {})
      const share = {
        type: 'share' as const,
        t,
        from: role,
        to: command.to,
        facts: command.facts,
        label: command.label,
      }
      return message === undefined ? share : { ...share, message }
    }
    case 'statement':
      return {
        type: 'statement',
        t,
        from: role,
        to: command.to,
        text: command.text.trim(),
        certainty: command.certainty,
      }
    case 'decline':
      return {
        type: 'decline',
        t,
        role,
        to: command.to,
        facts: command.facts,
        reason: command.reason,
      }
    case 'act':
      return { type: 'act', t, role, action: command.action }
    case 'decide':
      return { type: 'decide', t, role, inject: command.inject, option: command.option }
  }
}

/** Only the message fields actually filled in (as the console does); none when none is. */
function filledIn(fields: Message): Message | undefined {
  const message: Message = {
    ...(fields.goal?.trim() ? { goal: fields.goal.trim() } : {}),
    ...(fields.urgency === undefined ? {} : { urgency: fields.urgency }),
    ...(fields.known?.trim() ? { known: fields.known.trim() } : {}),
    ...(fields.ask?.trim() ? { ask: fields.ask.trim() } : {}),
  }
  return Object.keys(message).length === 0 ? undefined : message
}
