import { describe, expect, it } from 'vitest'
import { buildInjectGraph } from '../../../engine/studio/graph'
import { layoutGraph, NODE_HEIGHT, shapeOf } from '../../../renderer/studio/graph/layout'
import { lockerNote } from './scenarios'

describe('layoutGraph', () => {
  it('places injects top to bottom in story order, branches side by side', () => {
    const placed = layoutGraph(buildInjectGraph(lockerNote))
    const y = (id: string) => placed.get(id)?.y ?? Number.NaN
    const x = (id: string) => placed.get(id)?.x ?? Number.NaN
    expect(y('team') - y('found')).toBeGreaterThanOrEqual(NODE_HEIGHT)
    expect(y('sro-informed') - y('team')).toBeGreaterThanOrEqual(NODE_HEIGHT)
    expect(y('sro-informed')).toBe(y('sro-unaware'))
    expect(x('sro-informed')).not.toBe(x('sro-unaware'))
  })
})

describe('shapeOf', () => {
  it('ignores titles and times, and notices a new edge', () => {
    const before = shapeOf(buildInjectGraph(lockerNote))
    const retitled = {
      ...lockerNote,
      injects: lockerNote.injects.map((inject) => ({ ...inject, title: 'x', at: '07:30' })),
    }
    expect(shapeOf(buildInjectGraph(retitled))).toBe(before)
    const rewired = {
      ...lockerNote,
      injects: lockerNote.injects.map((inject) =>
        inject.id === 'sro-informed' ? { ...inject, next: 'sro-unaware' } : inject,
      ),
    }
    expect(shapeOf(buildInjectGraph(rewired))).not.toBe(before)
  })
})
