/**
 * Where each inject starts in the YAML text, so the studio can move the cursor to an inject
 * clicked in the graph. Uses the same position-keeping parser as validation, so the line is
 * the one `ttx validate` would report for that inject.
 */
import { parseYamlWithPositions, type Position } from '../scenario/yaml-source'

/** inject id -> 1-based line and column of its entry in `injects`. Empty if unreadable. */
export function injectPositions(text: string): Map<string, Position> {
  const source = parseYamlWithPositions(text, 'scenario.yaml')
  const positions = new Map<string, Position>()
  const injects = isRecord(source.value) ? source.value.injects : undefined
  if (!Array.isArray(injects)) return positions
  injects.forEach((inject: unknown, index) => {
    if (isRecord(inject) && typeof inject.id === 'string') {
      positions.set(inject.id, source.locate(['injects', index, 'id'], 'key'))
    }
  })
  return positions
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
