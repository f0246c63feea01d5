import type { ReactNode } from 'react'

/** A titled section that folds away: the console keeps the rarely used tools out of sight. */
export function Drawer({
  title,
  open = false,
  children,
}: {
  title: ReactNode
  open?: boolean
  children: ReactNode
}) {
  return (
    <details className="drawer panel" open={open}>
      <summary>
        <h2 className="inline-heading">{title}</h2>
      </summary>
      <div className="drawer-body">{children}</div>
    </details>
  )
}
