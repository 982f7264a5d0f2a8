import Link from 'next/link'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { Pagination } from '@/shared/ui/pagination'
import type { FacetOption, Facets } from '../server/facets'
import type { DocumentList } from '../server/find-documents'
import { listHref, PARAM_NAMES, SORTS, type DocumentFilters, type FilterName } from '../server/list-params'
import { DocumentItems } from './document-items'
import { LegalSubNav } from './sub-nav'
import './legal-documents.css'

const FACETS: { name: FilterName; label: string }[] = [
  { name: 'type', label: 'Loại văn bản' },
  { name: 'issuer', label: 'Cơ quan ban hành' },
  { name: 'year', label: 'Năm ban hành' },
  { name: 'field', label: 'Lĩnh vực' },
  { name: 'status', label: 'Tình trạng hiệu lực' },
]

const chosenValue = (filters: DocumentFilters, name: FilterName): string | null => {
  const value = filters[name]
  return value === null ? null : String(value)
}

function FacetSelect({
  name,
  label,
  options,
  value,
}: {
  name: FilterName
  label: string
  options: FacetOption[]
  value: string | null
}) {
  const id = `ld-filter-${name}`
  return (
    <div className="app-filter__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={PARAM_NAMES[name]} defaultValue={value ?? ''}>
        <option value="">Tất cả</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label} ({o.count})
          </option>
        ))}
      </select>
    </div>
  )
}

/** The chosen filters, each with a link that removes it. */
function ChosenFilters({ filters, facets }: { filters: DocumentFilters; facets: Facets }) {
  const chosen = FACETS.flatMap((f) => {
    const value = chosenValue(filters, f.name)
    if (value === null) return []
    const label = facets[f.name].find((o) => o.value === value)?.label ?? value
    return [{ ...f, value, valueLabel: label }]
  })
  if (chosen.length === 0) return null
  return (
    <>
      <h2 className="app-visually-hidden">Bộ lọc đang dùng</h2>
      <ul className="app-ld-chosen">
        {chosen.map((c) => (
          <li key={c.name}>
            <Link href={listHref(filters, { [c.name]: null })}>
              Bỏ lọc {c.label.toLowerCase()}: {c.valueLabel}
            </Link>
          </li>
        ))}
        {chosen.length > 1 ? (
          <li>
            <Link href="/van-ban">Bỏ tất cả bộ lọc</Link>
          </li>
        ) : null}
      </ul>
    </>
  )
}

/** /van-ban: filters with counts (plain GET form, works without JavaScript), results, pages. */
export function DocumentListView({
  filters,
  list,
  facets,
}: {
  filters: DocumentFilters
  list: DocumentList
  facets: Facets
}) {
  return (
    <>
      <Breadcrumbs items={[{ label: 'Văn bản pháp luật' }]} />
      <h1>
        Văn bản pháp luật
        {list.page > 1 ? <span className="app-muted"> – trang {list.page}</span> : null}
      </h1>
      <LegalSubNav current="/van-ban" />
      <form method="get" action="/van-ban" className="app-filter app-ld-filter" aria-labelledby="ld-filter-title">
        <h2 id="ld-filter-title" className="app-visually-hidden">
          Lọc văn bản
        </h2>
        {FACETS.map((f) => (
          <FacetSelect
            key={f.name}
            name={f.name}
            label={f.label}
            options={facets[f.name]}
            value={chosenValue(filters, f.name)}
          />
        ))}
        <div className="app-filter__field">
          <label htmlFor="ld-filter-sort">Sắp xếp</label>
          <select id="ld-filter-sort" name={PARAM_NAMES.sort} defaultValue={filters.sort}>
            {SORTS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Lọc văn bản</button>
      </form>
      <ChosenFilters filters={filters} facets={facets} />
      <section aria-labelledby="ld-results" className="app-ld-results">
        <h2 id="ld-results">
          {list.totalDocs === 0 ? 'Không có văn bản nào phù hợp' : `Tìm thấy ${list.totalDocs} văn bản`}
        </h2>
        {list.totalDocs === 0 ? (
          <p>Hãy bỏ bớt bộ lọc để xem thêm văn bản.</p>
        ) : (
          <DocumentItems docs={list.docs} headingLevel={3} />
        )}
        <Pagination page={list.page} totalPages={list.totalPages} hrefFor={(page) => listHref(filters, { page })} />
      </section>
    </>
  )
}
