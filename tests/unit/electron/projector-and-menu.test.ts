import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { menuTemplate } from '../../../electron/main/menu-template'
import { planProjector } from '../../../electron/main/projector-plan'

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } }
const projector = { id: 7, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } }

describe('planProjector', () => {
  it('opens on the display the console is not on', () => {
    expect(planProjector([laptop, projector], 1, false)).toEqual({
      kind: 'open',
      display: projector,
    })
    expect(planProjector([laptop, projector], 7, false)).toEqual({ kind: 'open', display: laptop })
  })
  it('toggles full screen when there is one display', () => {
    expect(planProjector([laptop], 1, false)).toEqual({ kind: 'toggle-full-screen' })
  })
  it('closes an open projector window', () => {
    expect(planProjector([laptop, projector], 1, true)).toEqual({ kind: 'close' })
  })
})

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []))
}

function click(item: MenuItemConstructorOptions | undefined): void {
  const handler = item?.click
  if (handler === undefined) throw new Error('no click handler')
  // The handlers ignore their arguments (a MenuItem and a window only Electron can make).
  Reflect.apply(handler, undefined, [])
}

describe('menuTemplate', () => {
  it('binds the shortcuts and forwards renderer commands', () => {
    const send = vi.fn()
    const toggleProjector = vi.fn()
    const all = items(menuTemplate({ send, toggleProjector }, false))
    const byKey = (key: string) => all.find((item) => item.accelerator === key)

    click(byKey('CmdOrCtrl+O'))
    click(byKey('CmdOrCtrl+E'))
    click(byKey('CmdOrCtrl+Z'))
    expect(send.mock.calls).toEqual([['open-scenario'], ['export'], ['undo']])

    click(byKey('CmdOrCtrl+P'))
    click(byKey('F5'))
    expect(toggleProjector).toHaveBeenCalledTimes(2)
    expect(byKey('F11')?.role).toBe('togglefullscreen')
  })

  it('leaves Ctrl+Z to the page (text fields keep their own undo)', () => {
    const undo = items(menuTemplate({ send: vi.fn(), toggleProjector: vi.fn() }, false)).find(
      (item) => item.accelerator === 'CmdOrCtrl+Z',
    )
    expect(undo?.registerAccelerator).toBe(false)
  })

  it('adds the application menu on macOS only', () => {
    const actions = { send: vi.fn(), toggleProjector: vi.fn() }
    expect(menuTemplate(actions, true)[0]?.role).toBe('appMenu')
    expect(menuTemplate(actions, false)[0]?.label).toBe('&File')
  })
})
