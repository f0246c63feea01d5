#!/usr/bin/env node
// @ts-check
// `npm run web`: builds the web edition, then serves dist-web at http://127.0.0.1:$PORT
// (default 4173) with a tiny static server bound to loopback only.
// `--no-build` serves what is already built (the e2e suite builds once, then serves).
import { spawnSync } from 'node:child_process'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const dist = join(root, 'dist-web')
const port = Number(process.env.PORT ?? 4173)

if (!process.argv.includes('--no-build')) {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js')
  const built = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.web.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (built.status !== 0) process.exit(built.status ?? 1)
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error('web: dist-web/index.html is missing; run without --no-build')
  process.exit(1)
}

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
}

/**
 * The file for a URL path, or null when it is outside dist-web or missing.
 * @param {string} urlPath
 */
function fileFor(urlPath) {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  const file = normalize(join(dist, path === '/' ? 'index.html' : path))
  if (file !== dist && !file.startsWith(dist + sep)) return null
  return existsSync(file) && statSync(file).isFile() ? file : null
}

const server = createServer((request, response) => {
  const file = fileFor(request.url ?? '/')
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    return
  }
  response.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  createReadStream(file).pipe(response)
})

server.listen(port, '127.0.0.1', () => {
  console.log(`Need to Know (web edition): http://127.0.0.1:${port}/`)
})
