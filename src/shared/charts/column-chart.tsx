import { Legend, legendLayout } from './bar-chart'
import { formatNumber } from './format'
import { seriesColour } from './palette'
import type { ChartData } from './types'

const PLOT_H = 160
const AXIS_H = 22
/** At most this many category labels under the axis, so they never overlap at 360 px. */
const MAX_TICKS = 5

/** A round step for about four grid lines: 1, 2, 5 × 10^n. */
export function niceStep(max: number): number {
  const raw = Math.max(1, max) / 4
  const power = 10 ** Math.floor(Math.log10(raw))
  const m = raw / power
  return Math.max(1, (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power)
}

/**
 * A column chart for a series over time (months), drawn on the server: x positions are
 * percentages (the chart fills any width), heights and text are pixels. Grid values are written
 * above their lines; only every k-th month is labelled under the axis; the table gives them all.
 */
export function ColumnChart({ data, labelledBy }: { data: ChartData; labelledBy: string }) {
  const { series, rows } = data
  const step = niceStep(Math.max(0, ...rows.flatMap((r) => r.values)))
  const gridMax = Math.max(step, Math.ceil(Math.max(1, ...rows.flatMap((r) => r.values)) / step) * step)
  const top = legendLayout(series.map((s) => s.label)).height + 18
  const height = top + PLOT_H + AXIS_H
  const slot = 100 / Math.max(1, rows.length)
  const every = Math.max(1, Math.ceil(rows.length / MAX_TICKS))
  const barPct = (slot * 0.72) / Math.max(1, series.length)
  const grid: number[] = []
  for (let v = 0; v <= gridMax; v += step) grid.push(v)
  const y = (v: number) => top + PLOT_H - (v / gridMax) * PLOT_H
  return (
    <svg
      className="app-chart__svg"
      role="img"
      aria-labelledby={labelledBy}
      width="100%"
      height={height}
      focusable="false"
    >
      {series.length > 1 && <Legend series={series.map((s) => s.label)} />}
      {grid.map((v) => (
        <line
          key={v}
          x1="0"
          x2="100%"
          y1={y(v)}
          y2={y(v)}
          className={v === 0 ? 'app-chart__axis' : 'app-chart__grid'}
        />
      ))}
      {rows.map((row, i) =>
        series.map((s, j) => {
          const value = row.values[j] ?? 0
          const h = (value / gridMax) * PLOT_H
          return (
            <rect
              key={`${row.key}-${s.key}`}
              x={`${i * slot + slot * 0.14 + j * barPct}%`}
              y={top + PLOT_H - h}
              width={`${barPct}%`}
              height={Math.max(h, value > 0 ? 1 : 0)}
              fill={seriesColour(j)}
            >
              <title>{`${row.label} – ${s.label}: ${formatNumber(value)}`}</title>
            </rect>
          )
        }),
      )}
      {grid
        .filter((v) => v > 0)
        .map((v) => (
          <text key={v} x="2" y={y(v) - 4} className="app-chart__tick app-chart__tick--value">
            {formatNumber(v)}
          </text>
        ))}
      {rows.map((row, i) =>
        i % every === 0 ? (
          <text key={row.key} y={top + PLOT_H + 16} className="app-chart__tick" {...tickPosition(i, slot)}>
            {axisLabel(row.label)}
          </text>
        ) : null,
      )}
    </svg>
  )
}

/** Centred under its column, but kept inside the chart at both ends. */
function tickPosition(i: number, slot: number): { x: string; textAnchor: 'start' | 'middle' | 'end' } {
  const centre = (i + 0.5) * slot
  if (centre < 10) return { x: `${i * slot}%`, textAnchor: 'start' }
  if (centre > 90) return { x: `${(i + 1) * slot}%`, textAnchor: 'end' }
  return { x: `${centre}%`, textAnchor: 'middle' }
}

/** "03/2026" → "03/26" under the axis (the table gives the full month). */
export const axisLabel = (label: string): string =>
  /^\d{2}\/\d{4}$/.test(label) ? `${label.slice(0, 3)}${label.slice(5)}` : label
