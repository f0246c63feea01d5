import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadScenario } from '../../../engine/scenario/load'
import {
  imageUrl,
  materialImagePaths,
  normalizeImagePath,
  sniffImageType,
} from '../../../engine/scenario/material-images'

const fixtures = join(import.meta.dirname, '../../fixtures')
const bytes = (...values: number[]) => new Uint8Array(values)

describe('sniffImageType: by the bytes, not the name', () => {
  it('knows a real png', () => {
    expect(sniffImageType(readFileSync(join(fixtures, 'images/note.png')))).toBe('image/png')
  })

  it.each([
    ['jpeg', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'image/jpeg'],
    ['webp', new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '), 'image/webp'],
    [
      'riff that is not webp (a wav)',
      new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WAVEfmt '),
      undefined,
    ],
    ['svg, which can hold script', new TextEncoder().encode('<svg onload="alert(1)"/>'), undefined],
    ['html', new TextEncoder().encode('<!doctype html><script>'), undefined],
    ['a truncated png signature', bytes(0x89, 0x50, 0x4e), undefined],
    ['nothing', bytes(), undefined],
  ])('%s', (_name, data, expected) => {
    expect(sniffImageType(data)).toBe(expected)
  })
})

describe('materialImagePaths', () => {
  it('lists the valid image paths once each, in order, skipping refused ones', () => {
    const text = readFileSync(join(fixtures, 'locker-note.yaml'), 'utf8')
    const scenario = loadScenario(text, 'locker-note.yaml', { imageExists: () => true }).scenario
    expect(scenario).toBeDefined()
    if (!scenario) return
    const [first, ...rest] = scenario.injects
    if (!first) throw new Error('the example has injects')
    const materials = [
      { kind: 'image' as const, image: 'media/note.png' },
      { kind: 'image' as const, image: '../outside.png' },
      { kind: 'image' as const, image: 'media/map.webp' },
      { kind: 'image' as const, image: 'media/note.png' },
      { kind: 'image' as const, image: 'media/evil.svg' },
    ]
    const changed = { ...scenario, injects: [{ ...first, materials }, ...rest] }
    expect(materialImagePaths(changed)).toEqual(['media/note.png', 'media/map.webp'])
  })
})

describe('imageUrl finds an image however its path is spelled', () => {
  const media = { 'media/note.png': 'data:image/png;base64,AA==' }
  it.each([
    'media/note.png',
    './media/note.png',
    'media\\note.png',
    'media//note.png',
    'x/../media/note.png',
  ])('%s', (path) => {
    expect(imageUrl(media, path)).toBe('data:image/png;base64,AA==')
  })

  it('and nothing else', () => {
    expect(imageUrl(media, 'media/other.png')).toBeUndefined()
    expect(normalizeImagePath('./a/./b/../c.png')).toBe('a/c.png')
  })
})
