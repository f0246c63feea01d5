import { useId, useState } from 'react'
import type { ScenarioMedia } from '../../engine/scenario/material-images'
import { loadScenario } from '../../engine/scenario/load'
import type { Scenario } from '../../engine/scenario/schema'
import { pickFiles } from '../host/browser-files'
import type { HostApi } from '../../contract/host-api'
import { ACCEPTED_IMAGES } from '../host/scenario-files'
import { addImages } from './add-images'
import { shippedScenarios } from '../library/shipped'
import { SKELETON, SKELETON_NAME } from '../../engine/studio/template'
import { copyName, fileNameForId, withYamlExtension, wouldReplace } from './file-naming'

interface Props {
  readonly host: HostApi
  readonly name: string
  readonly text: string
  /** The file this document was opened from or last saved as; undefined for a new one. */
  readonly editing: string | undefined
  readonly dirty: boolean
  readonly valid: boolean
  /** The last version of the text that validated: where added images are matched. */
  readonly scenario: Scenario | undefined
  /** `followsId`: the new document is named from its id until the trainer names it. */
  readonly onOpen: (name: string, text: string, saved: boolean, followsId?: boolean) => void
  readonly onRename: (name: string) => void
  readonly onSaved: (name: string, text: string) => void
  readonly onRun: (() => void) | undefined
  readonly onClose: () => void
}

const BLANK = 'blank'
const DISCARD = 'You have unsaved changes in the studio. Discard them?'

/** New from a template, open, save, run and close; never loses unsaved work without asking. */
export function FileBar(props: Props) {
  const { host, name, text, dirty, valid } = props
  const [template, setTemplate] = useState(BLANK)
  const [status, setStatus] = useState('')
  // Images added since the last save; saved with the scenario, on top of those it had.
  const [added, setAdded] = useState<ScenarioMedia>({})
  const ids = { template: useId(), name: useId() }
  const shipped = shippedScenarios()
  const id = valid ? props.scenario?.id : undefined
  const unsaved = dirty || Object.keys(added).length > 0
  const mayDiscard = () => !unsaved || window.confirm(DISCARD)

  const startNew = () => {
    if (!mayDiscard()) return
    const source = shipped.find((candidate) => candidate.file === template)
    // A copy keeps its "-copy" name; a new one follows its id.
    if (source === undefined) props.onOpen(SKELETON_NAME, SKELETON, false, true)
    else props.onOpen(shippedCopyName(source.file), source.text, false)
    setAdded({})
    const imagesNote =
      source?.media !== undefined && Object.keys(source.media).length > 0
        ? ' Its images are not copied: add them with “Add images…”.'
        : ''
    setStatus(
      source === undefined
        ? 'New scenario from the skeleton.'
        : `Copy of ${source.file}.${imagesNote}`,
    )
  }
  const open = async () => {
    if (!mayDiscard()) return
    try {
      const opened = await host.openScenarioFile()
      if (opened === null) return
      // Saved at once, as the Library does, so its images are kept with it; later saves
      // from the editor change the text and keep them.
      const { name: fileName, text: fileText } = opened.scenario
      if (!(await mayReplace(fileName, undefined))) return
      const saved = await host.saveUserScenario(fileName, fileText, opened.media)
      props.onOpen(saved.name, saved.text, true)
      setAdded({})
      setStatus([`Opened ${saved.name}.`, ...opened.notes].join(' '))
    } catch (error) {
      setStatus(`Could not open: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  /** True when saving under `fileName` replaces nothing, or the trainer said it may. */
  const mayReplace = async (fileName: string, editing: string | undefined) => {
    const existing = (await host.listUserScenarios()).map((scenario) => scenario.name)
    if (!wouldReplace(fileName, existing, editing)) return true
    if (window.confirm(`“${fileName}” is already one of your scenarios. Replace it?`)) return true
    setStatus(`Not saved: “${fileName}” was kept as it was. Choose another file name.`)
    return false
  }
  const save = async () => {
    const fileName = withYamlExtension(name, id === undefined ? SKELETON_NAME : fileNameForId(id))
    try {
      if (!(await mayReplace(fileName, props.editing))) return
      const count = Object.keys(added).length
      const media =
        count === 0 ? undefined : { ...(await host.userScenarioMedia(fileName)), ...added }
      const saved = await host.saveUserScenario(fileName, text, media)
      props.onSaved(saved.name, saved.text)
      setAdded({})
      const images = count === 0 ? '' : ` with ${count} new image${count === 1 ? '' : 's'}`
      // Judged on the text just saved, not on the editor's last lint, which may not have run yet.
      const errors = hasErrors(text, saved.name)
      setStatus(`Saved ${saved.name}${images}${errors ? ' (it still has errors)' : ''}.`)
    } catch (error) {
      setStatus(`Could not save: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const addImagesFromFiles = async () => {
    const files = await pickFiles(ACCEPTED_IMAGES, true)
    if (files.length === 0) return
    try {
      const result = await addImages(files, text, props.scenario)
      setAdded((previous) => ({ ...previous, ...result.media }))
      setStatus(`${result.report.join(' ')} Save to keep them.`)
    } catch (error) {
      setStatus(`Could not add: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return (
    <div className="studio-filebar row" role="toolbar" aria-label="Scenario file">
      <label htmlFor={ids.template}>Start from</label>
      <select
        id={ids.template}
        value={template}
        onChange={(event) => {
          setTemplate(event.target.value)
        }}
      >
        <option value={BLANK}>Blank skeleton</option>
        {shipped.map((source) => (
          <option key={source.file} value={source.file}>
            Copy of {source.file.replace(/\/scenario\.yaml$/, '')}
          </option>
        ))}
      </select>
      <button type="button" onClick={startNew}>
        New
      </button>
      <button type="button" onClick={() => void open()}>
        Open file…
      </button>
      <button type="button" onClick={() => void addImagesFromFiles()}>
        Add images…
      </button>
      {/* Label and field wrap together, never apart at the end of a row. */}
      <span className="studio-field">
        <label htmlFor={ids.name}>File name</label>
        <input
          id={ids.name}
          type="text"
          value={name}
          onChange={(event) => {
            props.onRename(event.target.value)
          }}
        />
      </span>
      <button type="button" className="primary" onClick={() => void save()}>
        Save{unsaved ? ' •' : ''}
      </button>
      {props.onRun !== undefined && (
        <button type="button" disabled={!valid} onClick={props.onRun}>
          ▶ Run in the app
        </button>
      )}
      <button
        type="button"
        onClick={() => {
          if (mayDiscard()) props.onClose()
        }}
      >
        Close studio
      </button>
      <span role="status" className="studio-file-status">
        {unsaved ? 'Unsaved changes. ' : ''}
        {status}
      </span>
    </div>
  )
}

function hasErrors(text: string, file: string): boolean {
  const { diagnostics } = loadScenario(text, file, { imageExists: () => true })
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error')
}

/** "threat-post/scenario.yaml" -> "threat-post-copy.yaml": a copy never overwrites by name. */
export function shippedCopyName(file: string): string {
  return copyName(file.replace(/\/scenario\.yaml$/, '').replace(/\//g, '-'), [])
}
