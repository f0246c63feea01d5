/**
 * A feedback form typed into the app (engine/hseep/feedback-entry.ts): blank answers are left
 * out, an empty form is refused, and what is added is summarized as Appendix C prints it.
 */
import { describe, expect, it } from 'vitest'
import {
  EMPTY_DRAFT,
  FeedbackResponse,
  responseFromDraft,
  summarizeFeedback,
} from '../../../engine/hseep'
import { shippedScenarios } from './read-back'

const threatPost = shippedScenarios().find((s) => s.id === 'threat-post')
if (threatPost === undefined) throw new Error('threat-post is shipped')
const { scenario } = threatPost
const objective = scenario.objectives[0]?.id ?? ''

describe('a feedback response from the app', () => {
  it('keeps what was answered and leaves out the blanks', () => {
    const result = responseFromDraft(
      {
        role: '  Assistant principal ',
        conduct: { realism: 4, structure: 5 },
        objectives: { [objective]: 2 },
        answers: { issues: ' Night calls ', unseen: '   ', changes: '' },
      },
      'r1',
    )
    expect(result).toEqual({
      ok: true,
      response: {
        id: 'r1',
        role: 'Assistant principal',
        conduct: { realism: 4, structure: 5 },
        objectives: { [objective]: 2 },
        answers: { issues: 'Night calls' },
      },
    })
    if (result.ok) expect(FeedbackResponse.safeParse(result.response).success).toBe(true)
  })

  it('leaves the role out when none was given', () => {
    const result = responseFromDraft({ ...EMPTY_DRAFT, conduct: { fit: 3 } }, 'r2')
    expect(result.ok && 'role' in result.response).toBe(false)
  })

  it('refuses an empty form, even with a role, and an agreement off the scale', () => {
    const empty = responseFromDraft(
      { ...EMPTY_DRAFT, role: 'Coach', answers: { issues: ' ' } },
      'r3',
    )
    expect(empty).toEqual({
      ok: false,
      problem:
        'This form is empty: mark at least one statement or answer one question before adding it.',
    })
    expect(responseFromDraft({ ...EMPTY_DRAFT, conduct: { realism: 6 } }, 'r4')).toEqual({
      ok: false,
      problem: 'Each agreement must be a whole number from 1 to 5.',
    })
  })

  it('is summarized with the others: counts, means and the open answers', () => {
    const responses = [
      responseFromDraft({ ...EMPTY_DRAFT, conduct: { realism: 4 }, answers: { issues: 'A' } }, 'a'),
      responseFromDraft(
        { ...EMPTY_DRAFT, conduct: { realism: 5 }, objectives: { [objective]: 3 } },
        'b',
      ),
    ].flatMap((r) => (r.ok ? [r.response] : []))
    const summary = summarizeFeedback(scenario, responses)
    expect(summary.responses).toBe(2)
    expect(summary.conduct.find((l) => l.text.includes('plausible'))).toMatchObject({
      mean: 4.5,
      answers: 2,
    })
    expect(summary.objectives[0]).toMatchObject({ mean: 3, answers: 1 })
    expect(summary.answers.find((a) => a.answers.length > 0)?.answers).toEqual(['A'])
  })
})
