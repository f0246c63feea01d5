/**
 * Material images (docs/format.md, "Injects"): a png, jpg or webp file inside the
 * scenario's folder. A scenario is data that travels as a folder; a path outside it (or a
 * URL) would break on another machine or load something the trainer never shipped.
 */
import { error, warning, type Finding } from './finding'
import type { Scenario } from './schema'

/** The image kinds a material may show, by file name. */
export const IMAGE_EXTENSION = /\.(png|jpe?g|webp)$/i
/** `/x`, `\x`, `C:x`, `https:x`: anything not relative to the scenario's folder. */
const ABSOLUTE = /^([\\/]|[a-z][a-z0-9+.-]*:)/i

export function checkMaterials(
  scenario: Scenario,
  imageExists?: (relativePath: string) => boolean,
): Finding[] {
  const findings: Finding[] = []
  scenario.injects.forEach((inject, i) => {
    inject.materials?.forEach((material, m) => {
      const image = material.image
      if (image === undefined) return
      const path = ['injects', i, 'materials', m, 'image']
      const place = `material ${m + 1} of inject "${inject.id}"`
      const problem = imageProblem(image)
      if (problem !== undefined) {
        findings.push(error(path, `image "${image}" of ${place} ${problem}`))
      } else if (imageExists !== undefined && !imageExists(image)) {
        const message = `image "${image}" of ${place} is not in the scenario's folder; the card will show without it until the file is added`
        findings.push(warning(path, message))
      }
    })
  })
  return findings
}

/** Why the path is not allowed, or `undefined` when it is. */
export function imageProblem(image: string): string | undefined {
  if (ABSOLUTE.test(image)) {
    return 'must be a path relative to the scenario\'s folder, such as "media/note.png"'
  }
  if (leavesFolder(image)) return 'leaves the scenario\'s folder ("..")'
  if (!IMAGE_EXTENSION.test(image)) return 'must be a .png, .jpg, .jpeg or .webp file'
  return undefined
}

function leavesFolder(image: string): boolean {
  let depth = 0
  for (const part of image.split(/[\\/]/)) {
    if (part === '..') depth--
    else if (part !== '' && part !== '.') depth++
    if (depth < 0) return true
  }
  return false
}
