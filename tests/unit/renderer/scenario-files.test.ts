import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readScenarioFiles } from '../../../renderer/host/scenario-files'

const fixtures = join(import.meta.dirname, '../../fixtures')
const example = readFileSync(join(fixtures, 'locker-note.yaml'))
const png = readFileSync(join(fixtures, 'images/note.png'))
const file = (name: string, content: Uint8Array | string) =>
  // A copy: a Buffer's bytes may sit in a shared pool, which File does not accept.
  new File([typeof content === 'string' ? content : new Uint8Array(content)], name)

describe('readScenarioFiles: what a drop or the browser’s file dialog hands the app', () => {
  it('takes a scenario with the image its material uses, matched by file name', async () => {
    const opened = await readScenarioFiles([
      file('note.png', png),
      file('locker-note.yaml', example),
    ])
    expect(opened.scenario.name).toBe('locker-note.yaml')
    expect(opened.scenario.text).toBe(example.toString('utf8'))
    expect(opened.media).toEqual({
      'media/note.png': `data:image/png;base64,${png.toString('base64')}`,
    })
    expect(opened.notes).toEqual([])
  })

  it('opens a scenario without its image, saying which is missing', async () => {
    const opened = await readScenarioFiles([file('locker-note.yaml', example)])
    expect(opened.media).toEqual({})
    expect(opened.notes).toEqual([
      '"media/note.png" was not among the files, so its card shows without the image. Open the scenario again together with it.',
    ])
  })

  it('leaves out images no material uses, and says so', async () => {
    const opened = await readScenarioFiles([
      file('locker-note.yaml', example),
      file('note.png', png),
      file('holiday.png', png),
    ])
    expect(Object.keys(opened.media)).toEqual(['media/note.png'])
    expect(opened.notes).toEqual([
      '"holiday.png" is not used by any material of "locker-note.yaml" and was left out.',
    ])
  })

  it.each([
    [
      'a file that is neither a scenario nor an image',
      [file('locker-note.yaml', example), file('payload.html', '<script>alert(1)</script>')],
      '"payload.html" is not a scenario or an image. Open one .yaml scenario file, with the png, jpg or webp images its materials use.',
    ],
    [
      'programs and documents',
      [file('setup.exe', 'MZ'), file('minutes.pdf', '%PDF')],
      '"setup.exe", "minutes.pdf" are not a scenario or an image. Open one .yaml scenario file, with the png, jpg or webp images its materials use.',
    ],
    [
      'images alone',
      [file('note.png', png)],
      'No scenario file among "note.png". Open one .yaml scenario file, with the png, jpg or webp images its materials use.',
    ],
    [
      'two scenarios at once',
      [file('a.yaml', example), file('b.yml', example)],
      'Open one scenario at a time: "a.yaml", "b.yml" were given together.',
    ],
    [
      'a scenario that is not UTF-8 text',
      [file('latin1.yaml', new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xe9, 0xff]))],
      '"latin1.yaml" is not UTF-8 text, so it cannot be a scenario. Save it as UTF-8 and open it again.',
    ],
    [
      'an image that is not what its name says',
      [file('locker-note.yaml', example), file('note.png', '<svg onload="alert(1)"/>')],
      '"note.png" is not a png, jpg or webp image, whatever its name says.',
    ],
    [
      'a scenario too large to be one',
      [file('huge.yaml', new Uint8Array(5_000_001))],
      '"huge.yaml" is too large to be a scenario (5.0 MB; at most 5 MB).',
    ],
    [
      'an image too large for a card',
      [file('locker-note.yaml', example), file('note.png', new Uint8Array(8_000_001))],
      '"note.png" is too large for a material image (8.0 MB; at most 8 MB).',
    ],
  ])('refuses %s with one message', async (_name, files, message) => {
    await expect(readScenarioFiles(files)).rejects.toThrow(message)
  })
})
