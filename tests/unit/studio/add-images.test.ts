import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadScenario } from '../../../engine/scenario/load'
import { addImages } from '../../../renderer/studio/add-images'

const fixtures = join(import.meta.dirname, '../../fixtures')
// The example's material shows media/note.png; elsewhere, so matching is not by chance.
const EXAMPLE = readFileSync(join(fixtures, 'locker-note.yaml'), 'utf8').replace(
  'image: media/note.png',
  'image: pictures/note.png',
)
const PNG = new Uint8Array(readFileSync(join(fixtures, 'images/note.png')))
const png = (name: string) => new File([PNG], name)
const dataUrl = `data:image/png;base64,${Buffer.from(PNG).toString('base64')}`

describe('addImages: images an author adds in the studio', () => {
  it('keys an image by the material path that names it, and any other under media/', async () => {
    const added = await addImages([png('note.png'), png('map.png')], EXAMPLE, undefined)
    expect(added.media).toEqual({ 'pictures/note.png': dataUrl, 'media/map.png': dataUrl })
    expect(added.report).toEqual([
      'note.png added for pictures/note.png.',
      'map.png added as media/map.png; no material uses it yet (write image: media/map.png).',
    ])
  })

  it('matches against the last version that validated while the text has errors', async () => {
    const lastGood = loadScenario(EXAMPLE, 'x.yaml', { imageExists: () => true }).scenario
    const broken = EXAMPLE.replace('format: ttx/1', 'format: [')
    const added = await addImages([png('note.png')], broken, lastGood)
    expect(Object.keys(added.media)).toEqual(['pictures/note.png'])
    expect(added.report).toEqual(['note.png added for pictures/note.png.'])
  })

  it('refuses a file that is not an image, whatever its name', async () => {
    await expect(addImages([new File(['<svg/>'], 'note.png')], EXAMPLE, undefined)).rejects.toThrow(
      '"note.png" is not a png, jpg or webp image, whatever its name says.',
    )
  })
})
