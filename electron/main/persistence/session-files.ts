/**
 * Where a session's files live and how one is read and judged. A session `<id>` is
 * `<id>.json`, its previous save `<id>.backup.json`; an unreadable file is renamed to
 * `<id>.corrupt-<timestamp>.json` and kept for whoever wants to look at it.
 */
import { access, readdir, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { SessionId, type SavedSessionData } from '../../../contract/host-schemas'
import { readSavedSession } from '../../../contract/session-records'

export type ReadResult =
  | { readonly kind: 'ok'; readonly session: SavedSessionData; readonly text: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly reason: string }

export class SessionPaths {
  constructor(readonly dir: string) {}

  primary(id: string): string {
    return join(this.dir, `${checkedId(id)}.json`)
  }

  backup(id: string): string {
    return join(this.dir, `${checkedId(id)}.backup.json`)
  }

  /** Every id with a primary or a backup file, so a session whose primary was lost is found. */
  async ids(): Promise<readonly string[]> {
    const names = await readdir(this.dir).catch(emptyIfMissing)
    const ids = new Set<string>()
    for (const name of names) {
      const match = /^(.+?)(\.backup)?\.json$/.exec(name)
      if (match?.[1] !== undefined && SessionId.safeParse(match[1]).success) ids.add(match[1])
    }
    return [...ids].sort()
  }

  /** Renames `file` to a fresh `<id>.corrupt-<timestamp>.json` and returns the new name. */
  async moveAside(file: string, id: string, now: Date): Promise<string> {
    const stamp = now.toISOString().replace(/[:.]/g, '-')
    for (let attempt = 0; ; attempt += 1) {
      const suffix = attempt === 0 ? '' : `-${attempt}`
      const target = join(this.dir, `${checkedId(id)}.corrupt-${stamp}${suffix}.json`)
      if (!(await exists(target))) {
        await rename(file, target)
        return target
      }
    }
  }
}

/** Reads and validates one session file; `id` must match the one inside. */
export async function readSessionFile(file: string, id: string): Promise<ReadResult> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (isMissing(error)) return { kind: 'missing' }
    throw error
  }
  return judge(text, id)
}

function judge(text: string, id: string): ReadResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { kind: 'invalid', reason: 'the file is truncated or is not JSON' }
  }
  // The same reading as the browser host's: migrate the stored version, then validate.
  const read = readSavedSession(json)
  if (!read.ok) {
    return { kind: 'invalid', reason: `the file does not hold a valid session: ${read.reason}` }
  }
  if (read.session.id !== id) return { kind: 'invalid', reason: 'the file holds another session' }
  return { kind: 'ok', session: read.session, text }
}

/** Defence in depth: the IPC layer already refused such ids, but a path is built here. */
function checkedId(id: string): string {
  if (!SessionId.safeParse(id).success) throw new Error(`Invalid session id "${id}"`)
  return id
}

export function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT'
}

function emptyIfMissing(error: unknown): string[] {
  if (isMissing(error)) return []
  throw error
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file)
    return true
  } catch {
    return false
  }
}
