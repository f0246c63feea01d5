/**
 * How the studio names files, and when saving would replace another scenario. Pure, so the
 * rules are unit-tested: a file is named from the scenario's id, a copy never takes an
 * existing name, and saving asks before replacing any file other than the one being edited.
 */
const YAML_EXTENSION = /\.ya?ml$/i

/** "bus-stop" -> "bus-stop.yaml". */
export function fileNameForId(id: string): string {
  return `${id}.yaml`
}

/** The name with a YAML extension; an empty name falls back to `fallback`. */
export function withYamlExtension(name: string, fallback: string): string {
  const trimmed = name.trim() === '' ? fallback : name.trim()
  return YAML_EXTENSION.test(trimmed) ? trimmed : `${trimmed}.yaml`
}

/**
 * Whether saving under `name` would replace a scenario that is not the one being edited
 * (`editing`: the name it was opened from or last saved as; undefined for a new one).
 */
export function wouldReplace(
  name: string,
  existing: readonly string[],
  editing: string | undefined,
): boolean {
  return name !== editing && existing.includes(name)
}

/** A free name for a copy: "bus-stop.yaml" -> "bus-stop-copy.yaml", then "-copy-2", … */
export function copyName(name: string, existing: readonly string[]): string {
  const base = name.replace(YAML_EXTENSION, '').replace(/-copy(-\d+)?$/, '')
  for (let n = 1; ; n++) {
    const candidate = `${base}-copy${n === 1 ? '' : `-${n}`}.yaml`
    if (!existing.includes(candidate)) return candidate
  }
}
