/**
 * Where the projector view goes: a window on a second display when there is one (the
 * room's screen), else full screen of the facilitator's window. Pure, so it is tested
 * without Electron's `screen`.
 */
export interface DisplayInfo {
  readonly id: number
  readonly bounds: {
    readonly x: number
    readonly y: number
    readonly width: number
    readonly height: number
  }
}

export type ProjectorPlan =
  | { readonly kind: 'close' }
  | { readonly kind: 'open'; readonly display: DisplayInfo }
  | { readonly kind: 'toggle-full-screen' }

export function planProjector(
  displays: readonly DisplayInfo[],
  consoleDisplayId: number,
  projectorOpen: boolean,
): ProjectorPlan {
  if (projectorOpen) return { kind: 'close' }
  const other = displays.find((display) => display.id !== consoleDisplayId)
  return other === undefined ? { kind: 'toggle-full-screen' } : { kind: 'open', display: other }
}
