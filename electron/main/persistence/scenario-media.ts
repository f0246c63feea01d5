/**
 * Reads the images a scenario file's materials use from the folder beside it, as data
 * URLs the sandboxed renderer can show without ever reading the disk itself. Paths are
 * held to the validator's rule (inside the folder; png, jpg or webp), symbolic links that
 * lead out of the folder are refused, and each file must be the image its bytes claim.
 */
import { readFile, realpath, stat } from 'node:fs/promises'
import { dirname, join, relative, isAbsolute } from 'node:path'
import { loadScenario } from '../../../engine/scenario/load'
import {
  IMAGE_LIMITS,
  materialImagePaths,
  sniffImageType,
  type ScenarioMedia,
} from '../../../engine/scenario/material-images'

export interface ReadMedia {
  readonly media: ScenarioMedia
  /** What the user should hear about: an image missing, refused or too large. */
  readonly notes: readonly string[]
}

export async function readScenarioMedia(scenarioFile: string, text: string): Promise<ReadMedia> {
  const scenario = loadScenario(text, scenarioFile, { imageExists: () => true }).scenario
  if (!scenario) return { media: {}, notes: [] }
  const folder = await realpath(dirname(scenarioFile))
  const media: Record<string, string> = {}
  const notes: string[] = []
  let total = 0
  for (const path of materialImagePaths(scenario)) {
    const read = await readImage(folder, path)
    if (typeof read === 'string') {
      notes.push(`Image "${path}": ${read}`)
      continue
    }
    total += read.length
    if (total > IMAGE_LIMITS.totalBytes) {
      notes.push(
        `Image "${path}" and those after it were left out: the images together are over ${IMAGE_LIMITS.totalBytes / 1_000_000} MB.`,
      )
      break
    }
    const type = sniffImageType(read)
    if (type === undefined) {
      notes.push(`Image "${path}" is not a png, jpg or webp image, whatever its name says.`)
      continue
    }
    media[path] = `data:${type};base64,${Buffer.from(read).toString('base64')}`
  }
  return { media, notes }
}

/** The image's bytes, or why it cannot be shown. */
async function readImage(folder: string, path: string): Promise<Uint8Array | string> {
  let file: string
  try {
    file = await realpath(join(folder, path))
  } catch {
    return 'not found beside the scenario; its card shows without it.'
  }
  const inside = relative(folder, file)
  if (inside.startsWith('..') || isAbsolute(inside)) return 'leads outside the scenario folder.'
  const info = await stat(file)
  if (!info.isFile()) return 'is not a file.'
  if (info.size > IMAGE_LIMITS.bytes) {
    return `is too large (${(info.size / 1_000_000).toFixed(1)} MB; at most ${IMAGE_LIMITS.bytes / 1_000_000} MB).`
  }
  return readFile(file)
}
