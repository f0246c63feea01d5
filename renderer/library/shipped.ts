/**
 * The shipped scenarios, bundled into the app at build time as raw YAML text. Until the
 * scenario library exists the format's example scenario stands in, so the app is never empty.
 */
import type { ScenarioMedia } from '../../engine/scenario/material-images'

const shipped = import.meta.glob<string>('../../scenarios/*/scenario.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
})

/**
 * Their material images, as URLs of assets the build emits beside the page. Only png, jpg
 * and webp, the kinds a material may use; the glob is static, so nothing else is bundled.
 */
const images = import.meta.glob<string>('../../scenarios/*/**/*.{png,jpg,jpeg,webp}', {
  query: '?url',
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
  /** The images its materials use, by the path written in the scenario. */
  readonly media?: ScenarioMedia
}

export function shippedScenarios(): ScenarioSource[] {
  const found = Object.keys(shipped).length > 0 ? shipped : example
  return Object.entries(found)
    .map(([path, text]) => ({
      origin: 'shipped' as const,
      file: path.replace(/^.*\/(scenarios|fixtures)\//, ''),
      text,
      media: mediaBeside(path),
    }))
    .sort((a, b) => a.file.localeCompare(b.file))
}

/** The bundled images under the folder of the scenario at `scenarioPath`, keyed relative to it. */
function mediaBeside(scenarioPath: string): ScenarioMedia {
  const folder = scenarioPath.slice(0, scenarioPath.lastIndexOf('/') + 1)
  return Object.fromEntries(
    Object.entries(images)
      .filter(([path]) => path.startsWith(folder))
      .map(([path, url]) => [path.slice(folder.length), url]),
  )
}
