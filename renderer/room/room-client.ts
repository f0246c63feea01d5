/**
 * A participant's connection to the room host (docs/room-hosting.md): opens the socket,
 * rejoins with the seat token after any drop, and keeps every command until the host has
 * answered it, sending it again with the same idempotency key after a reconnect, so nothing
 * is lost and nothing is applied twice. The seat survives a reload of the tab
 * (sessionStorage): one tab, one seat, so one person may hold several roles in several tabs.
 */
import type { HostMessage, RoleCommand, SeatChoice } from '../../engine/room/protocol'
import type { RoleView } from '../../engine/room/view'

export type RoomPhase =
  | { readonly kind: 'connecting' }
  | { readonly kind: 'code' }
  | { readonly kind: 'seats'; readonly scenario: string; readonly seats: readonly SeatChoice[] }
  | { readonly kind: 'waiting'; readonly title: string }
  | { readonly kind: 'playing'; readonly title: string; readonly view?: RoleView }
  | { readonly kind: 'closed'; readonly message: string }

export interface RoomState {
  readonly phase: RoomPhase
  readonly connected: boolean
  /** The last thing the host refused or could not understand, in its words. */
  readonly notice?: string
  /** Commands sent and not yet answered. */
  readonly pending: number
}

interface Stored {
  token?: string
  seq: number
  outbox: { key: string; command: RoleCommand }[]
}

const STORE_KEY = 'ntk-room-seat'
const RETRY_MS = [250, 500, 1_000, 2_000, 4_000]

export class RoomClient {
  private socket: WebSocket | undefined
  private state: RoomState = { phase: { kind: 'connecting' }, connected: false, pending: 0 }
  private readonly listeners = new Set<() => void>()
  private stored: Stored
  private attempts = 0
  private stopped = false
  private code: string | undefined

  constructor(
    private readonly url: string,
    private readonly storage: Storage,
    code?: string,
  ) {
    this.code = code
    this.stored = readStored(storage)
  }

  start(): void {
    this.stopped = false
    this.open()
  }

  stop(): void {
    this.stopped = true
    this.socket?.close()
  }

  /** Drops the connection as a flaky network would (the tests use it). */
  drop(): void {
    this.socket?.close()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  snapshot = (): RoomState => this.state

  join(code: string): void {
    this.code = code
    this.send({ type: 'join', code })
  }

  claim(role: string): void {
    this.send({ type: 'claim', role })
  }

  /** Sends a command; it is kept (and sent again after a drop) until the host answers. */
  command(command: RoleCommand): void {
    const key = crypto.randomUUID()
    this.stored.outbox.push({ key, command })
    this.persist()
    this.update({ notice: undefined })
    this.send({ type: 'command', key, command })
  }

  private open(): void {
    const socket = new WebSocket(this.url)
    this.socket = socket
    socket.onopen = () => {
      this.attempts = 0
      this.update({ connected: true })
      if (this.stored.token !== undefined) {
        socket.send(
          JSON.stringify({ type: 'resume', token: this.stored.token, seq: this.stored.seq }),
        )
      } else if (this.code !== undefined) {
        this.join(this.code)
      } else {
        this.update({ phase: { kind: 'code' } })
      }
    }
    socket.onmessage = (event) => {
      if (typeof event.data === 'string') this.receive(JSON.parse(event.data) as HostMessage)
    }
    socket.onclose = () => {
      this.update({ connected: false })
      if (this.stopped || this.state.phase.kind === 'closed') return
      const wait = RETRY_MS[Math.min(this.attempts, RETRY_MS.length - 1)] ?? 4_000
      this.attempts += 1
      setTimeout(() => {
        this.open()
      }, wait)
    }
  }

  private receive(message: HostMessage): void {
    switch (message.type) {
      case 'welcome':
        this.update({ phase: { kind: 'seats', scenario: message.scenario, seats: message.seats } })
        return
      case 'seated':
        if (message.token !== '') this.stored.token = message.token
        this.persist()
        this.update({
          phase: message.approved
            ? { kind: 'playing', title: message.title }
            : { kind: 'waiting', title: message.title },
        })
        // Whatever was sent and not answered before the drop goes again, with its own key.
        if (message.approved)
          for (const item of this.stored.outbox) this.send({ type: 'command', ...item })
        return
      case 'view':
        this.stored.seq = message.seq
        this.persist()
        this.update({
          phase: { kind: 'playing', title: message.view.role.title, view: message.view },
        })
        return
      case 'accepted':
      case 'refused':
        this.stored.outbox = this.stored.outbox.filter((item) => item.key !== message.key)
        this.persist()
        this.update(message.type === 'refused' ? { notice: message.message } : {})
        return
      case 'error':
        if (/no longer yours/.test(message.message)) this.forgetSeat()
        this.update({ notice: message.message })
        return
      case 'closed':
        if (/freed/.test(message.message)) this.forgetSeat()
        this.update({ phase: { kind: 'closed', message: message.message } })
        return
    }
  }

  private forgetSeat(): void {
    this.stored = { seq: 0, outbox: [] }
    this.persist()
    this.update({ phase: { kind: 'code' } })
  }

  private send(message: unknown): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message))
  }

  private persist(): void {
    this.storage.setItem(STORE_KEY, JSON.stringify(this.stored))
  }

  private update(change: Partial<RoomState>): void {
    this.state = { ...this.state, ...change, pending: this.stored.outbox.length }
    for (const listener of this.listeners) listener()
  }
}

function readStored(storage: Storage): Stored {
  try {
    const value = JSON.parse(storage.getItem(STORE_KEY) ?? '') as Partial<Stored>
    return {
      ...(typeof value.token === 'string' ? { token: value.token } : {}),
      seq: typeof value.seq === 'number' ? value.seq : 0,
      outbox: Array.isArray(value.outbox) ? value.outbox : [],
    }
  } catch {
    return { seq: 0, outbox: [] }
  }
}

/** The host's socket address, beside the page that was served by it. */
export function roomSocketUrl(location: Location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/room`
}
