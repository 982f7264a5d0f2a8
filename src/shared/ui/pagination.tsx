import Link from 'next/link'

/** Numbered pagination; `hrefFor(1)` must be the list's first page. */
export function Pagination({
  page,
  totalPages,
  hrefFor,
}: {
  page: number
  totalPages: number
  hrefFor: (page: number) => string
}) {
  if (totalPages <= 1) return null
  const pages = new Set<number>([1, totalPages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= totalPages))
  const sorted = [...pages].sort((a, b) => a - b)
  return (
    <nav aria-label="Phân trang" className="app-pagination">
      <ul>
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev">
              ‹ Trang trước
            </Link>
          </li>
        ) : null}
        {sorted.map((p, i) => (
          <li key={p}>
            {i > 0 && p - (sorted[i - 1] ?? p) > 1 ? <span className="app-pagination__gap">…</span> : null}
            {p === page ? (
              <span aria-current="page" className="app-pagination__current">
                <span className="app-visually-hidden">Trang </span>
                {p}
              </span>
            ) : (
              <Link href={hrefFor(p)} aria-label={`Trang ${p}`}>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < totalPages ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next">
              Trang sau ›
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
