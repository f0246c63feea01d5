/**
 * Images an author adds in the studio, keyed by the path a material of the current text
 * uses for a file of that name, or by `media/<name>` when none does yet (the status says
 * what to write). Kept until the scenario is saved, then saved with it.
 */
import {
  baseName,
  materialImagePaths,
  type ScenarioMedia,
} from '../../engine/scenario/material-images'
import { loadScenario } from '../../engine/scenario/load'
import type { Scenario } from '../../engine/scenario/schema'
import { dataUrlOf, type HandedFile } from '../host/scenario-files'

export interface AddedImages {
  readonly media: ScenarioMedia
  /** One sentence per image, for the status line. */
  readonly report: readonly string[]
}

/**
 * Matched against the text as it is now (the editor validates a moment after typing), or,
 * while it has errors, the last version that validated.
 */
export async function addImages(
  files: readonly HandedFile[],
  text: string,
  lastGood: Scenario | undefined,
): Promise<AddedImages> {
  const scenario =
    loadScenario(text, 'studio.yaml', { imageExists: () => true }).scenario ?? lastGood
  const used = scenario ? materialImagePaths(scenario) : []
  const media: Record<string, string> = {}
  const report: string[] = []
  for (const file of files) {
    const path = used.find((candidate) => baseName(candidate) === file.name)
    const key = path ?? `media/${file.name}`
    media[key] = await dataUrlOf(file)
    report.push(
      path === undefined
        ? `${file.name} added as ${key}; no material uses it yet (write image: ${key}).`
        : `${file.name} added for ${key}.`,
    )
  }
  return { media, report }
}
