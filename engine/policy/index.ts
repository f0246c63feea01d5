/** Privacy policy profiles: the schema, the default profile, parsing and the disclosure rule. */
export { Policy, POLICY_FORMAT, RULED_SENSITIVITIES, SensitivityRule } from './schema'
export type { PolicyInput, RuledSensitivity } from './schema'
export { DEFAULT_POLICY } from './default-policy'
export { parsePolicy, type PolicyParse } from './parse'
export {
  checkDisclosure,
  EMERGENCY_THREAT,
  isAllowed,
  isBroadAudience,
  isProtected,
  type AllowedBecause,
  type Disclosure,
  type DisclosureQuery,
  type RefusedBecause,
} from './disclosure'
