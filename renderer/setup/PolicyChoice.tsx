/**
 * The policy profile a session is scored under: the default (FERPA and HIPAA as docs/domain.md
 * summarises them) or a district's own profile file, checked by the engine's parser so a
 * mistake shows its line and column before play starts.
 */
import { useId, useState } from 'react'
import { formatDiagnostic } from '../../engine/scenario/diagnostic'
import { parsePolicy } from '../../engine/policy'

export interface PolicyPick {
  readonly name: string
  /** The profile file's text; absent for the default profile. */
  readonly text?: string
}

export function PolicyChoice({ onChange }: { onChange: (pick: PolicyPick) => void }) {
  const id = useId()
  const [custom, setCustom] = useState<PolicyPick & { text: string }>()
  const [selected, setSelected] = useState<'default' | 'custom'>('default')
  const [problem, setProblem] = useState('')

  const load = async (file: File) => {
    const text = await file.text()
    const parsed = parsePolicy(text, file.name)
    if (!parsed.ok) {
      setProblem(parsed.diagnostics.map(formatDiagnostic).join('\n'))
      return
    }
    setProblem('')
    const pick = { name: parsed.policy.name, text }
    setCustom(pick)
    // A profile just loaded is the one chosen: the select must say so, not still "default".
    setSelected('custom')
    onChange(pick)
  }

  return (
    <div className="stack">
      <div className="row">
        <label htmlFor={`${id}-policy`}>Policy profile</label>
        <select
          id={`${id}-policy`}
          value={selected}
          onChange={(event) => {
            const pick = event.target.value === 'custom' && custom ? custom : undefined
            setSelected(pick ? 'custom' : 'default')
            onChange(pick ?? { name: 'default' })
          }}
        >
          <option value="default">default (FERPA and HIPAA as summarised)</option>
          {custom && <option value="custom">{custom.name} (from a file)</option>}
        </select>
        <label htmlFor={`${id}-file`}>Load a profile file…</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".yaml,.yml"
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (file) void load(file)
          }}
        />
      </div>
      {problem !== '' && (
        <pre className="notice" role="alert">
          {problem}
        </pre>
      )}
    </div>
  )
}
