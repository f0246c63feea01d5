/**
 * Atomic file writes: the data goes to a temporary file in the same directory, is
 * flushed to disk (fsync), and is renamed over the target. A rename within one directory
 * is atomic, so a reader — or the app after a crash, a kill or a power cut — sees either
 * the old file or the new one, never half of either.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Temporary files carry this suffix so a store can sweep the ones a crash left behind. */
export const TEMP_SUFFIX = '.tmp'

export function tempPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${randomUUID()}${TEMP_SUFFIX}`)
}

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(file)
  await mkdir(dir, { recursive: true })
  const temp = tempPathFor(file)
  try {
    await writeAndSync(temp, data)
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await syncDirectory(dir)
}

async function writeAndSync(file: string, data: string | Uint8Array): Promise<void> {
  // 'wx': the temp name is fresh; failing on an existing file guards against a clash.
  const handle = await open(file, 'wx', 0o600)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Flushes the directory entry so the rename itself survives a power cut. Windows cannot
 * open a directory for syncing; there the rename is as durable as NTFS makes it.
 */
export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
