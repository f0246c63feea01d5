/**
 * `npm run icons`: draws resources/icon.svg (the one drawing of the app's icon) as the
 * bitmaps packaging needs, written beside it and committed: icon.png (1024 px, Linux and
 * macOS) and icon.ico (16 to 256 px, Windows). Chromium renders them, so no image library
 * is needed; run it after changing the SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config'
import { icoFromPngs } from './ico'

const resources = resolve(import.meta.dirname, '..', 'resources')
const svg = readFileSync(join(resources, 'icon.svg'), 'utf8')
const ICO_SIZES = [16, 32, 48, 256]

async function render(browser: Browser, size: number): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: size, height: size } })
  const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`)
  await page.setContent(`<body style="margin:0">${sized}</body>`)
  const png = await page.screenshot({ omitBackground: true })
  await page.close()
  return png
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
try {
  writeFileSync(join(resources, 'icon.png'), await render(browser, 1024))
  const images = []
  for (const size of ICO_SIZES) images.push({ size, png: await render(browser, size) })
  writeFileSync(join(resources, 'icon.ico'), icoFromPngs(images))
} finally {
  await browser.close()
}
