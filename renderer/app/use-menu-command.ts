/**
 * Runs `handler` when the desktop app's native menu sends `command` (File > Open, File >
 * Export, Edit > Undo). The browser edition has no native menu, so this does nothing there.
 */
import { useEffect } from 'react'
import type { MenuCommand } from '../../contract/host-api'
import { AppActor } from './app-actor'

export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  const host = AppActor.useSelector((s) => s.context.host)
  useEffect(() => {
    const unsubscribe = host.onMenuCommand?.((picked) => {
      if (picked === command) handler()
    })
    return unsubscribe
  }, [host, command, handler])
}
