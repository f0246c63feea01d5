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
    const facilitator = this.consoleWindow()
    if (facilitator === null) return
    const here = screen.getDisplayMatching(facilitator.getBounds())
    const plan = planProjector(screen.getAllDisplays(), here.id, this.#window !== null)
    switch (plan.kind) {
      case 'close':
        this.#window?.close()
        return
      case 'toggle-full-screen':
        facilitator.setFullScreen(!facilitator.isFullScreen())
        return
      case 'open':
        this.#window = createProjectorWindow(this.files, plan.display.bounds)
        this.#window.on('closed', () => {
          this.#window = null
        })
        facilitator.focus()
    }
  }

  close(): void {
    this.#window?.close()
  }
}
