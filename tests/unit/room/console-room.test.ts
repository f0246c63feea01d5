/**
 * "Let participants join" in the desktop app, end to end without Electron: the main
 * process's ConsoleRoom on a real Fastify server on 127.0.0.1, devices over `ws`, and the
 * console played by the real run machine with the renderer's relay (console-bridge.ts),
 * wired as the preload and IPC wire them. One log (the console's), every command checked
 * by the engine there, the console's saves the only saves.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createActor, waitFor, type ActorRefFrom } from 'xstate'
import type { HostApi, SavedSession } from '../../../contract/host-api'
import type { ForwardedCommandData, RoomStatusData } from '../../../contract/room-schemas'
import { ConsoleRoom, NO_ANSWER, THIS_COMPUTER } from '../../../electron/main/room/console-room'
import type { Log } from '../../../engine/exercise/log'
import { loadScenario } from '../../../engine/scenario/load'
import { openSession } from '../../../renderer/exercise/open-session'
import { ConsoleAnswers, relayCommand } from '../../../renderer/room/console-bridge'
import { runMachine } from '../../../renderer/run/run-machine'
import { TestDevice } from './client'

const TEXT = readFileSync(new URL('../../fixtures/locker-note.yaml', import.meta.url), 'utf8')
// The fact as it appears in a view's JSON (the inject's material quotes the note, not the fact).
const FACT = 'The note says \\"everyone in 3rd period will pay on Friday\\".'
const site = mkdtempSync(join(tmpdir(), 'console-room-site-'))
writeFileSync(join(site, 'index.html'), '<!doctype html><title>room</title>')

type Run = ActorRefFrom<typeof runMachine>
const LOG: Log = { format: 'ttx-log/1', scenario: 'locker-note', policy: 'default', events: [] }

/** The room's side of the relay, as the preload's `sync` and `answer` reach it over IPC. */
function relayTo(room: ConsoleRoom, answered = true) {
  return {
    sync: (state: Parameters<ConsoleRoom['sync']>[0]) => {
      room.sync(state)
      return Promise.resolve()
    },
    answer: (id: string, answer: Parameters<ConsoleRoom['answer']>[1]) => {
      if (answered) room.answer(id, answer)
      return Promise.resolve()
    },
  }
}

const rooms: ConsoleRoom[] = []
const devices: TestDevice[] = []
afterEach(async () => {
  for (const device of devices.splice(0)) device.close()
  for (const room of rooms.splice(0)) await room.stop()
})

/** The console: a run machine whose saves are recorded, and the room in "main" wired to it. */
function consoleWithRoom(options: { answer?: 'always' | 'never' } = {}) {
  const scenario = loadScenario(TEXT, 'locker-note.yaml').scenario
  if (scenario === undefined) throw new Error('the fixture does not load')
  const saved: SavedSession = {
    id: 'locker-note-test',
    setup: {
      scenarioId: scenario.id,
      scenarioText: TEXT,
      tableName: 'Table 1',
      roles: ['custodian', 'principal', 'counselor', 'sro'],
      policy: 'default',
      clock: { kind: 'manual' },
    },
    log: { format: 'ttx-log/1', scenario: scenario.id, policy: 'default', events: [] },
    finished: false,
    updatedAt: '2026-12-02T08:00:00.000Z',
  }
  const saves: SavedSession[] = []
  const host = {
    saveSession: (session: SavedSession) => {
      saves.push(session)
      return Promise.resolve()
    },
  } as unknown as HostApi
  const run: Run = createActor(runMachine, {
    input: { host, saved, session: openSession(scenario, saved) },
  })
  run.start()
  const answers = new ConsoleAnswers()
  const forwarded: ForwardedCommandData[] = []
  const statuses: RoomStatusData[] = []
  const room: ConsoleRoom = new ConsoleRoom({
    site,
    port: 0,
    answerWithinMs: 300,
    addresses: () => [],
    forward: (command) => {
      forwarded.push(command)
      if (options.answer === 'never') return
      // As the preload and IPC carry it: an event to the console, its answer back, async.
      setTimeout(() => {
        void relayCommand(run, relayTo(room), command, answers)
      }, 1)
    },
    status: (status) => statuses.push(status),
  })
  rooms.push(room)
  const start = async (approve = false) => {
    const { context } = run.getSnapshot()
    const status = await room.start({
      scenarioText: TEXT,
      log: context.view.log,
      clock: context.clock,
      address: THIS_COMPUTER.address,
      approve,
    })
    if (!status.hosting) throw new Error('not hosting')
    return status
  }
  return { run, room, saves, forwarded, statuses, start, answers }
}

async function seated(url: string, role: string, code: string) {
  const phone = await TestDevice.open(url.split('#')[0] ?? url)
  devices.push(phone)
  phone.send({ type: 'join', code })
  await phone.next('welcome')
  phone.send({ type: 'claim', role })
  const seat = await phone.next('seated')
  return { phone, token: seat.token as string }
}

const share = (key: string, to: string[]) => ({
  type: 'command',
  key,
  command: { type: 'share', to, facts: ['note-text'], label: 'confirmed' },
})

const events = (run: Run) => run.getSnapshot().context.view.log.events

describe('the console’s room', () => {
  it('a participant’s share is checked by the console’s engine, goes into its one log and is saved', async () => {
    const desk = consoleWithRoom()
    const status = await desk.start()
    expect(status.joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/join\?code=[A-Z2-9]{6}$/)
    const custodian = await seated(status.joinUrl, 'custodian', status.code)
    const principal = await seated(status.joinUrl, 'principal', status.code)
    expect(JSON.stringify(await principal.phone.next('view'))).not.toContain(FACT)

    custodian.phone.send(share('share-0001', ['principal']))
    expect(await custodian.phone.next('accepted')).toMatchObject({ key: 'share-0001' })
    expect(events(desk.run)).toEqual([
      expect.objectContaining({ type: 'share', from: 'custodian', to: ['principal'], t: '07:30' }),
    ])
    expect(JSON.stringify(await principal.phone.next('view'))).toContain(FACT)
    await waitFor(desk.run, (s) => s.matches({ save: 'idle' }))
    expect(desk.saves.at(-1)?.log.events).toHaveLength(1)
  })

  it('a refused command gets the engine’s reason and changes nothing', async () => {
    const desk = consoleWithRoom()
    const status = await desk.start()
    const principal = await seated(status.joinUrl, 'principal', status.code)
    principal.phone.send(share('share-0002', ['sro']))
    const refused = await principal.phone.next('refused')
    expect(refused.message).toMatch(/principal does not know fact "note-text" yet/)
    expect(events(desk.run)).toEqual([])
  })

  it('the facilitator’s own events reach the devices through the console’s sync', async () => {
    const desk = consoleWithRoom()
    const status = await desk.start()
    const principal = await seated(status.joinUrl, 'principal', status.code)
    await principal.phone.next('view')
    desk.run.send({
      type: 'dispatch',
      draft: { type: 'share', from: 'custodian', to: ['principal'], facts: ['note-text'] },
    })
    const { context } = desk.run.getSnapshot()
    desk.room.sync({ log: context.view.log, clock: context.clock })
    expect(JSON.stringify(await principal.phone.next('view'))).toContain(FACT)
  })

  it('a retry after a drop is answered again and applied once', async () => {
    const desk = consoleWithRoom()
    const status = await desk.start()
    const custodian = await seated(status.joinUrl, 'custodian', status.code)
    custodian.phone.send(share('share-0003', ['principal']))
    await custodian.phone.next('accepted')
    custodian.phone.close()
    const again = await TestDevice.open(status.joinUrl.split('#')[0] ?? '')
    devices.push(again)
    again.send({ type: 'resume', token: custodian.token, seq: 0 })
    await again.next('seated')
    again.send(share('share-0003', ['principal']))
    expect(await again.next('accepted')).toMatchObject({ key: 'share-0003' })
    expect(events(desk.run)).toHaveLength(1)
  })

  it('a desk that does not answer in time: the device is told, and its retry is applied once', async () => {
    const desk = consoleWithRoom({ answer: 'never' })
    const status = await desk.start()
    const custodian = await seated(status.joinUrl, 'custodian', status.code)
    custodian.phone.send(share('share-0004', ['principal']))
    expect(await custodian.phone.next('refused')).toMatchObject({ message: NO_ANSWER })
    // No answer is not kept as one: the same key is asked again.
    custodian.phone.send(share('share-0004', ['principal']))
    expect(await custodian.phone.next('refused')).toMatchObject({ message: NO_ANSWER })
    expect(desk.forwarded.map((command) => command.key)).toEqual(['share-0004', 'share-0004'])
    // The console took it after all (late): the same key again is not applied twice.
    const late = desk.forwarded[0]
    if (late === undefined) throw new Error('nothing forwarded')
    const relay = relayTo(desk.room, false)
    await relayCommand(desk.run, relay, late, desk.answers)
    const retry = { ...late, id: 'a'.repeat(32) }
    await relayCommand(desk.run, relay, retry, desk.answers)
    expect(events(desk.run)).toHaveLength(1)
  })

  it('with approval on, a device waits until let in; a freed seat’s device is told', async () => {
    const desk = consoleWithRoom()
    const status = await desk.start(true)
    const sro = await seated(status.joinUrl, 'sro', status.code)
    expect(desk.statuses.at(-1)).toMatchObject({
      hosting: true,
      approve: true,
      seats: [{ role: 'sro', approved: false, connected: true }],
    })
    sro.phone.send(share('share-0005', ['principal']))
    expect(await sro.phone.next('refused')).toMatchObject({
      message: 'the facilitator has not let you in yet',
    })
    expect(desk.forwarded).toEqual([])
    desk.room.seat('sro', 'approve')
    expect(await sro.phone.next('seated')).toMatchObject({ approved: true })
    await sro.phone.next('view')
    desk.room.seat('sro', 'remove')
    expect(await sro.phone.next('closed')).toMatchObject({
      message: 'the facilitator freed this seat',
    })
    expect(desk.statuses.at(-1)).toMatchObject({ hosting: true, seats: [] })
    expect(() => desk.room.seat('sro', 'remove')).toThrow(/no device holds the seat of sro/)
  })

  it('refuses an address that is not the computer’s, and a page from another origin', async () => {
    const desk = consoleWithRoom()
    const { run } = desk
    await expect(
      desk.room.start({
        scenarioText: TEXT,
        log: run.getSnapshot().context.view.log,
        clock: 0,
        address: '10.9.8.7',
        approve: false,
      }),
    ).rejects.toThrow(/10\.9\.8\.7 is not one of this computer's network addresses/)
    const status = await desk.start()
    await expect(
      TestDevice.open(status.joinUrl.split('#')[0] ?? '', 'http://evil.example'),
    ).rejects.toThrow(/refused: 403/)
  })

  it('stopping tells every device and the console', async () => {
    const desk = consoleWithRoom()
    const status = await desk.start()
    const custodian = await seated(status.joinUrl, 'custodian', status.code)
    expect(await desk.room.stop()).toEqual({ hosting: false })
    expect(await custodian.phone.next('closed')).toMatchObject({ message: 'the host has stopped' })
    expect(desk.statuses.at(-1)).toEqual({ hosting: false })
    await expect(TestDevice.open(status.joinUrl.split('#')[0] ?? '')).rejects.toThrow()
  })

  it('two starts in a row host one room; a network that is gone is one sentence', async () => {
    const desk = consoleWithRoom()
    const [first, second] = await Promise.all([desk.start(), desk.start()])
    expect(first.code).not.toBe(second.code)
    expect(desk.room.status()).toMatchObject({ code: second.code })
    await expect(TestDevice.open(first.joinUrl.split('#')[0] ?? '')).rejects.toThrow()

    const gone = new ConsoleRoom({
      site,
      port: 0,
      addresses: () => [{ name: 'unplugged', address: '10.255.255.1' }],
      forward: () => undefined,
      status: () => undefined,
    })
    rooms.push(gone)
    await expect(
      gone.start({
        scenarioText: TEXT,
        log: LOG,
        clock: 0,
        address: '10.255.255.1',
        approve: false,
      }),
    ).rejects.toThrow(/^Could not listen on 10\.255\.255\.1 \(EADDRNOTAVAIL\): check that/)
  })
})
