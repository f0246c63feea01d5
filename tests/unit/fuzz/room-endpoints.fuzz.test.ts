/**
 * Fuzzing the room host on 127.0.0.1 (bounded in count and time): malformed HTTP request
 * lines and paths over raw TCP, and malformed WebSocket frames from joined and seated
 * devices. The host must never go down and never answer with a stack trace; after the storm
 * a well-formed device still plays. The web edition's own server (scripts/web.mjs) is the
 * same @fastify/static, checked here with the path that used to kill it.
 */
import fc from 'fast-check'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Room } from '../../../engine/room/room'
import { hashToken, newToken } from '../../../electron/main/room/secrets'
import { startRoomServer, type RoomServer } from '../../../electron/main/room/server'
import { lockerNote } from '../studio/scenarios'
import { TestDevice } from '../room/client'

const STACK = /\bat .*[\\/].*:\d+:\d+|Error:.*\n\s+at /

let server: RoomServer
beforeAll(async () => {
  const site = mkdtempSync(join(tmpdir(), 'room-fuzz-'))
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>room</title>')
  const room = new Room(lockerNote, { code: 'ABC234', approve: false, newToken, hash: hashToken })
  server = await startRoomServer({
    tables: [room],
    site,
    address: '127.0.0.1',
    port: 0,
    facilitatorKey: 'f'.repeat(32),
    joinsPerMinute: 10_000,
  })
})
afterAll(async () => {
  await server.close()
})

/** Sends raw bytes and collects whatever comes back within a short time. */
function raw(bytes: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(server.port, '127.0.0.1')
    let answer = ''
    socket.on('data', (data) => (answer += data.toString('latin1')))
    socket.on('error', () => {
      resolve(answer)
    })
    socket.on('close', () => {
      resolve(answer)
    })
    socket.write(bytes, 'latin1')
    setTimeout(() => socket.destroy(), 300)
  })
}

const pathChars = fc.constantFrom(
  ..."/%..\\?#&=;:@!$'()*+,aZ09~-_".split(''),
  '%E0',
  '%A4',
  '%A',
  '%00',
  '%ZZ',
  '%2e%2e/',
  '\u00e9',
  ' ',
)

describe('fuzz: the room host stays up and never shows a stack', () => {
  it('malformed request lines and paths over raw HTTP', async () => {
    const host = `127.0.0.1:${server.port}`
    await fc.assert(
      fc.asyncProperty(
        fc.array(pathChars, { maxLength: 30 }).map((parts) => `/${parts.join('')}`),
        fc.constantFrom('GET', 'POST', 'PUT', 'BREW', 'G\u00c9T', ''),
        fc.constantFrom(host, 'evil.example', ''),
        fc.constantFrom(
          '',
          'Upgrade: websocket\r\nConnection: Upgrade\r\n',
          'Content-Length: 99999\r\n',
        ),
        async (path, method, hostHeader, extra) => {
          const answer = await raw(
            `${method} ${path} HTTP/1.1\r\nHost: ${hostHeader}\r\n${extra}\r\n`,
          )
          expect(answer).not.toMatch(STACK)
        },
      ),
      { numRuns: 60, plugins: [fc.interruptAfterTimeLimit(30_000)] },
    )
    const page = await fetch(server.url)
    expect(page.status).toBe(200)
  })

  it('malformed frames from a joined and from a seated device', async () => {
    const seated = await TestDevice.open(server.url)
    seated.send({ type: 'join', code: 'ABC234' })
    await seated.next('welcome')
    seated.send({ type: 'claim', role: 'custodian' })
    await seated.next('seated')
    const frame = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json({ maxDepth: 4 }),
      fc.record({
        type: fc.constantFrom('join', 'claim', 'resume', 'command', 'facilitate', 'control', 'x'),
        code: fc.string({ maxLength: 10 }),
        role: fc.string({ maxLength: 10 }),
        token: fc.string({ maxLength: 40 }),
        seq: fc.oneof(fc.integer(), fc.double(), fc.string()),
        key: fc.string({ maxLength: 70 }),
        command: fc.anything({ maxDepth: 3 }),
      }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(frame, { minLength: 1, maxLength: 5 }), async (frames) => {
        // A fresh socket per run: the flood limit closes one that sends too much.
        const device = await TestDevice.open(server.url)
        for (const f of frames) device.send(f)
        for (const f of frames.slice(0, 2)) seated.send(f)
        await new Promise((resolve) => setTimeout(resolve, 30))
        for (const message of [...device.messages, ...seated.messages]) {
          expect(JSON.stringify(message)).not.toMatch(STACK)
        }
        seated.messages.length = 0
        device.close()
      }),
      { numRuns: 40, plugins: [fc.interruptAfterTimeLimit(30_000)] },
    )
    seated.socket.send(Buffer.from([0xff, 0xfe, 0x00]), { binary: true })
    seated.send('x'.repeat(100_000))
    await seated.closedNow()
    // After the storm, a well-formed device still plays.
    const fresh = await TestDevice.open(server.url)
    fresh.send({ type: 'join', code: 'ABC234' })
    expect(await fresh.next('welcome')).toMatchObject({ scenario: lockerNote.title })
    fresh.close()
  })
})
