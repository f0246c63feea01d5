import { useId, useState } from 'react'
import type { HostApi } from '../host/host-api'
import { shippedScenarios } from '../library/shipped'
import { SKELETON, SKELETON_NAME } from '../../engine/studio/template'

interface Props {
  readonly host: HostApi
  readonly name: string
  readonly text: string
  readonly dirty: boolean
  readonly valid: boolean
  readonly onOpen: (name: string, text: string, saved: boolean) => void
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
  const ids = { template: useId(), name: useId() }
  const shipped = shippedScenarios()
  const mayDiscard = () => !dirty || window.confirm(DISCARD)

  const startNew = () => {
    if (!mayDiscard()) return
    const source = shipped.find((candidate) => candidate.file === template)
    if (source === undefined) props.onOpen(SKELETON_NAME, SKELETON, false)
    else props.onOpen(copyName(source.file), source.text, false)
    setStatus(source === undefined ? 'New scenario from the skeleton.' : `Copy of ${source.file}.`)
  }
  const open = async () => {
    if (!mayDiscard()) return
    try {
      const opened = await host.openScenarioFile()
      if (opened === null) return
      // Saved at once, as the Library does, so its images are kept with it; later saves
      // from the editor change the text and keep them.
      const { name: fileName, text: fileText } = opened.scenario
      const saved = await host.saveUserScenario(fileName, fileText, opened.media)
      props.onOpen(saved.name, saved.text, true)
      setStatus([`Opened ${saved.name}.`, ...opened.notes].join(' '))
    } catch (error) {
      setStatus(`Could not open: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const save = async () => {
    const fileName = withYamlExtension(name)
    try {
      const saved = await host.saveUserScenario(fileName, text)
      props.onSaved(saved.name, saved.text)
      setStatus(`Saved ${saved.name}${valid ? '' : ' (it still has errors)'}.`)
    } catch (error) {
      setStatus(`Could not save: ${error instanceof Error ? error.message : String(error)}`)
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
      <label htmlFor={ids.name}>File name</label>
      <input
        id={ids.name}
        type="text"
        value={name}
        onChange={(event) => {
          props.onRename(event.target.value)
        }}
      />
      <button type="button" className="primary" onClick={() => void save()}>
        Save{dirty ? ' •' : ''}
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
        {dirty ? 'Unsaved changes. ' : ''}
        {status}
      </span>
    </div>
  )
}

/** "threat-post/scenario.yaml" -> "threat-post-copy.yaml": a copy never overwrites by name. */
export function copyName(file: string): string {
  const base = file
    .replace(/\/scenario\.yaml$/, '')
    .replace(/\.ya?ml$/, '')
    .replace(/\//g, '-')
  return `${base}-copy.yaml`
}

export function withYamlExtension(name: string): string {
  const trimmed = name.trim() === '' ? SKELETON_NAME : name.trim()
  return /\.ya?ml$/i.test(trimmed) ? trimmed : `${trimmed}.yaml`
}
