import { formatNumber } from './format'
import { seriesColour, shortLabel } from './palette'
import type { ChartData } from './types'

const LABEL_H = 20
const BAR_H = 16
const GAP = 12
/** Bars stop at 76 % of the width so the value after the longest one still fits at 360 px. */
const MAX_PCT = 76

/**
 * A horizontal bar chart for categories, drawn on the server. Widths are percentages and text
 * sizes are pixels, so the chart fills any width while its text stays readable on a phone. Each
 * category is a line of text with its bars (one per series) and their values below it.
 */
export function BarChart({ data, labelledBy }: { data: ChartData; labelledBy: string }) {
  const { series, rows } = data
  const max = Math.max(1, ...rows.flatMap((r) => r.values))
  const rowH = LABEL_H + series.length * (BAR_H + 4) + GAP
  const top = legendLayout(series.map((s) => s.label)).height
  const height = top + rows.length * rowH
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
      {rows.map((row, i) => {
        const y = top + i * rowH
        return (
          <g key={row.key}>
            <text x="0" y={y + 14} className="app-chart__label">
              {shortLabel(row.label)}
            </text>
            {series.map((s, j) => {
              const value = row.values[j] ?? 0
              const pct = (value / max) * MAX_PCT
              const by = y + LABEL_H + j * (BAR_H + 4)
              return (
                <g key={s.key}>
                  <rect
                    x="0"
                    y={by}
                    width={`${Math.max(pct, value > 0 ? 0.6 : 0)}%`}
                    height={BAR_H}
                    fill={seriesColour(j)}
                    rx="2"
                  />
                  <text x={`${pct}%`} dx="6" y={by + 13} className="app-chart__value" fill={seriesColour(j)}>
                    {formatNumber(value)}
                  </text>
                </g>
              )
            })}
          </g>
        )
      })}
    </svg>
  )
}

/** Legend items in one line when they fit in 320 px, else one per line. */
export function legendLayout(series: string[]): { items: { label: string; x: number; y: number }[]; height: number } {
  const widths = series.map((label) => 28 + Math.min(label.length, 24) * 7.5)
  const oneLine = widths.reduce((a, b) => a + b, 0) <= 320
  let x = 0
  const items = series.map((label, i) => {
    const item = oneLine ? { label, x, y: 0 } : { label, x: 0, y: i * 22 }
    x += widths[i] ?? 0
    return item
  })
  return { items, height: series.length <= 1 ? 4 : oneLine ? 28 : series.length * 22 + 6 }
}

export function Legend({ series }: { series: string[] }) {
  return (
    <g>
      {legendLayout(series).items.map(({ label, x, y }, i) => (
        <g key={label}>
          <rect x={x} y={y + 6} width="14" height="14" fill={seriesColour(i)} rx="2" />
          <text x={x + 20} y={y + 18} className="app-chart__legend">
            {shortLabel(label, 24)}
          </text>
        </g>
      ))}
    </g>
  )
}
