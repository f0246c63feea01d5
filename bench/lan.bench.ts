/**
 * The room host under load (docs/room-hosting.md), on loopback only: 5 tables x 12 roles =
 * 60 simulated devices on real WebSockets. Each command is a share of a known fact to
 * another role; the latency is from sending it to the moment every affected device (the
 * sender's answer, the recipient's new view) has it. Devices are dropped at random and
 * resume with their tokens, sending unanswered commands again with the same key. Reports
 * p50/p95 and the events lost, applied twice and leaked (all must be 0). Bounded: 300
 * commands or 60 s.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import WebSocket from 'ws'
import { Room } from '../engine/room/room'
import type { RoleView } from '../engine/room/view'
import { hashToken, newToken } from '../electron/main/room/secrets'
import { startRoomServer } from '../electron/main/room/server'
import { generateScenario } from './generate'

const TABLES = 5
const ROLES = 12
const COMMANDS = 300
const LIMIT_MS = 60_000
const DROP_RATE = 0.05

interface Device {
  table: number
  role: string
  socket: WebSocket
  token: string
  view?: RoleView
  seen: string[]
  waiters: ((message: Record<string, unknown>) => void)[]
}

export async function run(log: (line: string) => void): Promise<Record<string, unknown>> {
  const scenario = generateScenario({ roles: ROLES + 1, facts: 60, injects: 10 })
  const site = mkdtempSync(join(tmpdir(), 'lan-bench-'))
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>bench</title>')
  const tables = Array.from(
    { length: TABLES },
    (_, at) =>
      new Room(scenario, { code: `BENCH${at + 2}`, approve: false, newToken, hash: hashToken }),
  )
  const server = await startRoomServer({
    tables,
    site,
    address: '127.0.0.1',
    port: 0,
    facilitatorKey: newToken(),
    joinsPerMinute: 100_000,
  })
  const url = `ws://127.0.0.1:${server.port}/room`
  const origin = `http://127.0.0.1:${server.port}`
  const open = () =>
    new Promise<WebSocket>((resolve, reject) => {
      const socket = new WebSocket(url, { headers: { origin } })
      socket.once('open', () => {
        resolve(socket)
      })
      socket.once('error', reject)
    })
  const wire = (device: Device) => {
    device.socket.on('message', (data: Buffer) => {
      const text = data.toString('utf8')
      device.seen.push(text)
      const message = JSON.parse(text) as Record<string, unknown>
      if (message.type === 'view') device.view = message.view as RoleView
      for (const waiter of device.waiters.splice(0)) waiter(message)
    })
  }
  const next = (device: Device, test: (m: Record<string, unknown>) => boolean) =>
    new Promise<void>((resolve) => {
      const check = (message: Record<string, unknown>) => {
        if (test(message)) resolve()
        else device.waiters.push(check)
      }
      device.waiters.push(check)
    })

  const devices: Device[] = []
  for (let table = 0; table < TABLES; table++) {
    for (let n = 0; n < ROLES; n++) {
      const socket = await open()
      const device: Device = { table, role: `role-${n}`, socket, token: '', seen: [], waiters: [] }
      wire(device)
      const seated = next(device, (m) => m.type === 'view')
      socket.send(JSON.stringify({ type: 'join', code: `BENCH${table + 2}` }))
      await next(device, (m) => m.type === 'welcome')
      socket.send(JSON.stringify({ type: 'claim', role: device.role }))
      await seated
      device.token = (
        JSON.parse(device.seen.find((s) => s.includes('"seated"')) ?? '{}') as { token: string }
      ).token
      devices.push(device)
    }
  }

  let seed = 7
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const latencies: number[] = []
  let drops = 0
  let accepted = 0
  const started = Date.now()
  for (let at = 0; at < COMMANDS && Date.now() - started < LIMIT_MS; at++) {
    const senders = devices.filter((d) => (d.view?.knows.length ?? 0) > 0)
    const sender = senders[Math.floor(rand() * senders.length)]
    if (sender?.view === undefined) break
    const fact = sender.view.knows[Math.floor(rand() * sender.view.knows.length)]?.id ?? ''
    const peers = devices.filter((d) => d.table === sender.table && d !== sender)
    const recipient = peers[Math.floor(rand() * peers.length)]
    if (recipient === undefined) break
    const inbox = recipient.view?.inbox.length ?? 0
    const key = `bench-${at}-${Math.floor(rand() * 1e9)}`
    const frame = JSON.stringify({
      type: 'command',
      key,
      command: { type: 'share', to: [recipient.role], facts: [fact], label: 'confirmed' },
    })
    const t0 = performance.now()
    const answered = next(
      sender,
      (m) => m.key === key && (m.type === 'accepted' || m.type === 'refused'),
    )
    const delivered = next(
      recipient,
      (m) => m.type === 'view' && (m.view as RoleView).inbox.length > inbox,
    )
    sender.socket.send(frame)
    if (rand() < DROP_RATE) {
      // The sender drops off before hearing back; it resumes and sends the same key again.
      drops += 1
      sender.socket.terminate()
      sender.socket = await open()
      sender.waiters = []
      wire(sender)
      const again = next(sender, (m) => m.key === key && m.type === 'accepted')
      sender.socket.send(JSON.stringify({ type: 'resume', token: sender.token, seq: 0 }))
      sender.socket.send(frame)
      await Promise.all([again, delivered])
    } else {
      await Promise.all([answered, delivered])
    }
    latencies.push(performance.now() - t0)
    accepted += 1
  }
  await new Promise((resolve) => setTimeout(resolve, 200))

  let lost = 0
  let leaked = 0
  for (const device of devices) {
    const room = tables[device.table]
    if (room === undefined) continue
    if (JSON.stringify(device.view) !== JSON.stringify(room.view(device.role))) lost += 1
    const known = new Set(room.view(device.role).knows.map((f) => f.text))
    const foreign = scenario.facts.filter((f) => !known.has(f.text)).map((f) => `"${f.text}"`)
    if (device.seen.some((text) => foreign.some((f) => text.includes(f)))) leaked += 1
  }
  const applied = tables.reduce((sum, room) => sum + room.log.events.length, 0)
  const twice = applied - accepted
  await server.close()

  latencies.sort((a, b) => a - b)
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0
  const figures = {
    devices: devices.length,
    commands: latencies.length,
    drops,
    p50Ms: Number(pct(0.5).toFixed(1)),
    p95Ms: Number(pct(0.95).toFixed(1)),
    lost,
    appliedTwice: twice,
    leaked,
  }
  log(
    `${figures.devices} devices (${TABLES} tables x ${ROLES} roles), ${figures.commands} shares, ${drops} drops`,
  )
  log(
    `command to every affected device: p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms (goal p95 < 100 ms)`,
  )
  log(`lost ${lost}, applied twice ${twice}, leaked ${leaked} (all must be 0)`)
  return figures
}
