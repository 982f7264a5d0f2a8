import { formatNumber } from './format'

export type DataTableProps = {
  caption: string
  /** header of the first column */
  dimension: string
  columns: { key: string; label: string; measure?: string }[]
  rows: { key: string; label: string; values: number[] }[]
  /** a total row, for columns that add up */
  total?: boolean
  /** the caption is read by screen readers only (a visible figure caption says the same) */
  captionHidden?: boolean
}

/**
 * The figures of a chart as an accessible table: caption, column headers with their measure,
 * row headers, numbers in Vietnamese format aligned right. It scrolls sideways on a phone, and the
 * scrolling region can be reached with the keyboard.
 */
export function DataTable({ caption, dimension, columns, rows, total, captionHidden }: DataTableProps) {
  const totals = columns.map((_, i) => rows.reduce((sum, r) => sum + (r.values[i] ?? 0), 0))
  return (
    <div className="app-data-table" role="region" aria-label={`Bảng: ${caption}`} tabIndex={0}>
      <table>
        <caption className={captionHidden ? 'app-data-table__caption--hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{dimension}</th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="app-data-table__num">
                {c.label}
                {c.measure ? <span className="app-data-table__measure"> ({c.measure})</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length + 1}>Không có số liệu trong kỳ này.</td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {columns.map((c, i) => (
                  <td key={c.key} className="app-data-table__num">
                    {formatNumber(r.values[i] ?? 0)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
        {total && rows.length > 1 ? (
          <tfoot>
            <tr>
              <th scope="row">Tổng cộng</th>
              {totals.map((v, i) => (
                <td key={columns[i]?.key ?? i} className="app-data-table__num">
                  {formatNumber(v)}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  )
}
