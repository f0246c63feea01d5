/**
 * The app's icon: one SVG drawing, and the bitmaps `npm run icons` makes of it for the
 * packages, which electron-builder.yml and the web page must actually name.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { icoFromPngs, readIco } from '../../../scripts/ico'

const root = resolve(import.meta.dirname, '..', '..', '..')
const read = (path: string): Buffer => readFileSync(join(root, path))

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))
  expect(png.toString('latin1', 12, 16)).toBe('IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/** A minimal PNG-shaped buffer of a given size (only the header is read). */
function fakePng(size: number, marker: number): Buffer {
  const png = Buffer.alloc(33 + marker)
  Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]).copy(png)
  png.write('IHDR', 12, 'latin1')
  png.writeUInt32BE(size, 16)
  png.writeUInt32BE(size, 20)
  return png
}

describe('icoFromPngs', () => {
  it('writes a directory that finds each image again, 256 stored as 0', () => {
    const images = [16, 48, 256].map((size, index) => ({ size, png: fakePng(size, index) }))
    const ico = icoFromPngs(images)
    expect(ico.readUInt16LE(4)).toBe(3)
    expect(ico.readUInt8(6 + 16 * 2)).toBe(0)
    expect(readIco(ico)).toEqual(images)
  })

  it('refuses a size an .ico cannot hold', () => {
    expect(() => icoFromPngs([{ size: 512, png: fakePng(512, 0) }])).toThrow('1 to 256')
  })
})

describe('the committed icons', () => {
  it('icon.png is a 1024-pixel square', () => {
    expect(pngSize(read('resources/icon.png'))).toEqual({ width: 1024, height: 1024 })
  })

  it('icon.ico holds 16, 32, 48 and 256-pixel PNGs of those sizes', () => {
    const images = readIco(read('resources/icon.ico'))
    expect(images.map((image) => image.size)).toEqual([16, 32, 48, 256])
    for (const { size, png } of images) expect(pngSize(png)).toEqual({ width: size, height: size })
  })

  it('electron-builder.yml names icon files that exist', () => {
    const config = parse(read('electron-builder.yml').toString()) as {
      icon: string
      win: { icon: string }
    }
    expect(config.icon).toBe('resources/icon.png')
    expect(config.win.icon).toBe('resources/icon.ico')
    expect(() => read(config.icon)).not.toThrow()
    expect(() => read(config.win.icon)).not.toThrow()
  })

  it('the web page links the SVG as its icon, so no browser asks for /favicon.ico', () => {
    const html = read('renderer/index.html').toString()
    expect(html).toMatch(
      /<link rel="icon" type="image\/svg\+xml" href="\.\.\/resources\/icon\.svg" \/>/,
    )
    expect(read('resources/icon.svg').toString()).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
    )
  })
})
