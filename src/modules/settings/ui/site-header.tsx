import Link from 'next/link'
import type { SiteSetting } from '@/payload-types'
import { sitePath } from '@/shared/ui/site-url'
import type { SectionNode } from '@/modules/taxonomy/server/get-sections'

const FIXED_LINKS = [
  { href: '/gioi-thieu/gioi-thieu', label: 'Giới thiệu' },
  { href: '/tin-tuc', label: 'Tin tức – Sự kiện' },
  { href: '/van-ban', label: 'Văn bản' },
  { href: '/hoi-dap', label: 'Hỏi đáp pháp luật' },
  { href: '/tinh-huong', label: 'Tình huống' },
  { href: '/thu-vien', label: 'Thư viện' },
  { href: '/cuoc-thi', label: 'Cuộc thi' },
  { href: '/doi-thoai', label: 'Đối thoại chính sách' },
  { href: '/thong-bao', label: 'Thông báo – Giấy mời' },
  { href: '/ke-hoach', label: 'Kế hoạch – Chương trình' },
  { href: '/danh-ba', label: 'Danh bạ' },
  { href: '/thong-ke', label: 'Thống kê' },
  { href: '/doi-ngu', label: 'Đội ngũ' },
]

/** Header with the emblem and full name, site search and navigation built from the sections. */
export function SiteHeader({ settings, sections }: { settings: SiteSetting; sections: SectionNode[] }) {
  const navSections = sections.filter((s) => s.showInNav !== false)
  const emblem =
    typeof settings.emblem === 'object' && settings.emblem?.url ? sitePath(settings.emblem.url) : '/emblem.svg'
  return (
    <header className="app-header">
      <div className="app-header__brand app-container">
        <Link href="/" className="app-header__home">
          {/* eslint-disable-next-line @next/next/no-img-element -- a tiny static SVG; next/image adds nothing here */}
          <img src={emblem} alt="" width="56" height="56" className="app-header__emblem" />
          <span className="app-header__titles">
            <span className="app-header__owner">{settings.ownerName}</span>
            <span className="app-header__name">{settings.siteName}</span>
            <span className="app-header__operator">{settings.operatorName}</span>
          </span>
        </Link>
        <form action="/tim-kiem" method="get" role="search" className="app-search-form">
          <label htmlFor="app-header-search" className="app-visually-hidden">
            Tìm kiếm trên trang
          </label>
          <input id="app-header-search" name="q" type="search" placeholder="Tìm kiếm…" maxLength={200} />
          <button type="submit">Tìm</button>
        </form>
      </div>
      <details className="app-nav-toggle">
        <summary>Danh mục</summary>
        <Nav sections={navSections} id="app-nav-mobile" />
      </details>
      <div className="app-nav-wide">
        <Nav sections={navSections} id="app-nav" />
      </div>
    </header>
  )
}

function Nav({ sections, id }: { sections: SectionNode[]; id: string }) {
  return (
    <nav aria-label="Điều hướng chính" id={id} className="app-nav">
      <ul className="app-nav__list app-container">
        <li>
          <Link href="/">Trang chủ</Link>
        </li>
        {FIXED_LINKS.map((l) => (
          <li key={l.href}>
            <Link href={l.href}>{l.label}</Link>
          </li>
        ))}
        {sections
          .filter((s) => s.slug !== 'tin-tuc-su-kien')
          .map((s) => (
            <li key={s.id}>
              <Link href={`/chuyen-muc/${s.slug}`}>{s.title}</Link>
            </li>
          ))}
      </ul>
    </nav>
  )
}
