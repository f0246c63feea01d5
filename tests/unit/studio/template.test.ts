import { describe, expect, it } from 'vitest'
import { loadScenario } from '../../../engine/scenario/load'
import { SKELETON } from '../../../engine/studio/template'

describe('the new-scenario skeleton', () => {
  it('validates with no error and no warning', () => {
    const result = loadScenario(SKELETON, 'new-scenario.yaml', { imageExists: () => true })
    expect(result.diagnostics).toEqual([])
    expect(result.scenario?.injects.map((inject) => inject.id)).toEqual(['hallway', 'office'])
  })
})
