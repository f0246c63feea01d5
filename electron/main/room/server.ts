/**
 * The room's HTTP and WebSocket server: Fastify serving the built web edition (the
 * participant page is its `#/join` route) and one socket route, `/room`, handed to the hub.
 * Plain Node, so the desktop app's main process, `ttx host` and the tests all start the same
 * thing. Why Fastify and what it defends against: docs/room-hosting.md.
 */
import rateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import websocket from '@fastify/websocket'
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import { existsSync } from 'node:fs'
import type { Socket } from 'node:net'
import { join } from 'node:path'
import { MAX_CLIENT_FRAME } from '../../../engine/room/protocol'
import type { Room } from '../../../engine/room/room'
import { allowedHosts } from './addresses'
import { RoomHub, type HubOptions } from './hub'

/** The same policy as the app's own page (renderer/index.html), sent as a header too. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

export interface RoomServerOptions {
  readonly tables: readonly Room[]
  /** The built web edition (`dist-web`). */
  readonly site: string
  /** The address to listen on: the room's network, or 127.0.0.1 in tests. */
  readonly address: string
  /** 0 picks a free port. */
  readonly port: number
  readonly facilitatorKey: string
  readonly save?: (room: Room) => void
  /** Socket openings allowed per minute from one address (joins and rejoins). */
  readonly joinsPerMinute?: number
  /** At most this many sockets at once (a flood of connections must not take the host down). */
  readonly maxSockets?: number
  /** Who checks participants' commands, and who hears of changes (the desktop console). */
  readonly decide?: HubOptions['decide']
  readonly onStatus?: HubOptions['onStatus']
}

export interface RoomServer {
  readonly url: string
  readonly port: number
  readonly hub: RoomHub
  close(): Promise<void>
}

export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  if (!existsSync(join(options.site, 'index.html'))) {
    throw new Error(
      `${options.site} has no participant pages. From a checkout, run npm run build:web; an installed app is missing files: install it again.`,
    )
  }
  const hub = new RoomHub(options.tables, {
    facilitatorKey: options.facilitatorKey,
    save: options.save ?? (() => undefined),
    ...(options.decide === undefined ? {} : { decide: options.decide }),
    ...(options.onStatus === undefined ? {} : { onStatus: options.onStatus }),
  })
  const app = Fastify({
    logger: false,
    bodyLimit: 1024,
    // Stopping the room ends every connection at once, keep-alive ones included.
    forceCloseConnections: true,
    // A URL the router cannot decode: a plain 400 (Fastify would otherwise answer in JSON).
    frameworkErrors: (_error, _request, reply) => {
      // The generic reply type of this hook admits no status; it is a plain reply all the same.
      void (reply as unknown as FastifyReply).code(400).type('text/plain').send('bad request')
    },
  })
  let hosts = new Set<string>()
  guardRequests(app, () => hosts)
  await app.register(rateLimit, { global: false })
  await app.register(websocket, {
    options: { maxPayload: MAX_CLIENT_FRAME * 4, perMessageDeflate: false },
  })
  await app.register(fastifyStatic, {
    root: options.site,
    index: 'index.html',
    dotfiles: 'deny',
    cacheControl: false,
    etag: false,
  })
  registerSocket(app, hub, options, () => hosts)
  // Upgraded and half-sent requests leave Node's HTTP bookkeeping; stopping ends them too.
  const sockets = new Set<Socket>()
  app.server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await app.listen({ host: options.address, port: options.port })
  const address = app.server.address()
  const port = typeof address === 'object' && address !== null ? address.port : options.port
  hosts = allowedHosts(options.address, port)
  return {
    url: `http://${options.address}:${port}/`,
    port,
    hub,
    close: async () => {
      hub.closeAll('the host has stopped')
      const closed = app.close()
      for (const socket of sockets) socket.destroy()
      await closed
    },
  }
}

/** Host check, security headers, and errors that never carry a stack or an internal detail. */
function guardRequests(app: FastifyInstance, hosts: () => ReadonlySet<string>): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!hosts().has(request.headers.host ?? '')) {
      await reply.code(421).type('text/plain').send('wrong host')
    }
  })
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', CSP)
    reply.header('x-content-type-options', 'nosniff')
    reply.header('x-frame-options', 'DENY')
    reply.header('referrer-policy', 'no-referrer')
    reply.header('cache-control', 'no-store')
    return payload
  })
  app.setNotFoundHandler(async (_request, reply) => {
    await reply.code(404).type('text/plain').send('not found')
  })
  app.setErrorHandler(async (error, _request, reply) => {
    const status = statusOf(error)
    await reply
      .code(status)
      .type('text/plain')
      .send(status === 429 ? 'too many requests' : status < 500 ? 'bad request' : 'server error')
  })
}

function statusOf(error: unknown): number {
  const code =
    typeof error === 'object' && error !== null && 'statusCode' in error
      ? Number(error.statusCode)
      : 500
  return Number.isInteger(code) && code >= 400 && code < 600 ? code : 500
}

function registerSocket(
  app: FastifyInstance,
  hub: RoomHub,
  options: RoomServerOptions,
  hosts: () => ReadonlySet<string>,
): void {
  const maxSockets = options.maxSockets ?? 400
  app.get(
    '/room',
    {
      websocket: true,
      config: { rateLimit: { max: options.joinsPerMinute ?? 30, timeWindow: 60_000 } },
      preValidation: async (request, reply) => {
        if (!sameOrigin(request, hosts())) {
          await reply.code(403).type('text/plain').send('origin not allowed')
        } else if (app.websocketServer.clients.size >= maxSockets) {
          await reply.code(503).type('text/plain').send('the room is full')
        }
      },
    },
    (socket) => {
      const connection = hub.connect(socket)
      socket.on('message', (data, isBinary) => {
        connection.receive(Buffer.isBuffer(data) ? data : Buffer.from(toBytes(data)), isBinary)
      })
      socket.on('close', () => {
        hub.disconnect(connection)
      })
      // An oversized or malformed frame: ws closes the socket; nothing else to do.
      socket.on('error', () => undefined)
    },
  )
}

/** A browser always sends Origin on a WebSocket; it must be this room's own page. */
function sameOrigin(request: FastifyRequest, hosts: ReadonlySet<string>): boolean {
  const origin = request.headers.origin
  if (origin === undefined) return false
  try {
    const url = new URL(origin)
    return url.protocol === 'http:' && hosts.has(url.host)
  } catch {
    return false
  }
}

function toBytes(data: ArrayBuffer | Buffer[]): Uint8Array {
  return Array.isArray(data) ? Buffer.concat(data) : new Uint8Array(data)
}
