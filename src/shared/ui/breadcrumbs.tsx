import Link from 'next/link'
import { absoluteUrl } from './site-url'

export type Crumb = { label: string; href?: string }

/**
 * schema.org BreadcrumbList of a trail (home first): every crumb with its address; the last one is
 * the page itself and may go without.
 */
export function breadcrumbLd(all: Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: all.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.label,
      ...(item.href ? { item: absoluteUrl(item.href) } : {}),
    })),
  }
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function jsonLdText(data: Record<string, unknown> | Record<string, unknown>[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

/**
 * Breadcrumb trail; the current page is the last item, not a link. It carries its BreadcrumbList
 * for search engines, unless the page already puts one in its own JSON-LD (`ld={false}`).
 */
export function Breadcrumbs({ items, ld = true }: { items: Crumb[]; ld?: boolean }) {
  const all: Crumb[] = [{ label: 'Trang chủ', href: '/' }, ...items]
  return (
    <nav aria-label="Đường dẫn" className="app-breadcrumbs">
      {ld ? (
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(breadcrumbLd(all)) }} />
      ) : null}
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
