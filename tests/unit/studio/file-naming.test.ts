import { describe, expect, it } from 'vitest'
import {
  copyName,
  fileNameForId,
  withYamlExtension,
  wouldReplace,
} from '../../../renderer/studio/file-naming'

describe('file naming', () => {
  it('names a file from the id', () => {
    expect(fileNameForId('bus-stop')).toBe('bus-stop.yaml')
  })

  it('adds the extension, and falls back for an empty name', () => {
    expect(withYamlExtension(' drill ', 'x.yaml')).toBe('drill.yaml')
    expect(withYamlExtension('drill.YML', 'x.yaml')).toBe('drill.YML')
    expect(withYamlExtension('  ', 'bus-stop.yaml')).toBe('bus-stop.yaml')
  })

  it('asks before replacing a file other than the one being edited', () => {
    const existing = ['bus-stop.yaml', 'drill.yaml']
    expect(wouldReplace('bus-stop.yaml', existing, undefined)).toBe(true)
    expect(wouldReplace('bus-stop.yaml', existing, 'drill.yaml')).toBe(true)
    expect(wouldReplace('bus-stop.yaml', existing, 'bus-stop.yaml')).toBe(false)
    expect(wouldReplace('new.yaml', existing, undefined)).toBe(false)
  })

  it('finds a free name for a copy', () => {
    expect(copyName('bus-stop.yaml', [])).toBe('bus-stop-copy.yaml')
    expect(copyName('bus-stop.yaml', ['bus-stop-copy.yaml'])).toBe('bus-stop-copy-2.yaml')
    expect(copyName('bus-stop-copy.yaml', ['bus-stop-copy.yaml'])).toBe('bus-stop-copy-2.yaml')
  })
})
