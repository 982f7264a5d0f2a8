import { STATS_PRESETS, vietnamYear, type StatsParams } from '../params'

type UnitOption = { id: number | string; label: string }

/**
 * The filters of a statistics page as a plain GET form (works without JavaScript): period preset,
 * year, custom dates, unit. `units` lists what the reader may choose; `allUnitsLabel` null hides
 * the province-wide choice (a contributor's dashboard).
 */
export function StatsFilters({
  action,
  params,
  units,
  allUnitsLabel = 'Toàn tỉnh',
  idPrefix = 'tk',
}: {
  action: string
  params: StatsParams
  units: UnitOption[]
  allUnitsLabel?: string | null
  idPrefix?: string
}) {
  const thisYear = vietnamYear()
  const years = Array.from({ length: 12 }, (_, i) => thisYear - i)
  const id = (name: string) => `${idPrefix}-${name}`
  return (
    <form className="app-stats-filter" method="get" action={action} aria-label="Chọn kỳ và đơn vị thống kê">
      <div className="app-stats-filter__field">
        <label htmlFor={id('ky')}>Kỳ thống kê</label>
        <select id={id('ky')} name="ky" defaultValue={params.preset}>
          {STATS_PRESETS.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <div className="app-stats-filter__field">
        <label htmlFor={id('nam')}>Năm (cho “Cả năm”, “6 tháng”)</label>
        <select id={id('nam')} name="nam" defaultValue={String(params.year ?? thisYear)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="app-stats-filter__field">
        <label htmlFor={id('tu')}>Từ ngày (kỳ tùy chọn)</label>
        <input id={id('tu')} name="tu" type="date" defaultValue={params.fromDay ?? ''} />
      </div>
      <div className="app-stats-filter__field">
        <label htmlFor={id('den')}>Đến ngày (kỳ tùy chọn)</label>
        <input id={id('den')} name="den" type="date" defaultValue={params.toDay ?? ''} />
      </div>
      <div className="app-stats-filter__field app-stats-filter__field--wide">
        <label htmlFor={id('don-vi')}>Đơn vị (gồm cả đơn vị trực thuộc)</label>
        <select id={id('don-vi')} name="don-vi" defaultValue={params.unitId === null ? '' : String(params.unitId)}>
          {allUnitsLabel !== null ? <option value="">{allUnitsLabel}</option> : null}
          {units.map((u) => (
            <option key={u.id} value={String(u.id)}>
              {u.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="app-stats-filter__submit">
        Xem thống kê
      </button>
    </form>
  )
}
