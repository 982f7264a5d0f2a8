/** Display helpers shared by the attempt page's server and client parts. */

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000))
  const m = Math.floor(total / 60)
  const s = total % 60
  return m > 0 ? `${m} phút ${s} giây` : `${s} giây`
}

export const formatScore = (score: number | null, max: number | null): string =>
  `${(score ?? 0).toLocaleString('vi-VN')}/${(max ?? 0).toLocaleString('vi-VN')}`

/** mm:ss (or h:mm:ss) for the countdown. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const pad = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`
}
