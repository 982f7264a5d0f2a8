import type { ReactNode } from 'react'
import { BarChart } from './bar-chart'
import { ColumnChart } from './column-chart'
import { DataTable, type DataTableProps } from './data-table'
import './charts.css'

export type ChartFigureProps = DataTableProps & {
  /** unique in the page: ids of the caption and the description come from it */
  id: string
  chart: 'bar' | 'line' | 'none'
  note?: string
  /** links shown under the table (e.g. "Tải bảng (XLSX)") */
  actions?: ReactNode
}

/**
 * One figure of a statistics page: a heading-like caption, the chart (an SVG image labelled by
 * the caption and a description) and the data table, always rendered below it, so no chart is
 * the only way to read a figure.
 */
export function ChartFigure({ id, chart, note, actions, ...table }: ChartFigureProps) {
  const captionId = `${id}-tieu-de`
  const descId = `${id}-mo-ta`
  const data = { series: table.columns, rows: table.rows }
  const hasData = table.rows.some((r) => r.values.some((v) => v !== 0))
  const kind = chart === 'bar' ? 'Biểu đồ thanh ngang' : 'Biểu đồ cột theo thời gian'
  return (
    <figure className="app-chart" id={id}>
      <figcaption id={captionId} className="app-chart__caption">
        {table.caption}
      </figcaption>
      {chart !== 'none' && hasData ? (
        <>
          <p id={descId} className="app-chart__desc">
            {kind}; số liệu đầy đủ ở bảng ngay dưới.
          </p>
          <div className="app-chart__plot">
            {chart === 'bar' ? (
              <BarChart data={data} labelledBy={`${captionId} ${descId}`} />
            ) : (
              <ColumnChart data={data} labelledBy={`${captionId} ${descId}`} />
            )}
          </div>
        </>
      ) : null}
      <DataTable {...table} total={table.total ?? chart === 'line'} captionHidden />
      {note ? <p className="app-chart__note">{note}</p> : null}
      {actions ? <div className="app-chart__actions">{actions}</div> : null}
    </figure>
  )
}
