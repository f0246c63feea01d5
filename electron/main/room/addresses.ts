/**
 * Which address the room listens on. A room needs the computer's address on the room's
 * network (phones cannot reach 127.0.0.1); the facilitator may name one. The pages and the
 * socket answer only to the hosts listed here, so a page from another site that resolves its
 * own name to this computer (DNS rebinding) is refused.
 */
import { networkInterfaces } from 'node:os'

export interface NetworkChoice {
  readonly name: string
  readonly address: string
}

/** The computer's IPv4 addresses other than loopback, as the facilitator may choose them. */
export function lanAddresses(): NetworkChoice[] {
  return Object.entries(networkInterfaces()).flatMap(([name, infos]) =>
    (infos ?? [])
      .filter((info) => info.family === 'IPv4' && !info.internal)
      .map((info) => ({ name, address: info.address })),
  )
}

/** `host:port` values the room answers to when it listens on `address`. */
export function allowedHosts(address: string, port: number): Set<string> {
  const names = new Set([address, '127.0.0.1', 'localhost'])
  return new Set([...names].map((name) => `${name}:${port}`))
}
