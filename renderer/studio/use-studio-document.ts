/**
 * The document the studio edits: its name, the text as typed, the text as last saved (for
 * the unsaved-changes guard) and the latest validation. The scenario from the last text that
 * validated is kept, so the graph, paths and playtest stay usable while the trainer is
 * halfway through typing something invalid.
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Diagnostic } from '../../engine/scenario/diagnostic'
import type { LoadResult } from '../../engine/scenario/load'
import type { Scenario } from '../../engine/scenario/schema'
import { fileNameForId } from './file-naming'

export interface StudioDocument {
  /** The file name as set by the trainer, an open or a save. */
  readonly name: string
  /**
   * True for a new document until the trainer names it or saves it: its file name is then
   * derived from its id at render time (never by an effect, which could land after a later
   * New or Open and rename that document instead).
   */
  readonly nameFollowsId: boolean
  /** The text handed to the editor when this document was opened. */
  readonly opened: string
  /** The text now. */
  readonly text: string
  /** The text last saved, or undefined for a document never saved. */
  readonly saved: string | undefined
  /** The file it was opened from or last saved as; undefined for a new document. */
  readonly savedAs: string | undefined
  /** Bumped when a new document replaces the editor's contents. */
  readonly revision: number
}

export interface Validation {
  readonly diagnostics: readonly Diagnostic[]
  /** The scenario of the last text that had no error. */
  readonly lastGood: Scenario | undefined
  /** True when `lastGood` is from the text as it is now. */
  readonly current: boolean
}

export function useStudioDocument(initial: { name: string; text: string; saved: boolean }) {
  const [doc, setDoc] = useState<StudioDocument>(() => ({
    name: initial.name,
    nameFollowsId: !initial.saved,
    opened: initial.text,
    text: initial.text,
    saved: initial.saved ? initial.text : undefined,
    savedAs: initial.saved ? initial.name : undefined,
    revision: 0,
  }))
  const [validation, setValidation] = useState<Validation>({
    diagnostics: [],
    lastGood: undefined,
    current: false,
  })

  // An untouched template is not worth a prompt; anything typed since opening or saving is.
  const dirty = doc.text !== (doc.saved ?? doc.opened)
  useUnsavedChangesWarning(dirty)

  const open = useCallback((name: string, text: string, saved: boolean, followsId = false) => {
    setDoc((d) => ({
      name,
      nameFollowsId: followsId,
      opened: text,
      text,
      saved: saved ? text : undefined,
      savedAs: saved ? name : undefined,
      revision: d.revision + 1,
    }))
    // The graph of the document before is not this one's "last valid version".
    setValidation({ diagnostics: [], lastGood: undefined, current: false })
  }, [])
  const change = useCallback((text: string) => {
    setDoc((d) => ({ ...d, text }))
  }, [])
  const rename = useCallback((name: string) => {
    setDoc((d) => ({ ...d, name, nameFollowsId: false }))
  }, [])
  const markSaved = useCallback((name: string, text: string) => {
    setDoc((d) => ({ ...d, name, nameFollowsId: false, saved: text, savedAs: name }))
  }, [])
  const validated = useCallback((_text: string, result: LoadResult) => {
    setValidation((v) => ({
      diagnostics: result.diagnostics,
      lastGood: result.scenario ?? v.lastGood,
      current: result.scenario !== undefined,
    }))
  }, [])

  const fileName =
    doc.nameFollowsId && validation.lastGood !== undefined
      ? fileNameForId(validation.lastGood.id)
      : doc.name

  return useMemo(
    () => ({ doc, fileName, dirty, validation, open, change, rename, markSaved, validated }),
    [doc, fileName, dirty, validation, open, change, rename, markSaved, validated],
  )
}

/** The browser's own "leave the page?" prompt while there are unsaved changes. */
function useUnsavedChangesWarning(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => {
      window.removeEventListener('beforeunload', warn)
    }
  }, [dirty])
}
