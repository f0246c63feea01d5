/**
 * The projector state between browser windows of the same app: the console writes it to
 * localStorage, and the `storage` event tells every other window (the one opened at
 * `#/projector`). A window opened later reads what is there. Nothing leaves the machine.
 */
import { parseProjectorState } from '../projector/projector-schema'
import type { ProjectorState } from '../projector/projector-state'

const KEY = 'need-to-know:projector'

export function showOnProjector(state: ProjectorState | null): Promise<void> {
  try {
    if (state === null) localStorage.removeItem(KEY)
    else localStorage.setItem(KEY, JSON.stringify(state))
  } catch {
    // A full or disabled storage costs the second window its updates, never the session.
  }
  return Promise.resolve()
}

export function onProjectorState(listener: (state: ProjectorState | null) => void): () => void {
  listener(read(localStorage.getItem(KEY)))
  const handle = (event: StorageEvent): void => {
    if (event.key === KEY || event.key === null) listener(read(event.newValue))
  }
  window.addEventListener('storage', handle)
  return () => {
    window.removeEventListener('storage', handle)
  }
}

function read(text: string | null): ProjectorState | null {
  if (text === null) return null
  try {
    return parseProjectorState(JSON.parse(text))
  } catch {
    return null
  }
}
