/**
 * The user's own scenarios, as YAML files under `<userData>/scenarios/` (with their
 * material images, if any, beside each in `<name>.media.json`), and reading a
 * scenario file the user opened from anywhere. Files are data: their text is returned
 * as written and validated by the engine, never run.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import {
  LIMITS,
  ScenarioFileName,
  ScenarioMedia,
  type ScenarioMediaData,
  type UserScenarioData,
} from '../../../contract/host-schemas'
import { writeFileAtomic } from './atomic-write'
import { isMissing } from './session-files'

export class ScenarioStore {
  constructor(readonly dir: string) {}

  /** The user's scenarios, by name; a file that cannot be a scenario is skipped, not touched. */
  async list(): Promise<UserScenarioData[]> {
    const names = await readdir(this.dir).catch((error: unknown) => {
      if (isMissing(error)) return []
      throw error
    })
    const scenarios: UserScenarioData[] = []
    for (const name of names.filter((n) => ScenarioFileName.safeParse(n).success).sort()) {
      const scenario = await readScenarioFile(join(this.dir, name)).catch(() => null)
      if (scenario !== null) scenarios.push(scenario)
    }
    return scenarios
  }

  /**
   * Saves (or overwrites) one scenario atomically and returns it as now on disk. `media`
   * replaces its images (empty removes them); without it the saved images are kept.
   */
  async save(name: string, text: string, media?: ScenarioMediaData): Promise<UserScenarioData> {
    const fileName = ScenarioFileName.parse(name)
    if (media !== undefined) await this.writeMedia(fileName, media)
    await writeFileAtomic(join(this.dir, fileName), text)
    return readScenarioFile(join(this.dir, fileName))
  }

  /** Deletes one scenario and its images; a scenario already gone is not an error. */
  async delete(name: string): Promise<void> {
    const fileName = ScenarioFileName.parse(name)
    await rm(join(this.dir, fileName), { force: true })
    await rm(this.mediaFile(fileName), { force: true })
  }

  /** The images saved with a scenario; none if it has none or their file is damaged. */
  async media(name: string): Promise<ScenarioMediaData> {
    return (await this.readMedia(ScenarioFileName.parse(name))) ?? {}
  }

  private mediaFile(name: string): string {
    return join(this.dir, `${name}${MEDIA_SUFFIX}`)
  }

  private async writeMedia(name: string, media: ScenarioMediaData): Promise<void> {
    if (Object.keys(media).length === 0) await rm(this.mediaFile(name), { force: true })
    else await writeFileAtomic(this.mediaFile(name), JSON.stringify(media))
  }

  /** The saved images; a damaged file means none (the scenario still plays, without them). */
  // Read only on demand, never by list(): listing the library must not carry every image.
  private async readMedia(name: string): Promise<ScenarioMediaData | undefined> {
    const text = await readFile(this.mediaFile(name), 'utf8').catch(() => null)
    if (text === null) return undefined
    try {
      const parsed = ScenarioMedia.safeParse(JSON.parse(text))
      return parsed.success ? parsed.data : undefined
    } catch {
      return undefined
    }
  }
}

const MEDIA_SUFFIX = '.media.json'

/** Reads one scenario file, refusing what is too big to be one (a wrong pick in the dialog). */
export async function readScenarioFile(file: string): Promise<UserScenarioData> {
  const info = await stat(file)
  if (!info.isFile()) throw new Error(`${file} is not a file`)
  // A UTF-8 character is at least one byte, so this bounds the text before reading it.
  if (info.size > LIMITS.textChars) {
    throw new Error(`${basename(file)} is too large to be a scenario (${info.size} bytes)`)
  }
  const text = await readFile(file, 'utf8')
  return { name: ScenarioFileName.parse(basename(file)), text, savedAt: info.mtime.toISOString() }
}
