/**
 * The shipped scenarios, bundled into the app at build time as raw YAML text. Until the
 * scenario library exists the format's example scenario stands in, so the app is never empty.
 */
const shipped = import.meta.glob<string>('../../scenarios/*/scenario.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
})

const example = import.meta.glob<string>('../../tests/fixtures/locker-note.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
})

export interface ScenarioSource {
  /** Where it came from, shown to the user: "shipped" or the file name. */
  readonly origin: 'shipped' | 'user'
  /** The file name, e.g. "locker-note/scenario.yaml". */
  readonly file: string
  readonly text: string
}

export function shippedScenarios(): ScenarioSource[] {
  const found = Object.keys(shipped).length > 0 ? shipped : example
  return Object.entries(found)
    .map(([path, text]) => ({
      origin: 'shipped' as const,
      file: path.replace(/^.*\/(scenarios|fixtures)\//, ''),
      text,
    }))
    .sort((a, b) => a.file.localeCompare(b.file))
}
