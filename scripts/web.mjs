#!/usr/bin/env node
// @ts-check
// `npm run web`: builds the web edition, then serves dist-web at http://127.0.0.1:$PORT
// (default 4173), bound to loopback only. Files are served by @fastify/static (a malformed
// path such as /%E0%A4%A gets a 400, never a crash or a stack trace).
// `--no-build` serves what is already built (the e2e suite builds once, then serves).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import Fastify from 'fastify'

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

const app = Fastify({
  logger: false,
  // A URL the router cannot decode: a plain 400 (Fastify would otherwise answer in JSON).
  frameworkErrors: (_error, _request, reply) => {
    // The generic reply type of this hook admits no status; it is a plain reply all the same.
    const plain = /** @type {import('fastify').FastifyReply} */ (/** @type {unknown} */ (reply))
    void plain.code(400).type('text/plain').send('bad request')
  },
})
app.addHook('onSend', async (_request, reply, payload) => {
  reply.header('cache-control', 'no-store')
  reply.header('x-content-type-options', 'nosniff')
  return payload
})
app.setNotFoundHandler(async (_request, reply) => {
  await reply.code(404).type('text/plain').send('not found')
})
// Whatever goes wrong with a request, the answer is a status and a word, never a stack.
app.setErrorHandler(async (/** @type {{ statusCode?: number }} */ error, _request, reply) => {
  const status = Number(error.statusCode)
  const code = Number.isInteger(status) && status >= 400 && status < 600 ? status : 500
  await reply
    .code(code)
    .type('text/plain')
    .send(code < 500 ? 'bad request' : 'server error')
})
await app.register(fastifyStatic, {
  root: dist,
  index: 'index.html',
  dotfiles: 'deny',
  cacheControl: false,
  etag: false,
})
await app.listen({ host: '127.0.0.1', port })
console.log(`Need to Know (web edition): http://127.0.0.1:${port}/`)
