/**
 * The images a scenario's materials show, as data the app can carry: which paths the
 * scenario uses, what an image file really is (by its bytes, not its name), and the
 * bounds that keep a hostile file from filling memory. Shared by the desktop main
 * process (reading a scenario's folder) and the renderer (files the user drops or picks).
 */
import { imageProblem } from './check-materials'
import type { Scenario } from './schema'

/** A material image path as written in the scenario -> a `data:` or bundled asset URL. */
export type ScenarioMedia = Readonly<Record<string, string>>

export const IMAGE_LIMITS = {
  /** One image: a phone photo fits, a video renamed .png does not. */
  bytes: 8_000_000,
  /** All of one scenario's images together. */
  totalBytes: 40_000_000,
  images: 100,
} as const

export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp'

/** The valid image paths the scenario's materials use, each once, in order of appearance. */
export function materialImagePaths(scenario: Scenario): string[] {
  const paths = new Set<string>()
  for (const inject of scenario.injects) {
    for (const material of inject.materials ?? []) {
      if (material.image !== undefined && imageProblem(material.image) === undefined) {
        paths.add(material.image)
      }
    }
  }
  return [...paths]
}

/**
 * The image type the bytes' signature says, or undefined for anything else. The name's
 * extension is not trusted: a renamed file must not reach an <img> as something it is not.
 */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  if (startsWith(bytes, PNG)) return 'image/png'
  if (startsWith(bytes, JPEG)) return 'image/jpeg'
  if (startsWith(bytes, RIFF) && startsWith(bytes.subarray(8), WEBP)) return 'image/webp'
  return undefined
}

/** The path without "." segments, "a/../" detours or backslashes: "./media\\a.png" -> "media/a.png". */
export function normalizeImagePath(path: string): string {
  const parts: string[] = []
  for (const part of path.split(/[\\/]/)) {
    if (part === '..') parts.pop()
    else if (part !== '' && part !== '.') parts.push(part)
  }
  return parts.join('/')
}

/** The image for a material path, however the path is spelled. */
export function imageUrl(media: ScenarioMedia, path: string): string | undefined {
  return media[path] ?? media[normalizeImagePath(path)]
}

/** The last segment of a path written with either separator. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG = [0xff, 0xd8, 0xff]
const RIFF = [0x52, 0x49, 0x46, 0x46]
const WEBP = [0x57, 0x45, 0x42, 0x50]

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte)
}
