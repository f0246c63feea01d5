/**
 * The user's own scenarios, as YAML files under `<userData>/scenarios/`, and reading a
 * scenario file the user opened from anywhere. Files are data: their text is returned
 * as written and validated by the engine, never run.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { LIMITS, ScenarioFileName, type UserScenarioData } from '../../ipc/schemas'
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

  /** Saves (or overwrites) one scenario atomically and returns it as now on disk. */
  async save(name: string, text: string): Promise<UserScenarioData> {
    const file = join(this.dir, ScenarioFileName.parse(name))
    await writeFileAtomic(file, text)
    return readScenarioFile(file)
  }
}

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
