/**
 * A Windows .ico holding PNG images (the format Windows has read since Vista): a 6-byte
 * header, one 16-byte entry per image, then the PNGs themselves, all little-endian.
 */
export interface IcoImage {
  /** Width and height in pixels, 1 to 256. */
  size: number
  png: Buffer
}

const HEADER = 6
const ENTRY = 16

export function icoFromPngs(images: readonly IcoImage[]): Buffer {
  const header = Buffer.alloc(HEADER + ENTRY * images.length)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // 1 = icon
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(({ size, png }, index) => {
    if (!Number.isInteger(size) || size < 1 || size > 256) {
      throw new Error(`an icon image is 1 to 256 pixels wide, not ${String(size)}`)
    }
    const at = HEADER + ENTRY * index
    header.writeUInt8(size % 256, at) // 0 stands for 256
    header.writeUInt8(size % 256, at + 1)
    header.writeUInt8(0, at + 2) // no palette
    header.writeUInt8(0, at + 3) // reserved
    header.writeUInt16LE(1, at + 4) // colour planes
    header.writeUInt16LE(32, at + 6) // bits per pixel
    header.writeUInt32LE(png.length, at + 8)
    header.writeUInt32LE(offset, at + 12)
    offset += png.length
  })
  return Buffer.concat([header, ...images.map((image) => image.png)])
}

/** The images of an .ico written by `icoFromPngs`, as its directory describes them. */
export function readIco(ico: Buffer): IcoImage[] {
  if (ico.length < HEADER || ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) {
    throw new Error('not an .ico file')
  }
  return Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
    const at = HEADER + ENTRY * index
    const size = ico.readUInt8(at) || 256
    const length = ico.readUInt32LE(at + 8)
    const offset = ico.readUInt32LE(at + 12)
    return { size, png: ico.subarray(offset, offset + length) }
  })
}
