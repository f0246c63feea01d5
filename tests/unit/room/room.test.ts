/**
 * The room (engine/room/room.ts): seats, commands checked by the engine, idempotent retries,
 * the facilitator's controls, and a restart from the saved room.
 */
import { createHash, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { Room, RoomSave, type Seat } from '../../../engine/room/room'
import type { RoleCommand } from '../../../engine/room/protocol'
import { lockerNote } from '../studio/scenarios'

const hash = (token: string) => createHash('sha256').update(token).digest('hex')
const room = (approve = false, saved?: RoomSave) =>
  new Room(lockerNote, {
    code: 'ABC234',
    approve,
    newToken: () => randomBytes(16).toString('hex'),
    hash,
    ...(saved === undefined ? {} : { saved }),
  })

function seated(table: Room, role: string): { token: string; seat: Seat } {
  const claim = table.claim(role)
  if (!claim.ok) throw new Error(claim.message)
  return claim
}

const toPrincipal: RoleCommand = {
  type: 'share',
  to: ['principal'],
  facts: ['note-text'],
  label: 'confirmed',
}

describe('Room', () => {
  it('offers the player roles only, and a role to one device', () => {
    const table = room()
    expect(table.seatChoices().map((s) => s.id)).toEqual([
      'custodian',
      'principal',
      'counselor',
      'sro',
    ])
    const { token } = seated(table, 'custodian')
    expect(token).toMatch(/^[0-9a-f]{32}$/)
    expect(table.seatChoices().find((s) => s.id === 'custodian')?.taken).toBe(true)
    expect(table.claim('custodian')).toEqual({
      ok: false,
      message: 'Custodian is already taken; ask the facilitator to free it',
    })
    expect(table.claim('all-parents').ok).toBe(false)
    expect(table.claim('nobody').ok).toBe(false)
  })

  it('applies a command as the seat’s role at the host’s clock, and reaches the recipient', () => {
    const table = room()
    const { seat } = seated(table, 'custodian')
    table.addMinutes(4)
    const outcome = table.command(seat, 'key-00000001', toPrincipal)
    expect(outcome).toEqual({ ok: true, seq: 2 })
    expect(table.log.events).toEqual([
      { t: '07:34', from: 'custodian', ...toPrincipal, type: 'share' },
    ])
    const inbox = table.view('principal').inbox
    expect(inbox).toHaveLength(1)
    expect(inbox[0]).toMatchObject({ from: 'custodian', at: '07:34', label: 'confirmed' })
    expect(table.view('principal').knows.map((f) => f.id)).toEqual(['note-text'])
  })

  it('the same key twice is applied once and answered the same', () => {
    const table = room()
    const { seat } = seated(table, 'custodian')
    const first = table.command(seat, 'key-00000001', toPrincipal)
    const again = table.command(seat, 'key-00000001', toPrincipal)
    expect(again).toEqual(first)
    expect(table.log.events).toHaveLength(1)
    table.command(seat, 'key-00000002', {
      type: 'share',
      to: ['counselor'],
      facts: ['note-text'],
      label: 'confirmed',
    })
    expect(table.log.events).toHaveLength(2)
  })

  it('refuses what the engine refuses, in the engine’s words, and logs nothing', () => {
    const table = room()
    const { seat } = seated(table, 'principal')
    const outcome = table.command(seat, 'key-00000003', {
      type: 'share',
      to: ['sro'],
      facts: ['note-text'],
      label: 'confirmed',
    })
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.message).toMatch(/principal does not know fact "note-text" yet/)
    expect(table.log.events).toEqual([])
  })

  it('a seat waiting for approval cannot act until the facilitator lets it in', () => {
    const table = room(true)
    const { seat } = seated(table, 'custodian')
    expect(table.command(seat, 'key-00000004', toPrincipal)).toEqual({
      ok: false,
      message: 'the facilitator has not let you in yet',
    })
    table.approve('custodian')
    expect(table.command(seat, 'key-00000005', toPrincipal).ok).toBe(true)
  })

  it('a removed seat’s token no longer works and its role is free again', () => {
    const table = room()
    const { token } = seated(table, 'custodian')
    table.remove('custodian')
    expect(table.seatOf(token)).toBeUndefined()
    expect(table.claim('custodian').ok).toBe(true)
  })

  it('restarts from its save: seats, clock and answered keys survive; nothing twice', () => {
    const table = room()
    const { token, seat } = seated(table, 'custodian')
    table.addMinutes(3)
    table.command(seat, 'key-00000006', toPrincipal)
    const saved = RoomSave.parse(JSON.parse(JSON.stringify(table.snapshot())))
    expect(JSON.stringify(saved)).not.toContain(token)
    const again = room(false, saved)
    const same = again.seatOf(token)
    expect(same?.role).toBe('custodian')
    expect(again.clock).toBe(table.clock)
    expect(again.seq).toBe(table.seq)
    if (same === undefined) throw new Error('seat lost')
    expect(again.command(same, 'key-00000006', toPrincipal).ok).toBe(true)
    expect(again.log.events).toHaveLength(1)
    expect(again.view('principal')).toEqual(table.view('principal'))
  })

  it('the facilitator advances, undoes and ends; each change grows seq and tells listeners', () => {
    const table = room()
    let told = 0
    table.onChange(() => (told += 1))
    expect(table.advance().ok).toBe(true)
    expect(table.view('custodian').inject.id).not.toBe('found')
    expect(table.undo()).toBe(true)
    expect(table.view('custodian').inject.id).toBe('found')
    expect(table.end().ok).toBe(true)
    expect(table.ended).toBe(true)
    expect(table.view('sro').ended).toBe(true)
    expect(told).toBe(3)
    expect(table.seq).toBe(3)
  })

  it('a view shows the role its own open decisions, labels only', () => {
    const view = room().view('custodian')
    expect(view.decisions).toHaveLength(1)
    expect(JSON.stringify(view.decisions)).not.toMatch(/"events"|"debrief"/)
    expect(room().view('principal').decisions).toEqual([])
  })

  it('follows a log kept elsewhere: views from it, nothing when it is the same, a bad one refused', () => {
    const follower = room()
    const owner = room()
    const { seat } = seated(owner, 'custodian')
    expect(owner.command(seat, 'key-00000010', toPrincipal).ok).toBe(true)
    let told = 0
    follower.onChange(() => (told += 1))
    follower.follow(owner.log, owner.clock + 5)
    expect(follower.view('principal').knows.map((known) => known.id)).toEqual(['note-text'])
    expect(follower.clock).toBe(owner.clock + 5)
    follower.follow(owner.log, owner.clock + 5)
    expect(told).toBe(1)
    follower.follow(owner.log, owner.clock + 10)
    expect([told, follower.clock]).toEqual([2, owner.clock + 10])
    const broken = { ...owner.log, events: [{ ...toPrincipal, t: '07:30', from: 'sro' }] }
    expect(() => {
      follower.follow(broken, 0)
    }).toThrow(/sro does not know fact "note-text" yet/)
    expect(follower.log.events).toHaveLength(1)
  })

  it('keeps an answer given elsewhere for a retry', () => {
    const table = room()
    const { seat } = seated(table, 'custodian')
    expect(table.answered(seat, 'key-00000011')).toBeUndefined()
    table.remember(seat, 'key-00000011', { ok: false, message: 'refused by the console' })
    expect(table.command(seat, 'key-00000011', toPrincipal)).toEqual({
      ok: false,
      message: 'refused by the console',
    })
    expect(table.log.events).toEqual([])
  })
})
