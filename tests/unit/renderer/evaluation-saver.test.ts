import { describe, expect, it } from 'vitest'
import { emptyEvaluation, type Evaluation } from '../../../engine/hseep/evaluation'
import { EvaluationSaver, type SaveState } from '../../../renderer/debrief/evaluation-saver'

/** A write the test settles by hand, to order saves as a slow disk would. */
function deferredWrites() {
  const calls: { evaluation: Evaluation; settle: (error?: Error) => void }[] = []
  const write = (evaluation: Evaluation) =>
    new Promise<void>((resolve, reject) => {
      calls.push({
        evaluation,
        settle: (error) => {
          if (error === undefined) resolve()
          else reject(error)
        },
      })
    })
  return { calls, write }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))
const version = (n: number): Evaluation => ({
  ...emptyEvaluation('threat-post', '2026-12-02'),
  details: { ...emptyEvaluation('threat-post', '2026-12-02').details, location: `room ${n}` },
})

describe('EvaluationSaver', () => {
  it('keeps one save in flight and then writes only the newest change', async () => {
    const { calls, write } = deferredWrites()
    const states: SaveState[] = []
    const saver = new EvaluationSaver(write, (s) => states.push(s))
    saver.save(version(1))
    saver.save(version(2))
    saver.save(version(3))
    expect(calls.map((c) => c.evaluation.details.location)).toEqual(['room 1'])
    calls[0]?.settle()
    await flush()
    expect(calls.map((c) => c.evaluation.details.location)).toEqual(['room 1', 'room 3'])
    calls[1]?.settle()
    await flush()
    expect(states.at(-1)).toEqual({ kind: 'saved' })
  })

  it('reports a failed save with its reason, and a retry writes the newest change again', async () => {
    const { calls, write } = deferredWrites()
    const states: SaveState[] = []
    const saver = new EvaluationSaver(write, (s) => states.push(s))
    saver.save(version(1))
    calls[0]?.settle(new Error('The disk is full.'))
    await flush()
    expect(states.at(-1)).toEqual({ kind: 'failed', reason: 'The disk is full.' })

    saver.retry()
    expect(states.at(-1)).toEqual({ kind: 'saving' })
    expect(calls[1]?.evaluation.details.location).toBe('room 1')
    calls[1]?.settle()
    await flush()
    expect(states.at(-1)).toEqual({ kind: 'saved' })
  })

  it('does not call a save good when an earlier write failed and nothing newer was written', async () => {
    const { calls, write } = deferredWrites()
    const states: SaveState[] = []
    const saver = new EvaluationSaver(write, (s) => states.push(s))
    saver.save(version(1))
    saver.save(version(2))
    calls[0]?.settle()
    await flush()
    calls[1]?.settle(new Error('Quota exceeded.'))
    await flush()
    expect(states.at(-1)).toEqual({ kind: 'failed', reason: 'Quota exceeded.' })
  })
})
