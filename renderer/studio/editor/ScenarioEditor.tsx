import { EditorSelection } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { useEffect, useRef } from 'react'
import type { LoadResult } from '../../../engine/scenario/load'
import { studioExtensions } from './extensions'
import { scenarioJsonSchema } from './schema'

/** A request to move the cursor; `nonce` makes a repeat request for the same place count. */
export interface CursorRequest {
  readonly line: number
  readonly col: number
  readonly nonce: number
}

interface Props {
  /** The document to show; a new `revision` replaces what is in the editor with it. */
  readonly text: string
  readonly revision: number
  readonly file: string
  readonly cursor: CursorRequest | undefined
  readonly onChange: (text: string) => void
  readonly onValidated: (text: string, result: LoadResult) => void
}

/**
 * CodeMirror owns the text while the trainer types; React only hands it a new document (on
 * New or Open) and cursor moves. Callbacks go through a ref so the view is built once.
 */
export function ScenarioEditor({ text, revision, file, cursor, onChange, onValidated }: Props) {
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  const latest = useRef({ file, onChange, onValidated })
  useEffect(() => {
    latest.current = { file, onChange, onValidated }
  })

  useEffect(() => {
    const hooks = {
      file: () => latest.current.file,
      onChange: (t: string) => {
        latest.current.onChange(t)
      },
      onValidated: (t: string, r: LoadResult) => {
        latest.current.onValidated(t, r)
      },
    }
    const created = new EditorView({
      parent: host.current ?? undefined,
      doc: text,
      extensions: studioExtensions(hooks, scenarioJsonSchema),
    })
    view.current = created
    return () => {
      created.destroy()
    }
    // Rebuilt only for a new document: typing must not recreate the editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revision])

  useEffect(() => {
    const current = view.current
    if (cursor === undefined || current === null) return
    const doc = current.state.doc
    const line = doc.line(Math.min(Math.max(cursor.line, 1), doc.lines))
    const at = Math.min(line.from + cursor.col - 1, line.to)
    current.dispatch({
      selection: EditorSelection.cursor(at),
      effects: EditorView.scrollIntoView(at, { y: 'center' }),
    })
    current.focus()
  }, [cursor])

  return <div className="studio-editor" ref={host} />
}
