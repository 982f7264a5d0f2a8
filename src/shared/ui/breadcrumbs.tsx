import Link from 'next/link'

export type Crumb = { label: string; href?: string }

/** Breadcrumb trail; the current page is the last item, not a link. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const all: Crumb[] = [{ label: 'Trang chủ', href: '/' }, ...items]
  return (
    <nav aria-label="Đường dẫn" className="app-breadcrumbs">
      <ol>
        {all.map((item, i) => (
          <li key={`${item.label}-${i}`}>
            {item.href && i < all.length - 1 ? (
              <Link href={item.href}>{item.label}</Link>
            ) : (
              <span aria-current={i === all.length - 1 ? 'page' : undefined}>{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
