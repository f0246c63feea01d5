/**
 * Files the user hands the app — dropped on the window or picked in the browser's file
 * dialog — turned into one scenario with its images, or refused with one message. Only a
 * scenario (.yaml, .yml) and the png, jpg or webp images its materials use are accepted;
 * anything else is refused before a byte of it is read, and nothing is saved.
 */
import {
  baseName,
  IMAGE_LIMITS,
  materialImagePaths,
  sniffImageType,
  type ScenarioMedia,
} from '../../engine/scenario/material-images'
import { IMAGE_EXTENSION } from '../../engine/scenario/check-materials'
import { loadScenario } from '../../engine/scenario/load'
import { MAX_YAML_CHARS } from '../../engine/scenario/yaml-limits'
import type { OpenedScenario } from '../../contract/host-api'

/** What the app needs of a File (a DOM File satisfies it). */
export interface HandedFile {
  readonly name: string
  readonly size: number
  arrayBuffer(): Promise<ArrayBuffer>
}

/** The loader's own limit; a UTF-8 character is at least one byte, so bytes bound it. */
const SCENARIO_MAX_BYTES = MAX_YAML_CHARS

export const ACCEPTED_IMAGES = '.png,.jpg,.jpeg,.webp'
export const ACCEPTED_FILES = `.yaml,.yml,${ACCEPTED_IMAGES}`

const HOW = 'Open one .yaml scenario file, with the png, jpg or webp images its materials use.'

/** Reads the files as one scenario; throws an Error whose message is for the user. */
export async function readScenarioFiles(files: readonly HandedFile[]): Promise<OpenedScenario> {
  const refused = files.filter((file) => kindOf(file.name) === 'other').map((file) => file.name)
  if (refused.length > 0) {
    throw new Error(
      `${quoteList(refused)} ${refused.length === 1 ? 'is' : 'are'} not a scenario or an image. ${HOW}`,
    )
  }
  const yamls = files.filter((file) => kindOf(file.name) === 'scenario')
  const [yaml, ...others] = yamls
  if (yaml === undefined)
    throw new Error(`No scenario file among ${quoteList(files.map((f) => f.name))}. ${HOW}`)
  if (others.length > 0) {
    throw new Error(
      `Open one scenario at a time: ${quoteList(yamls.map((f) => f.name))} were given together.`,
    )
  }
  const text = await readText(yaml)
  const images = files.filter((file) => kindOf(file.name) === 'image')
  const { media, notes } = await readImages(text, yaml.name, images)
  return { scenario: { name: yaml.name, text, savedAt: new Date().toISOString() }, media, notes }
}

async function readText(file: HandedFile): Promise<string> {
  if (file.size > SCENARIO_MAX_BYTES) {
    throw new Error(
      `"${file.name}" is too large to be a scenario (${megabytes(file.size)}; at most ${SCENARIO_MAX_BYTES / 1_000_000} MB).`,
    )
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer())
  } catch {
    throw new Error(
      `"${file.name}" is not UTF-8 text, so it cannot be a scenario. Save it as UTF-8 and open it again.`,
    )
  }
}

/**
 * Matches the given images to the material paths by file name (a browser hands over files,
 * not folders). A scenario that does not read is still opened — the library shows its
 * problems — but then no image can be matched.
 */
async function readImages(
  text: string,
  file: string,
  images: readonly HandedFile[],
): Promise<{ media: ScenarioMedia; notes: string[] }> {
  const scenario = loadScenario(text, file, { imageExists: () => true }).scenario
  const paths = scenario ? materialImagePaths(scenario) : []
  const media: Record<string, string> = {}
  const used = new Set<HandedFile>()
  let total = 0
  for (const path of paths) {
    const image = images.find((candidate) => candidate.name === baseName(path))
    if (image === undefined) continue
    used.add(image)
    total += image.size
    if (total > IMAGE_LIMITS.totalBytes) {
      throw new Error(
        `The images together are too large (over ${IMAGE_LIMITS.totalBytes / 1_000_000} MB). Use smaller images.`,
      )
    }
    media[path] = await dataUrlOf(image)
  }
  const missing = paths.filter((path) => media[path] === undefined)
  const unused = images.filter((image) => !used.has(image)).map((image) => image.name)
  const notes: string[] = []
  if (missing.length > 0) {
    notes.push(
      `${quoteList(missing)} ${missing.length === 1 ? 'was' : 'were'} not among the files, so ${missing.length === 1 ? 'its card shows' : 'their cards show'} without the image. Open the scenario again together with ${missing.length === 1 ? 'it' : 'them'}.`,
    )
  }
  if (unused.length > 0) {
    notes.push(
      `${quoteList(unused)} ${unused.length === 1 ? 'is' : 'are'} not used by any material of "${file}" and ${unused.length === 1 ? 'was' : 'were'} left out.`,
    )
  }
  return { media, notes }
}

/** One image as a data URL, refused with a message for the user if too large or not an image. */
export async function dataUrlOf(image: HandedFile): Promise<string> {
  if (image.size > IMAGE_LIMITS.bytes) {
    throw new Error(
      `"${image.name}" is too large for a material image (${megabytes(image.size)}; at most ${IMAGE_LIMITS.bytes / 1_000_000} MB).`,
    )
  }
  const bytes = new Uint8Array(await image.arrayBuffer())
  const type = sniffImageType(bytes)
  if (type === undefined) {
    throw new Error(`"${image.name}" is not a png, jpg or webp image, whatever its name says.`)
  }
  return `data:${type};base64,${toBase64(bytes)}`
}

function toBase64(bytes: Uint8Array): string {
  // btoa takes a binary string; build it in chunks so a large image never overflows the
  // argument list of String.fromCharCode.
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

type FileKind = 'scenario' | 'image' | 'other'

function kindOf(name: string): FileKind {
  if (/\.ya?ml$/i.test(name)) return 'scenario'
  if (IMAGE_EXTENSION.test(name)) return 'image'
  return 'other'
}

function quoteList(names: readonly string[]): string {
  const shown = names.slice(0, 5).map((name) => `"${name}"`)
  if (names.length > 5) shown.push(`${names.length - 5} more`)
  return shown.join(', ')
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`
}
