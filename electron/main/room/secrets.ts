/**
 * The room's secrets: a short join code people type from the wall, and 128-bit tokens
 * (seats and the facilitator key) that only the holder's device ever sees. Only a token's
 * hash is written to disk.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'

// No I, O, 0 or 1: read off a projector, they are mistaken for one another.
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

export function newJoinCode(): string {
  let code = ''
  for (let at = 0; at < 6; at++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)] ?? 'A'
  return code
}

export function newToken(): string {
  return randomBytes(16).toString('hex')
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
