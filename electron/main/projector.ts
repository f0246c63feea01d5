/** Opens, closes or falls back to full screen for the projector view (see projector-plan.ts). */
import { screen, type BrowserWindow } from 'electron'
import { planProjector } from './projector-plan'
import { createProjectorWindow, type WindowFiles } from './window'

export class Projector {
  #window: BrowserWindow | null = null

  constructor(
    private readonly files: WindowFiles,
    private readonly consoleWindow: () => BrowserWindow | null,
  ) {}

  toggle(): void {
    const console = this.consoleWindow()
    if (console === null) return
    const here = screen.getDisplayMatching(console.getBounds())
    const plan = planProjector(screen.getAllDisplays(), here.id, this.#window !== null)
    switch (plan.kind) {
      case 'close':
        this.#window?.close()
        return
      case 'toggle-full-screen':
        console.setFullScreen(!console.isFullScreen())
        return
      case 'open':
        this.#window = createProjectorWindow(this.files, plan.display.bounds)
        this.#window.on('closed', () => {
          this.#window = null
        })
        console.focus()
    }
  }

  close(): void {
    this.#window?.close()
  }
}
