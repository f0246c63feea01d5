/**
 * Crash safety for real: a child process saves a growing session as fast as it can and
 * is killed with SIGKILL at random moments, many times. After every kill the save the
 * child last acknowledged (or the one after it, if the kill came between its rename and
 * its ack) is on disk, whole, and valid — never a torn or empty file.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
// esbuild comes with tsx: bundling the child once makes each restart a plain, fast `node`.
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readSavedSession } from '../../../contract/session-records'
import { Notices } from '../../../electron/main/persistence/notices'
import { SessionStore } from '../../../electron/main/persistence/session-store'

const KILLS = 30
const child = fileURLToPath(new URL('./crash-child.ts', import.meta.url))
let dir: string
let bundled: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ntk-crash-'))
  bundled = join(dir, 'crash-child.bundle.mjs')
  await build({
    entryPoints: [child],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundled,
  })
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A small seeded generator, so a failing run can be repeated with its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** Starts the child, waits for `acks` acknowledgements plus a random delay, kills it. */
function runAndKill(acks: number, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [bundled, dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let last = 0
    let seen = 0
    let buffered = ''
    proc.stdout.setEncoding('utf8')
    proc.stdout.on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        const match = /^ack (\d+)$/.exec(line)
        if (match?.[1] === undefined) continue
        last = Number(match[1])
        seen += 1
        if (seen === acks) setTimeout(() => proc.kill('SIGKILL'), delayMs)
      }
    })
    proc.on('error', reject)
    proc.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(last)
      else reject(new Error(`the child exited on its own (${String(signal)})`))
    })
  })
}

async function eventsIn(file: string): Promise<number> {
  const read = readSavedSession(JSON.parse(await readFile(file, 'utf8')))
  if (!read.ok) throw new Error(read.reason)
  return read.session.log.events.length
}

describe('crash safety', () => {
  it(
    `keeps the last acknowledged save through ${KILLS} SIGKILLs`,
    { timeout: 240_000 },
    async () => {
      const seed = Date.now() % 100_000
      const next = random(seed)
      let floor = 0
      for (let kill = 1; kill <= KILLS; kill += 1) {
        const lastAck = await runAndKill(1 + Math.floor(next() * 6), Math.floor(next() * 12))
        const context = `seed ${seed}, kill ${kill}, last ack ${lastAck}`
        const onDisk = await eventsIn(join(dir, 'crash.json'))
        expect([lastAck, lastAck + 1], context).toContain(onDisk)
        expect(onDisk, context).toBeGreaterThan(floor)
        // The backup is the save before, or — killed between rotation and rename — the same.
        // The very first save has no backup yet.
        if (onDisk > 1) {
          const backup = await eventsIn(join(dir, 'crash.backup.json'))
          expect([onDisk - 1, onDisk], context).toContain(backup)
        }
        floor = onDisk
      }
      const names = await readdir(dir)
      expect(names.filter((name) => name.includes('corrupt'))).toEqual([])
      const notices = new Notices()
      const loaded = await new SessionStore(dir, notices).load('crash')
      expect(loaded).toMatchObject({ ok: true, restoredFromBackup: false })
      expect(notices.take()).toEqual([])
    },
  )
})
