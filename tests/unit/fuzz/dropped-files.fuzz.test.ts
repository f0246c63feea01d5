/**
 * Files handed to the app (dropped, or picked in the browser) come from anyone: whatever
 * their names and bytes, readScenarioFiles either opens one scenario — holding only images
 * whose bytes are png, jpeg or webp, as data URLs the IPC schema accepts — or refuses with
 * one plain Error. It never throws anything else and never lets other bytes through.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ScenarioMedia } from '../../../contract/host-schemas'
import { sniffImageType } from '../../../engine/scenario/material-images'
import { readScenarioFiles } from '../../../renderer/host/scenario-files'

const fixtures = join(import.meta.dirname, '../../fixtures')
const EXAMPLE = readFileSync(join(fixtures, 'locker-note.yaml'))
const PNG = readFileSync(join(fixtures, 'images/note.png'))

const NAMES = [
  'note.png',
  'note.jpg',
  'note.webp',
  'x.yaml',
  'x.yml',
  'a.exe',
  'a.svg',
  'a',
  '.png',
]
const SIGNATURES = [
  [...PNG.subarray(0, 8)],
  [0xff, 0xd8, 0xff],
  [...Buffer.from('RIFF\0\0\0\0WEBP')],
  [...Buffer.from('<svg onload=alert(1)>')],
  [],
]

const IMAGE_HEADS = SIGNATURES.slice(0, 3)

/** Bytes that often start like an image, then anything. */
const bytes = fc
  .tuple(fc.constantFrom(...SIGNATURES), fc.uint8Array({ maxLength: 64 }))
  .map(([head, tail]) => new Uint8Array([...head, ...tail]))

/** Mostly images under names the example's material may use; now and then anything. */
const handed = fc.array(
  fc.record({
    name: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('note.png', 'note.jpg', 'holiday.webp') },
      { weight: 1, arbitrary: fc.constantFrom(...NAMES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    ),
    content: fc.oneof({ weight: 4, arbitrary: bytes }, fc.constant(new Uint8Array(EXAMPLE))),
  }),
  { maxLength: 3 },
)

describe('readScenarioFiles on anything', () => {
  it('opens with only real images, or refuses with one plain message', async () => {
    await fc.assert(
      fc.asyncProperty(handed, async (files) => {
        const given = files.map(({ name, content }) => new File([content], name))
        // The example is always there, under its own name, so some runs get past the checks.
        given.push(new File([new Uint8Array(EXAMPLE)], 'locker-note.yaml'))
        const outcome = await readScenarioFiles(given).then(
          (opened) => ({ opened }),
          (error: unknown) => ({ error }),
        )
        if ('error' in outcome) {
          expect(outcome.error).toBeInstanceOf(Error)
          const message = (outcome.error as Error).message
          expect(message.length).toBeGreaterThan(10)
          expect(message).not.toMatch(/undefined|\[object Object\]|at .+:\d+:\d+/)
          return
        }
        const media = outcome.opened.media
        expect(ScenarioMedia.safeParse(media).success).toBe(true)
        for (const url of Object.values(media)) {
          const data = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64')
          // Checked here by hand, not by the sniffer under test.
          expect(IMAGE_HEADS.some((head) => head.every((b, i) => data[i] === b))).toBe(true)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('takes any bytes that start as a png, jpeg or webp under the name a material uses', async () => {
    const image = fc
      .tuple(fc.constantFrom(...IMAGE_HEADS), fc.uint8Array({ maxLength: 256 }))
      .map(([head, tail]) => new Uint8Array([...head, ...tail]))
    await fc.assert(
      fc.asyncProperty(image, async (content) => {
        const opened = await readScenarioFiles([
          new File([new Uint8Array(EXAMPLE)], 'locker-note.yaml'),
          new File([content], 'note.png'),
        ])
        const url = opened.media['media/note.png']
        expect(url).toBe(
          `data:${sniffImageType(content) ?? ''};base64,${Buffer.from(content).toString('base64')}`,
        )
      }),
      { numRuns: 100 },
    )
  })
})
