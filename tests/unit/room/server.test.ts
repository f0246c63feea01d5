/**
 * The room server over real sockets on 127.0.0.1 (electron/main/room/): joining, claiming,
 * commands reaching exactly their recipients, resuming after a drop with nothing lost or
 * applied twice, removal, a restart from the saved room, and the refusals of a hostile
 * network (wrong origin, wrong host, wrong codes).
 */
import { get } from 'node:http'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Room, RoomSave } from '../../../engine/room/room'
import { hashToken, newToken } from '../../../electron/main/room/secrets'
import { startRoomServer, type RoomServer } from '../../../electron/main/room/server'
import { lockerNote } from '../studio/scenarios'
import { TestDevice } from './client'

const KEY = 'f'.repeat(32)
const site = mkdtempSync(join(tmpdir(), 'room-site-'))
writeFileSync(join(site, 'index.html'), '<!doctype html><title>room</title>')

const servers: RoomServer[] = []
const devices: TestDevice[] = []
afterEach(async () => {
  for (const device of devices.splice(0)) device.close()
  for (const server of servers.splice(0)) await server.close()
})

function table(saved?: RoomSave): Room {
  return new Room(lockerNote, {
    code: 'ABC234',
    approve: false,
    newToken,
    hash: hashToken,
    ...(saved === undefined ? {} : { saved }),
  })
}

async function serve(
  room: Room,
  save?: (room: Room) => void,
  joinsPerMinute?: number,
): Promise<RoomServer> {
  const server = await startRoomServer({
    tables: [room],
    site,
    address: '127.0.0.1',
    port: 0,
    facilitatorKey: KEY,
    ...(save === undefined ? {} : { save }),
    ...(joinsPerMinute === undefined ? {} : { joinsPerMinute }),
  })
  servers.push(server)
  return server
}

async function device(server: RoomServer): Promise<TestDevice> {
  const opened = await TestDevice.open(server.url)
  devices.push(opened)
  return opened
}

async function seatedAs(server: RoomServer, role: string) {
  const phone = await device(server)
  phone.send({ type: 'join', code: 'abc234' })
  await phone.next('welcome')
  phone.send({ type: 'claim', role })
  const seated = await phone.next('seated')
  const view = await phone.next('view')
  return { phone, token: seated.token as string, view }
}

const share = (key: string, to: string[]) => ({
  type: 'command',
  key,
  command: { type: 'share', to, facts: ['note-text'], label: 'confirmed' },
})

describe('room server', () => {
  it('a share reaches exactly its recipients’ devices', async () => {
    const server = await serve(table())
    const custodian = await seatedAs(server, 'custodian')
    const principal = await seatedAs(server, 'principal')
    const counselor = await seatedAs(server, 'counselor')
    const FACT = 'The note says \\"everyone in 3rd period will pay on Friday\\".'
    expect(JSON.stringify(principal.view)).not.toContain(FACT)
    custodian.phone.send(share('share-0001', ['principal']))
    expect(await custodian.phone.next('accepted')).toMatchObject({ key: 'share-0001' })
    const seen = await principal.phone.next('view')
    expect(JSON.stringify(seen)).toContain(FACT)
    // The counselor's view changed only in its clock, if at all; never the fact.
    await new Promise((resolve) => setTimeout(resolve, 100))
    for (const message of counselor.phone.messages) {
      expect(JSON.stringify(message)).not.toContain(FACT)
    }
  })

  it('a refused command gets the engine’s reason on that device only', async () => {
    const server = await serve(table())
    const principal = await seatedAs(server, 'principal')
    principal.phone.send({ ...share('share-0002', ['sro']) })
    const refused = await principal.phone.next('refused')
    expect(refused.message).toMatch(/principal does not know fact "note-text" yet/)
  })

  it('a dropped device resumes with its token; a retried command is applied once', async () => {
    const room = table()
    const server = await serve(room)
    const custodian = await seatedAs(server, 'custodian')
    custodian.phone.send(share('share-0003', ['principal']))
    await custodian.phone.next('accepted')
    custodian.phone.close()
    const again = await device(server)
    again.send({ type: 'resume', token: custodian.token, seq: 0 })
    expect(await again.next('seated')).toMatchObject({ role: 'custodian', approved: true })
    const view = (await again.next('view')).view as { inbox: unknown[]; knows: unknown[] }
    expect(view.knows).toHaveLength(1)
    // The answer to the first send was lost (say): the device sends the same command again.
    again.send(share('share-0003', ['principal']))
    expect(await again.next('accepted')).toMatchObject({ key: 'share-0003' })
    expect(room.log.events).toHaveLength(1)
  })

  it('after a host restart from the saved room, devices rejoin with their seat tokens', async () => {
    let saved: RoomSave | undefined
    const first = await serve(table(), (room) => (saved = room.snapshot()))
    const custodian = await seatedAs(first, 'custodian')
    custodian.phone.send(share('share-0004', ['principal']))
    await custodian.phone.next('accepted')
    await first.close()
    servers.splice(servers.indexOf(first), 1)
    if (saved === undefined) throw new Error('nothing saved')
    const restarted = table(RoomSave.parse(JSON.parse(JSON.stringify(saved))))
    const second = await serve(restarted)
    const phone = await device(second)
    phone.send({ type: 'resume', token: custodian.token, seq: 3 })
    await phone.next('seated')
    phone.send(share('share-0004', ['principal']))
    expect(await phone.next('accepted')).toMatchObject({ key: 'share-0004' })
    expect(restarted.log.events).toHaveLength(1)
  })

  it('the facilitator frees a seat: that device is told and its token stops working', async () => {
    const server = await serve(table())
    const custodian = await seatedAs(server, 'custodian')
    const facilitator = await device(server)
    facilitator.send({ type: 'facilitate', key: KEY })
    const tables = (await facilitator.next('tables')).tables as { seats: unknown[] }[]
    expect(tables[0]?.seats).toEqual([
      { role: 'custodian', title: 'Custodian', approved: true, connected: true },
    ])
    facilitator.send({ type: 'control', table: 'ABC234', action: 'remove', role: 'custodian' })
    expect(await custodian.phone.next('closed')).toMatchObject({
      message: 'the facilitator freed this seat',
    })
    const again = await device(server)
    again.send({ type: 'resume', token: custodian.token, seq: 0 })
    expect((await again.next('error')).message).toMatch(/no longer yours/)
  })

  it('a wrong facilitator key closes the socket; a device cannot control', async () => {
    const server = await serve(table())
    const custodian = await seatedAs(server, 'custodian')
    custodian.phone.send({ type: 'control', table: 'ABC234', action: 'end' })
    expect((await custodian.phone.next('error')).message).toBe('only the facilitator')
    const intruder = await device(server)
    intruder.send({ type: 'facilitate', key: 'e'.repeat(32) })
    await intruder.closedNow()
  })

  it('refuses a socket from another origin, and a request for another host', async () => {
    const server = await serve(table())
    await expect(TestDevice.open(server.url, 'http://evil.example')).rejects.toThrow(/403/)
    await expect(TestDevice.open(server.url, 'null')).rejects.toThrow(/403/)
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const request = get(server.url, { headers: { host: 'rebound.example' } }, (response) => {
        response.resume()
        resolve(response.statusCode)
      })
      request.on('error', reject)
    })
    expect(status).toBe(421)
  })

  it('limits socket openings per address', async () => {
    const server = await serve(table(), undefined, 3)
    for (let at = 0; at < 3; at++) await device(server)
    await expect(TestDevice.open(server.url)).rejects.toThrow(/429/)
  })

  it('closes a device after too many wrong join codes', async () => {
    const server = await serve(table())
    const guesser = await device(server)
    for (let at = 0; at < 5; at++) guesser.send({ type: 'join', code: 'ZZZZZZ' })
    await guesser.closedNow()
    expect(guesser.messages.filter((m) => m.type === 'error')).toHaveLength(4)
  })

  it('serves the page with the CSP and answers a malformed path without a stack', async () => {
    const server = await serve(table())
    const page = await fetch(server.url)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    const bad = await fetch(`${server.url}%E0%A4%A`)
    expect(bad.status).toBeGreaterThanOrEqual(400)
    expect(await bad.text()).not.toMatch(/at .*\.(js|ts):\d+/)
    expect((await fetch(server.url)).status).toBe(200)
  })
})
