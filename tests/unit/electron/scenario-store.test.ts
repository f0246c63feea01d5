import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ScenarioStore, readScenarioFile } from '../../../electron/main/persistence/scenario-store'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ntk-scenarios-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('ScenarioStore', () => {
  it('saves under its own directory and lists by name', async () => {
    const store = new ScenarioStore(join(dir, 'scenarios'))
    const saved = await store.save('bus-stop.yaml', 'id: bus-stop\n')
    await store.save('Assembly (draft).yml', 'id: assembly\n')
    expect(saved.name).toBe('bus-stop.yaml')
    expect(Date.parse(saved.savedAt)).not.toBeNaN()
    expect(await readFile(join(dir, 'scenarios', 'bus-stop.yaml'), 'utf8')).toBe('id: bus-stop\n')
    const list = await store.list()
    expect(list.map((s) => [s.name, s.text])).toEqual([
      ['Assembly (draft).yml', 'id: assembly\n'],
      ['bus-stop.yaml', 'id: bus-stop\n'],
    ])
  })

  it('overwrites by name, leaving no temp file', async () => {
    const store = new ScenarioStore(dir)
    await store.save('a.yaml', 'one')
    await store.save('a.yaml', 'two')
    expect(await readdir(dir)).toEqual(['a.yaml'])
    expect(await readFile(join(dir, 'a.yaml'), 'utf8')).toBe('two')
  })

  it.each(['../evil.yaml', 'sub/dir.yaml', '..\\evil.yaml', '.hidden.yaml', 'x.exe', 'a..yaml'])(
    'refuses the name %j and writes nothing',
    async (name) => {
      const store = new ScenarioStore(join(dir, 'scenarios'))
      await expect(store.save(name, 'x')).rejects.toThrow()
      expect(await readdir(dir)).toEqual([])
    },
  )

  it('lists nothing when the directory does not exist yet, and skips non-scenarios', async () => {
    expect(await new ScenarioStore(join(dir, 'none')).list()).toEqual([])
    await writeFile(join(dir, 'notes.txt'), 'not a scenario')
    expect(await new ScenarioStore(dir).list()).toEqual([])
  })

  it('reads an opened file, refusing one too large to be a scenario', async () => {
    await writeFile(join(dir, 'big.yaml'), Buffer.alloc(5_000_001, 0x61))
    await expect(readScenarioFile(join(dir, 'big.yaml'))).rejects.toThrow(/too large/)
    await writeFile(join(dir, 'ok.yaml'), 'id: ok\n')
    expect(await readScenarioFile(join(dir, 'ok.yaml'))).toMatchObject({
      name: 'ok.yaml',
      text: 'id: ok\n',
    })
  })

  describe('material images', () => {
    const media = { 'media/note.png': 'data:image/png;base64,iVBORw0KGgo=' }

    it('keeps them beside the scenario; saving text alone keeps them, an empty set removes them', async () => {
      const store = new ScenarioStore(dir)
      await store.save('a.yaml', 'one', media)
      expect(await readdir(dir)).toEqual(['a.yaml', 'a.yaml.media.json'])
      expect(await store.media('a.yaml')).toEqual(media)
      await store.save('a.yaml', 'two')
      expect(await store.media('a.yaml')).toEqual(media)
      // The list carries no images: they are read for the one scenario that is played.
      expect(await store.list()).toEqual([
        { name: 'a.yaml', text: 'two', savedAt: expect.any(String) as string },
      ])
      await store.save('a.yaml', 'three', {})
      expect(await readdir(dir)).toEqual(['a.yaml'])
      expect(await store.media('a.yaml')).toEqual({})
    })

    it.each([
      ['not JSON', '{"media/note.png": '],
      ['a remote URL', JSON.stringify({ 'media/note.png': 'https://evil.example/x.png' })],
      ['a path out of the folder', JSON.stringify({ '../x.png': media['media/note.png'] })],
    ])('reads none when their file holds %s', async (_name, text) => {
      const store = new ScenarioStore(dir)
      await store.save('a.yaml', 'one')
      await writeFile(join(dir, 'a.yaml.media.json'), text)
      expect(await store.media('a.yaml')).toEqual({})
      expect(await store.list()).toMatchObject([{ name: 'a.yaml', text: 'one' }])
    })

    it('refuses a name that is not a scenario file name', async () => {
      await expect(new ScenarioStore(dir).media('../a.yaml')).rejects.toThrow()
    })
  })
})
