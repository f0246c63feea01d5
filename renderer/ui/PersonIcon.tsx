/** A person's outline in SVG: emoji fonts are not on every projector laptop. */
export function PersonIcon() {
  return (
    <svg
      className="person-icon"
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="8" r="4.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
      <path
        d="M3.5 21.5c0-4.7 3.8-7.5 8.5-7.5s8.5 2.8 8.5 7.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
      />
    </svg>
  )
}
