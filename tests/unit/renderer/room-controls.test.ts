/**
 * The console's room panel (renderer/room/RoomControls.tsx, LetParticipantsJoin.tsx) as
 * markup: the web edition explains the headless host; the desktop offers the computer's
 * networks (the first chosen), and once hosting shows the join code, who holds which role
 * and stop. Rendered on the server: the QR image arrives later, in an effect.
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { RoomStatusData } from '../../../contract/room-schemas'
import { LetParticipantsJoin } from '../../../renderer/room/LetParticipantsJoin'
import RoomControls from '../../../renderer/room/RoomControls'
import type { ConsoleRoom } from '../../../renderer/room/use-console-room'

function consoleRoom(status: RoomStatusData, extra: Partial<ConsoleRoom> = {}): ConsoleRoom {
  const nothing = () => undefined
  return {
    status,
    addresses: [
      { name: 'Wi-Fi', address: '192.168.1.20' },
      { name: 'this computer only', address: '127.0.0.1' },
    ],
    problem: undefined,
    start: nothing,
    stop: nothing,
    seat: nothing,
    ...extra,
  }
}

const render = (room: ConsoleRoom) => renderToStaticMarkup(createElement(RoomControls, { room }))

describe('the console’s room panel', () => {
  it('in the web edition, says a browser cannot host and gives the headless command', () => {
    const html = renderToStaticMarkup(createElement(LetParticipantsJoin, { room: undefined }))
    expect(html).toContain('a page in a browser cannot listen on the network')
    expect(html).toContain('npm run ttx -- host &lt;scenario.yaml&gt;')
    expect(html).not.toContain('<button')
  })

  it('before hosting, offers the networks with the first chosen, and nothing to start without one', () => {
    const html = render(consoleRoom({ hosting: false }))
    expect(html).toMatch(/<option value="192\.168\.1\.20" selected="">192\.168\.1\.20 \(Wi-Fi\)/)
    expect(html).toContain('Let each device in myself')
    expect(html).toMatch(/<button type="submit" class="primary">Let participants join/)
    const none = render(consoleRoom({ hosting: false }, { addresses: [] }))
    expect(none).toMatch(/<button type="submit" class="primary" disabled="">/)
  })

  it('while hosting, shows the join code, each seat’s state and stop; a problem as an alert', () => {
    const html = render(
      consoleRoom(
        {
          hosting: true,
          joinUrl: 'http://192.168.1.20:4180/#/join?code=ABC234',
          code: 'ABC234',
          address: '192.168.1.20',
          approve: true,
          seats: [
            { role: 'sro', title: 'School resource officer', approved: false, connected: true },
            { role: 'principal', title: 'Principal', approved: true, connected: false },
          ],
        },
        { problem: 'no device holds the seat of nurse' },
      ),
    )
    expect(html).toContain('<strong class="join-code">ABC234</strong>')
    expect(html).toContain('School resource officer: waiting to be let in')
    expect(html).toContain('Principal: dropped off')
    expect(html.match(/>Let in</g)).toHaveLength(1)
    expect(html.match(/>Free seat</g)).toHaveLength(2)
    expect(html).toContain('Stop letting participants join')
    expect(html).toContain('<p class="error" role="alert">no device holds the seat of nurse</p>')
  })
})
