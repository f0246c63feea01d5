/**
 * The console's keyboard: one key to advance, Ctrl+Z to undo. Keys are ignored while the
 * facilitator types in a field, so a note containing "n" never advances play.
 */
import { useEffect } from 'react'
import { requestAdvance } from './advance'
import type { RunRef } from './use-run'

export interface KeyHandlers {
  readonly onHelp: () => void
  readonly onFullscreen: () => void
}

export function useRunKeys(run: RunRef, { onHelp, onFullscreen }: KeyHandlers): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return
      const action = keyAction(run, event, onHelp, onFullscreen)
      if (action) {
        event.preventDefault()
        action()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
    }
  }, [run, onHelp, onFullscreen])
}

function keyAction(
  run: RunRef,
  event: KeyboardEvent,
  onHelp: () => void,
  onFullscreen: () => void,
): (() => void) | undefined {
  const send = run.send
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z')
    return () => {
      send({ type: 'undo' })
    }
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined
  switch (event.key) {
    case 'n':
    case 'N':
    case 'ArrowRight':
      return () => {
        requestAdvance(run, (message) => window.confirm(message))
      }
    case ' ':
      return isControl(event.target)
        ? undefined
        : () => {
            send({ type: run.getSnapshot().hasTag('ticking') ? 'pause' : 'resume' })
          }
    case '+':
      return run.getSnapshot().hasTag('manual-clock')
        ? () => {
            send({ type: 'add-minutes', minutes: 5 })
          }
        : undefined
    case 'p':
    case 'P':
      return () => {
        send({ type: 'toggle-projector' })
      }
    case 'f':
    case 'F':
      return onFullscreen
    case 's':
    case 'S':
      return focusShare
    case '?':
      return onHelp
    default:
      return undefined
  }
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit'].includes(target.type)
  )
}

/** Space on a button or checkbox presses it; only elsewhere does it start the clock. */
function isControl(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLButtonElement ||
    target instanceof HTMLInputElement ||
    (target instanceof HTMLElement && target.tagName === 'SUMMARY') ||
    target instanceof HTMLAnchorElement
  )
}

/** S jumps to the Share composer: the move the training is about is one key away. */
function focusShare(): void {
  const first = document.querySelector<HTMLElement>('.share select, .share input')
  first?.scrollIntoView({ block: 'center' })
  first?.focus()
}
