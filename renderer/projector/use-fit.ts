import { useLayoutEffect, type RefObject } from 'react'
import { fitScale } from './fit'

/**
 * Keeps the element's content inside it by setting its `--fit` text scale (see fit.ts):
 * fitted again whenever `content` changes (a new inject, a note shown), when the element is
 * resized (the window moved to the projector, full screen) and when what is inside it
 * changes on its own. Set straight on the element, so fitting never re-renders React (and
 * a style change is not a mutation the observer watches).
 */
export function useFit(ref: RefObject<HTMLElement | null>, content: unknown): void {
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const fit = () => {
      const scale = fitScale((tried) => {
        element.style.setProperty('--fit', String(tried))
        return { contentHeight: element.scrollHeight, boxHeight: element.clientHeight }
      })
      element.style.setProperty('--fit', String(scale))
    }
    fit()
    // What changes the content without a new state: the scenario's images arriving (they
    // are looked up after the first paint), an image decoding, a web font loading.
    const resized = new ResizeObserver(fit)
    resized.observe(element)
    const changed = new MutationObserver(fit)
    changed.observe(element, { childList: true, subtree: true, characterData: true })
    element.addEventListener('load', fit, true)
    void document.fonts.ready.then(fit)
    return () => {
      resized.disconnect()
      changed.disconnect()
      element.removeEventListener('load', fit, true)
    }
  }, [ref, content])
}
