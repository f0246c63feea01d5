import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY } from '../../../engine/policy/default-policy'
import { parsePolicy } from '../../../engine/policy/parse'
import { ROLE_KINDS } from '../../../engine/scenario/schema'

describe('the default policy profile', () => {
  it('policies/default.yaml parses to exactly the DEFAULT_POLICY constant', () => {
    const text = readFileSync('policies/default.yaml', 'utf8')
    const parsed = parsePolicy(text, 'policies/default.yaml')
    expect(parsed).toEqual({ ok: true, policy: DEFAULT_POLICY, diagnostics: [] })
  })

  it('follows the table of docs/scoring.md, "Policy profiles"', () => {
    const { sensitivities: s } = DEFAULT_POLICY
    const broad = ['parents', 'media', 'public']
    const table = {
      directory: [ROLE_KINDS.filter((k) => !broad.includes(k)), []],
      observation: [
        [
          'school-admin',
          'school-mental-health',
          'school-health',
          'threat-team',
          'district',
          'law-enforcement',
          'emergency-services',
        ],
        ['school-staff', 'community-health', 'parent'],
      ],
      'education-record': [
        ['school-admin', 'school-mental-health', 'school-health', 'threat-team', 'district'],
        ['school-staff', 'law-enforcement', 'emergency-services', 'community-health'],
      ],
      health: [
        ['school-health', 'school-mental-health'],
        [
          'school-staff',
          'school-admin',
          'threat-team',
          'law-enforcement',
          'emergency-services',
          'community-health',
        ],
      ],
      'law-enforcement': [
        ['law-enforcement', 'threat-team', 'school-admin'],
        [
          'district',
          'emergency-services',
          'school-mental-health',
          'school-health',
          'school-staff',
          'parent',
        ],
      ],
    } as const
    for (const [sensitivity, [allowed, emergency]] of Object.entries(table)) {
      const rule = s[sensitivity as keyof typeof s]
      expect([...rule.allowed].sort(), `${sensitivity} allowed`).toEqual([...allowed].sort())
      expect([...rule.emergency].sort(), `${sensitivity} emergency`).toEqual([...emergency].sort())
    }
  })
})

describe('parsePolicy', () => {
  const valid = `name: strict
sensitivities:
  directory: { allowed: [school-admin] }
  observation: { allowed: [school-admin] }
  education-record: { allowed: [school-admin] }
  health: { allowed: [school-health], emergency: [school-admin] }
  law-enforcement: { allowed: [law-enforcement] }
`
  it('reads a custom profile, defaulting a missing emergency list to empty', () => {
    const parsed = parsePolicy(valid, 'strict.yaml')
    if (!parsed.ok) throw new Error('expected a policy')
    expect(parsed.policy.name).toBe('strict')
    expect(parsed.policy.sensitivities.directory.emergency).toEqual([])
    expect(parsed.policy.sensitivities.health.emergency).toEqual(['school-admin'])
  })

  it('locates an unknown role kind at its line and column', () => {
    const parsed = parsePolicy(valid.replace('[law-enforcement]', '[police]'), 'p.yaml')
    expect(parsed.ok).toBe(false)
    expect(parsed.diagnostics).toHaveLength(1)
    const [d] = parsed.diagnostics
    expect(d).toMatchObject({ file: 'p.yaml', line: 7, col: 32, severity: 'error' })
    expect(d?.message).toContain('item 1 of "allowed"')
    expect(d?.message).toContain('in "sensitivities.law-enforcement"')
    expect(d?.message).toContain('must be one of "school-staff"')
    expect(d?.message).toContain('not "police"')
  })

  it('names an unknown sensitivity at its key', () => {
    const parsed = parsePolicy(`${valid}  public: { allowed: [media] }\n`, 'p.yaml')
    expect(parsed.diagnostics).toHaveLength(1)
    expect(parsed.diagnostics[0]).toMatchObject({ line: 8, col: 3 })
    expect(parsed.diagnostics[0]?.message).toContain('public facts go to anyone')
  })

  it('reports a missing field on the object it is missing from', () => {
    const parsed = parsePolicy(valid.replace('name: strict\n', ''), 'p.yaml')
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({
        line: 1,
        col: 1,
        message: 'missing required field "name" in the policy profile',
      }),
    ])
  })

  it('reports YAML syntax errors and empty files as one clear message', () => {
    expect(parsePolicy('name: [unclosed', 'p.yaml').ok).toBe(false)
    const empty = parsePolicy('', 'p.yaml')
    expect(empty.ok).toBe(false)
    expect(empty.diagnostics[0]?.message).toContain('policies/default.yaml')
  })
})

describe('parsePolicy messages', () => {
  it('says what is wrong with a value of the wrong type', () => {
    const parsed = parsePolicy('name: 5\nsensitivities: {}\n', 'p.yaml')
    expect(parsed.diagnostics[0]).toMatchObject({ line: 1, col: 7 })
    expect(parsed.diagnostics[0]?.message).toBe('"name" must be text, not 5')
  })
})
