/**
 * Numbers written the Vietnamese way: dots between thousands, a comma before decimals
 * (1.234.567 · 12,5). Written by hand rather than with Intl so the output never depends on the
 * ICU data the server happens to ship.
 */
export function formatNumber(value: number, maxDecimals = 1): string {
  if (!Number.isFinite(value)) return '–'
  const factor = 10 ** maxDecimals
  const rounded = Math.round(Math.abs(value) * factor) / factor
  const [whole = '0', fraction = ''] = rounded.toFixed(maxDecimals).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  const decimals = fraction.replace(/0+$/, '')
  const sign = value < 0 && rounded !== 0 ? '-' : ''
  return decimals ? `${sign}${grouped},${decimals}` : `${sign}${grouped}`
}

/** "1.234 người", or just the number when there is no measure. */
export function formatMeasure(value: number, measure?: string): string {
  return measure ? `${formatNumber(value)} ${measure}` : formatNumber(value)
}
