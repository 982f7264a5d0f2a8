import Link from 'next/link'

const LINKS = [
  { href: '/van-ban', label: 'Tất cả văn bản' },
  { href: '/van-ban/moi-ban-hanh', label: 'Mới ban hành' },
  { href: '/van-ban/sap-co-hieu-luc', label: 'Sắp có hiệu lực' },
  { href: '/van-ban/moi-het-hieu-luc', label: 'Mới hết hiệu lực' },
  { href: '/van-ban/tai-lieu', label: 'Tài liệu giới thiệu, phổ biến' },
] as const

/** Links between the lists of the section; the current one is marked for screen readers. */
export function LegalSubNav({ current }: { current: string }) {
  return (
    <nav aria-label="Các danh sách văn bản" className="app-subnav app-ld-subnav">
      <ul>
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={l.href === current ? 'page' : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
