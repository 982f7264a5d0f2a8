/** What a chart draws: categories (rows) with one value per series (columns). */
export type ChartData = {
  series: { key: string; label: string }[]
  rows: { key: string; label: string; values: number[] }[]
}
