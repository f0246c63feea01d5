/**
 * The CodeMirror setup of the studio's YAML editor:
 * - completion and hover documentation from the scenario JSON Schema (codemirror-json-schema);
 * - lint markers that are exactly `loadScenario`'s diagnostics (what `ttx validate` prints),
 *   recomputed 150 ms after typing stops. The schema package has its own validator; it is
 *   deliberately not used, so the editor never disagrees with the command line.
 */
import { basicSetup } from 'codemirror'
import { yaml, yamlLanguage } from '@codemirror/lang-yaml'
import { linter, lintGutter, type Diagnostic as LintDiagnostic } from '@codemirror/lint'
import type { Extension } from '@codemirror/state'
import { EditorView, hoverTooltip } from '@codemirror/view'
import { stateExtensions } from 'codemirror-json-schema'
import { yamlCompletion, yamlSchemaHover } from 'codemirror-json-schema/yaml'
import { loadScenario, type LoadResult } from '../../../engine/scenario/load'
import { diagnosticRange } from './diagnostic-range'

export const LINT_DELAY_MS = 150

export type JsonSchema = NonNullable<Parameters<typeof stateExtensions>[0]>

export interface EditorHooks {
  /** The file name diagnostics are reported against. */
  readonly file: () => string
  /** Every validation, with the text it was computed from. */
  readonly onValidated: (text: string, result: LoadResult) => void
  readonly onChange: (text: string) => void
}

export function studioExtensions(hooks: EditorHooks, schema: JsonSchema): Extension[] {
  return [
    basicSetup,
    yaml(),
    ...schemaSupport(schema),
    lintGutter(),
    linter((view) => validate(view, hooks), { delay: LINT_DELAY_MS }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) hooks.onChange(update.state.doc.toString())
    }),
    // Narratives are prose: wrap them rather than scroll sideways.
    EditorView.lineWrapping,
    // An explicit tabindex lets accessibility checkers see the scroller has keyboard access.
    EditorView.contentAttributes.of({ 'aria-label': 'Scenario YAML', tabindex: '0' }),
    EditorView.theme({ '&': { height: '100%' }, '.cm-scroller': { overflow: 'auto' } }),
  ]
}

function schemaSupport(schema: JsonSchema): Extension[] {
  return [
    yamlLanguage.data.of({ autocomplete: yamlCompletion() }),
    hoverTooltip(yamlSchemaHover()),
    stateExtensions(schema),
  ]
}

function validate(view: EditorView, hooks: EditorHooks): LintDiagnostic[] {
  const text = view.state.doc.toString()
  // The browser cannot see the scenario's folder, so a missing image is not reported
  // here (the renderer's library does the same); everything else is exactly the CLI's.
  const result = loadScenario(text, hooks.file(), { imageExists: () => true })
  hooks.onValidated(text, result)
  return result.diagnostics.map((diagnostic) => ({
    ...diagnosticRange(view.state.doc, diagnostic),
    severity: diagnostic.severity,
    message: diagnostic.message,
    source: `line ${diagnostic.line}, column ${diagnostic.col}`,
  }))
}
