/**
 * An objective's HSEEP core capability by the name documents print, or a plain statement
 * that the scenario maps it to none (documents never guess one).
 */
import { capabilityName, type CoreCapability } from '../scenario/capabilities'

export function capabilityLabel(capability: CoreCapability | undefined): string {
  return capability === undefined ? 'Not mapped to a core capability' : capabilityName(capability)
}
