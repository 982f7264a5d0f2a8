import Link from 'next/link'
import type { SearchFilters } from '../engine/types'
import type { FacetGroup, FacetOption } from '../server/facet-groups'
import { searchHref } from '../server/parse-filters'

/** Values shown at once in a group; the rest open under "Xem thêm". */
const VISIBLE = 8

function OptionLink({
  query,
  filters,
  group,
  option,
}: {
  query: string
  filters: SearchFilters
  group: FacetGroup
  option: FacetOption
}) {
  const chosen = group.chosen?.value === option.value
  const next = { ...filters, [group.name]: group.name === 'year' ? Number(option.value) : option.value }
  return (
    <li>
      <Link
        href={searchHref(query, next)}
        aria-current={chosen ? 'true' : undefined}
        className="app-search-facets__option"
      >
        <span className="app-search-facets__label">{option.label}</span>{' '}
        <span className="app-search-facets__count">
          {option.count}
          <span className="app-visually-hidden"> kết quả</span>
        </span>
      </Link>
    </li>
  )
}

/**
 * The filter groups of a result page as lists of links (no JavaScript needed): every link keeps
 * the query and the other filters and goes back to page 1; the chosen value is marked with
 * aria-current, and "Tất cả" drops the group's filter. `idPrefix` keeps ids unique when the
 * groups are rendered twice (the narrow and the wide layout).
 */
export function SearchFacets({
  query,
  filters,
  groups,
  idPrefix,
}: {
  query: string
  filters: SearchFilters
  groups: FacetGroup[]
  idPrefix: string
}) {
  return (
    <div className="app-search-facets">
      {groups.map((group) => {
        const headingId = `${idPrefix}-facet-${group.name}`
        const shown = group.options.slice(0, VISIBLE)
        const more = group.options.slice(VISIBLE)
        // The chosen value stays in sight even when it ranks below the first few.
        if (group.chosen && !shown.includes(group.chosen)) {
          shown.push(group.chosen)
          more.splice(more.indexOf(group.chosen), 1)
        }
        const option = (o: FacetOption) => (
          <OptionLink key={o.value} query={query} filters={filters} group={group} option={o} />
        )
        return (
          <section key={group.name} className="app-search-facets__group" aria-labelledby={headingId}>
            <h3 id={headingId} className="app-search-facets__title">
              {group.label}
            </h3>
            <ul className="app-search-facets__list">
              {group.chosen ? (
                <li>
                  <Link href={searchHref(query, { ...filters, [group.name]: undefined })}>
                    Tất cả<span className="app-visually-hidden"> ({group.label.toLowerCase()})</span>
                  </Link>
                </li>
              ) : null}
              {shown.map(option)}
            </ul>
            {more.length > 0 ? (
              <details className="app-search-facets__more">
                <summary>
                  Xem thêm {more.length}
                  <span className="app-visually-hidden"> mục {group.label.toLowerCase()}</span>
                </summary>
                <ul className="app-search-facets__list">{more.map(option)}</ul>
              </details>
            ) : null}
          </section>
        )
      })}
    </div>
  )
}

/** The chosen filters, each with a link that removes it; shown above the results on every screen. */
export function ChosenFilters({
  query,
  filters,
  groups,
}: {
  query: string
  filters: SearchFilters
  groups: FacetGroup[]
}) {
  const chosen = groups.filter((g) => g.chosen)
  if (chosen.length === 0) return null
  return (
    <div className="app-search-chosen">
      <h3 className="app-visually-hidden">Bộ lọc đang dùng</h3>
      <ul>
        {chosen.map((g) => (
          <li key={g.name}>
            <Link href={searchHref(query, { ...filters, [g.name]: undefined })}>
              Bỏ lọc {g.label.toLowerCase()}: {g.chosen?.label}
            </Link>
          </li>
        ))}
        {chosen.length > 1 ? (
          <li>
            <Link href={searchHref(query, {})}>Bỏ tất cả bộ lọc</Link>
          </li>
        ) : null}
      </ul>
    </div>
  )
}
