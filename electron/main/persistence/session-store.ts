/**
 * Sessions on disk, losing nothing: every save is atomic and keeps the previous save as
 * a backup; a load validates the file and, when it is truncated or corrupt, moves it aside
 * (never deletes it), restores the backup and queues a notice for the user.
 */
import { copyFile, link, open, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type {
  LoadedSessionData,
  SavedSessionData,
  SessionSummaryData,
} from '../../../contract/host-schemas'
import { TEMP_SUFFIX, tempPathFor, writeFileAtomic } from './atomic-write'
import type { Notices } from './notices'
import { SerialQueue } from './serial-queue'
import { SessionPaths, isMissing, readSessionFile } from './session-files'
import { newestFirst, summarise, toStoredSession } from '../../../contract/session-records'

export class SessionStore {
  readonly #paths: SessionPaths
  readonly #queue = new SerialQueue()
  /** Ids whose primary file this process wrote or read as valid, so saves need not re-read it. */
  readonly #verified = new Set<string>()

  constructor(
    dir: string,
    private readonly notices: Notices,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.#paths = new SessionPaths(dir)
  }

  save(session: SavedSessionData): Promise<void> {
    return this.#queue.run(async () => {
      await this.#keepPreviousAsBackup(session.id)
      await writeFileAtomic(this.#paths.primary(session.id), serialize(session))
      this.#verified.add(session.id)
    })
  }

  load(id: string): Promise<LoadedSessionData> {
    return this.#queue.run(() => this.#load(id))
  }

  /** Every session, newest first; loading each one also recovers a corrupt one. */
  list(): Promise<SessionSummaryData[]> {
    return this.#queue.run(async () => {
      await this.#sweepTempFiles()
      const summaries: SessionSummaryData[] = []
      for (const id of await this.#paths.ids()) {
        const loaded = await this.#load(id)
        if (loaded.ok) summaries.push(summarise(loaded.session))
      }
      return summaries.sort(newestFirst)
    })
  }

  /** Deletes a session and its backup; files moved aside as corrupt are left for the user. */
  delete(id: string): Promise<void> {
    return this.#queue.run(async () => {
      await rm(this.#paths.primary(id), { force: true })
      await rm(this.#paths.backup(id), { force: true })
      this.#verified.delete(id)
    })
  }

  async #load(id: string): Promise<LoadedSessionData> {
    const primaryFile = this.#paths.primary(id)
    const primary = await readSessionFile(primaryFile, id)
    if (primary.kind === 'ok') {
      this.#verified.add(id)
      return { ok: true, session: primary.session, restoredFromBackup: false }
    }
    let problem = `the saved session "${id}" was missing`
    if (primary.kind === 'invalid') {
      const aside = await this.#paths.moveAside(primaryFile, id, this.now())
      problem = `the saved session "${id}" could not be read (${primary.reason}); it was kept as ${aside}`
    }
    return this.#restoreBackup(id, problem, primary.kind === 'missing')
  }

  async #restoreBackup(
    id: string,
    problem: string,
    primaryMissing: boolean,
  ): Promise<LoadedSessionData> {
    const backupFile = this.#paths.backup(id)
    const backup = await readSessionFile(backupFile, id)
    if (backup.kind === 'ok') {
      await writeFileAtomic(this.#paths.primary(id), backup.text)
      this.#verified.add(id)
      this.notices.push(
        `${capitalize(problem)}. The previous save was restored; the last step may be missing.`,
      )
      return { ok: true, session: backup.session, restoredFromBackup: true }
    }
    if (backup.kind === 'missing' && primaryMissing) {
      return { ok: false, message: `There is no saved session "${id}".` }
    }
    let message = `${capitalize(problem)}, and there is no backup to restore.`
    if (backup.kind === 'invalid') {
      const aside = await this.#paths.moveAside(backupFile, id, this.now())
      message = `${capitalize(problem)}, and its backup could not be read either (${backup.reason}); it was kept as ${aside}.`
    }
    this.notices.push(message)
    return { ok: false, message }
  }

  /**
   * Makes the current primary file the backup, atomically and without a moment where the
   * primary is absent: a hard link to it is renamed over the backup, then the new save is
   * renamed over the primary. A primary not known to be valid is checked first, so a
   * corrupt file never replaces a good backup.
   */
  async #keepPreviousAsBackup(id: string): Promise<void> {
    const primaryFile = this.#paths.primary(id)
    if (!this.#verified.has(id)) {
      const current = await readSessionFile(primaryFile, id)
      if (current.kind === 'missing') return
      if (current.kind === 'invalid') {
        const aside = await this.#paths.moveAside(primaryFile, id, this.now())
        this.notices.push(
          `A saved session could not be read (${current.reason}); it was kept as ${aside}.`,
        )
        return
      }
    }
    const temp = tempPathFor(this.#paths.backup(id))
    try {
      await linkOrCopy(primaryFile, temp)
    } catch (error) {
      if (isMissing(error)) return
      throw error
    }
    await rename(temp, this.#paths.backup(id))
  }

  /** Temp files are left only by a crash mid-write; the file they were meant for is intact. */
  async #sweepTempFiles(): Promise<void> {
    const names = await readdir(this.#paths.dir).catch(() => [])
    for (const name of names) {
      if (name.startsWith('.') && name.endsWith(TEMP_SUFFIX)) {
        await rm(join(this.#paths.dir, name), { force: true })
      }
    }
  }
}

/** Hard links are instant; a file system without them (FAT, some shares) gets a synced copy. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to)
  } catch (error) {
    if (isMissing(error)) throw error
    await copyFile(from, to)
    const handle = await open(to, 'r+')
    await handle.sync().finally(() => handle.close())
  }
}

function serialize(session: SavedSessionData): string {
  return `${JSON.stringify(toStoredSession(session), null, 2)}\n`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
