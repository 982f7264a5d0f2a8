import { statusLabel } from '../constants'

/** The effect status as a coloured label; the words carry the meaning, the colour only repeats it. */
export function StatusBadge({ status }: { status: string | null | undefined }) {
  const value = status ?? 'chua-xac-dinh'
  return <span className={`app-ld-status app-ld-status--${value}`}>{statusLabel(value)}</span>
}
