/** The room protocol at the socket boundary (engine/room/protocol.ts). */
import { describe, expect, it } from 'vitest'
import { MAX_CLIENT_FRAME, parseClientFrame } from '../../../engine/room/protocol'
import { toLogEvent } from '../../../engine/room/commands'

const command = (body: unknown) =>
  JSON.stringify({ type: 'command', key: 'abcdefgh-1', command: body })

describe('parseClientFrame', () => {
  it('accepts the four messages', () => {
    expect(parseClientFrame('{"type":"join","code":" abc234 "}')).toEqual({
      ok: true,
      message: { type: 'join', code: 'ABC234' },
    })
    expect(parseClientFrame('{"type":"claim","role":"nurse"}').ok).toBe(true)
    expect(parseClientFrame(`{"type":"resume","token":"${'a'.repeat(32)}","seq":3}`).ok).toBe(true)
    expect(parseClientFrame(command({ type: 'act', action: 'lockdown' })).ok).toBe(true)
  })

  it('refuses a command that names its own role or time: the seat decides those', () => {
    const result = parseClientFrame(command({ type: 'act', action: 'lockdown', role: 'principal' }))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/^message not understood at command/)
    expect(parseClientFrame(command({ type: 'act', action: 'x', t: '09:00' })).ok).toBe(false)
    expect(parseClientFrame(command({ type: 'advance' })).ok).toBe(false)
    expect(parseClientFrame(command({ type: 'note', text: 'x' })).ok).toBe(false)
  })

  it('says plainly what is wrong with a bad frame', () => {
    expect(parseClientFrame('not json')).toEqual({ ok: false, message: 'message is not JSON' })
    expect(parseClientFrame('x'.repeat(MAX_CLIENT_FRAME + 1))).toEqual({
      ok: false,
      message: `message too large (over ${MAX_CLIENT_FRAME} characters)`,
    })
    expect(parseClientFrame('{"type":"join","code":"0OI1"}')).toEqual({
      ok: false,
      message: 'message not understood at code: a join code is 6 letters and digits',
    })
    expect(parseClientFrame('{"type":"resume","token":"short","seq":0}').ok).toBe(false)
    expect(
      parseClientFrame('{"type":"command","key":"k","command":{"type":"act","action":"x"}}').ok,
    ).toBe(false)
    expect(
      parseClientFrame(
        command({ type: 'statement', to: ['a'], text: 'x'.repeat(2001), certainty: 'confirmed' }),
      ).ok,
    ).toBe(false)
    expect(parseClientFrame('{"type":"claim","role":"nurse","__proto__":{"x":1}}').ok).toBe(false)
  })
})

describe('toLogEvent', () => {
  it('stamps the seat’s role and the host’s time, and keeps only filled-in message fields', () => {
    expect(
      toLogEvent('nurse', '08:10', {
        type: 'share',
        to: ['principal'],
        facts: ['allergy'],
        label: 'reported',
        message: { goal: '  ', urgency: 'high', known: ' Seen by me ', ask: '' },
      }),
    ).toEqual({
      type: 'share',
      t: '08:10',
      from: 'nurse',
      to: ['principal'],
      facts: ['allergy'],
      label: 'reported',
      message: { urgency: 'high', known: 'Seen by me' },
    })
    expect(toLogEvent('nurse', '08:11', { type: 'decide', inject: 'i', option: 'o' })).toEqual({
      type: 'decide',
      t: '08:11',
      role: 'nurse',
      inject: 'i',
      option: 'o',
    })
  })
})
