/**
 * The console's answer to a participant's command (renderer/room/console-bridge.ts): the
 * run machine's own guard decides, the event is stamped with the console's clock and the
 * seat's role, a retry of the same key is answered again and applied once.
 */
import { describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import type { HostApi, SavedSession } from '../../../contract/host-api'
import type { ForwardedCommandData } from '../../../contract/room-schemas'
import { openSession } from '../../../renderer/exercise/open-session'
import { ANSWERS_KEPT, answerCommand, ConsoleAnswers } from '../../../renderer/room/console-bridge'
import { runMachine } from '../../../renderer/run/run-machine'
import { lockerNote } from '../studio/scenarios'

function startRun() {
  const saved: SavedSession = {
    id: 'locker-note-bridge',
    setup: {
      scenarioId: lockerNote.id,
      scenarioText: '',
      tableName: 'Table 1',
      roles: ['custodian', 'principal'],
      policy: 'default',
      clock: { kind: 'manual' },
    },
    log: { format: 'ttx-log/1', scenario: lockerNote.id, policy: 'default', events: [] },
    finished: false,
    updatedAt: '2026-12-02T08:00:00.000Z',
  }
  const host = { saveSession: () => Promise.resolve() } as unknown as HostApi
  const run = createActor(runMachine, {
    input: { host, saved, session: openSession(lockerNote, saved) },
  })
  run.start()
  return run
}

const forwarded = (role: string, key: string, to = ['principal']): ForwardedCommandData => ({
  id: 'd'.repeat(32),
  role,
  key,
  command: { type: 'share', to, facts: ['note-text'], label: 'confirmed' },
})

describe('answerCommand', () => {
  it('plays an accepted command as the seat’s role, at the console’s clock', () => {
    const run = startRun()
    run.send({ type: 'add-minutes', minutes: 5 })
    const answer = answerCommand(run, forwarded('custodian', 'key-00001'), new ConsoleAnswers())
    expect(answer).toEqual({ ok: true })
    expect(run.getSnapshot().context.view.log.events).toEqual([
      {
        type: 'share',
        t: '07:35',
        from: 'custodian',
        to: ['principal'],
        facts: ['note-text'],
        label: 'confirmed',
      },
    ])
  })

  it('refuses in the engine’s words and plays nothing', () => {
    const run = startRun()
    const answer = answerCommand(run, forwarded('principal', 'key-00002'), new ConsoleAnswers())
    expect(answer).toEqual({
      ok: false,
      message: expect.stringMatching(/principal does not know fact "note-text" yet/) as string,
    })
    expect(run.getSnapshot().context.view.log.events).toEqual([])
  })

  it('answers the same key again without playing it twice; another role’s same key is its own', () => {
    const run = startRun()
    const answers = new ConsoleAnswers()
    answerCommand(run, forwarded('custodian', 'key-00003'), answers)
    expect(answerCommand(run, forwarded('custodian', 'key-00003'), answers)).toEqual({ ok: true })
    expect(run.getSnapshot().context.view.log.events).toHaveLength(1)
    expect(answerCommand(run, forwarded('principal', 'key-00003', ['sro']), answers).ok).toBe(true)
    expect(run.getSnapshot().context.view.log.events).toHaveLength(2)
  })

  it('refuses once play has ended', () => {
    const run = startRun()
    run.send({ type: 'dispatch', draft: { type: 'end' } })
    expect(answerCommand(run, forwarded('custodian', 'key-00004'), new ConsoleAnswers())).toEqual({
      ok: false,
      message: 'play has ended',
    })
  })

  it('keeps a bounded number of answers, forgetting the oldest', () => {
    const answers = new ConsoleAnswers()
    const key = (at: number) => `key-${String(at).padStart(5, '0')}`
    for (let at = 0; at <= ANSWERS_KEPT; at++) {
      answers.set(forwarded('custodian', key(at)), { ok: true })
    }
    expect(answers.get(forwarded('custodian', key(0)))).toBeUndefined()
    expect(answers.get(forwarded('custodian', key(1)))).toEqual({ ok: true })
    expect(answers.get(forwarded('custodian', key(ANSWERS_KEPT)))).toEqual({ ok: true })
  })
})
