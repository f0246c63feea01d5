import type { ThreatLevel } from '../../engine/scenario/schema'

const NAMES = ['None', 'Concern', 'Credible', 'Imminent'] as const
/** A shape per level, so the level reads without colour (and in a grey printout). */
const ICONS = ['○', '◔', '◑', '●'] as const

export function threatName(level: ThreatLevel): string {
  return NAMES[level]
}

/** The threat level as icon + number + word, on the level's colour. */
export function ThreatBadge({
  level,
  size = 'normal',
}: {
  level: ThreatLevel
  size?: 'small' | 'normal' | 'large'
}) {
  return (
    <span className={`threat threat-${level} threat-${size}`}>
      <span aria-hidden="true">{ICONS[level]}</span>{' '}
      {size === 'small' ? level : `Threat ${level}: ${NAMES[level]}`}
      {size === 'small' && <span className="visually-hidden"> {NAMES[level]}</span>}
    </span>
  )
}
