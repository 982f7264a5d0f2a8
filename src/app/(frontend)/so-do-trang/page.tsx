import type { Metadata } from 'next'
import Link from 'next/link'
import type { Page } from '@/payload-types'
import { getSectionTree, type SectionNode } from '@/modules/taxonomy/server/get-sections'
import { findPublished } from '@/shared/content/published'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'

export const revalidate = 3600
export const metadata: Metadata = { title: 'Sơ đồ trang' }

function Tree({ nodes }: { nodes: SectionNode[] }) {
  return (
    <ul>
      {nodes.map((n) => (
        <li key={n.id}>
          <Link href={`/chuyen-muc/${n.slug}`}>{n.title}</Link>
          {n.children.length > 0 ? <Tree nodes={n.children} /> : null}
        </li>
      ))}
    </ul>
  )
}

export default async function SiteMapPage() {
  const [sections, pages] = await Promise.all([
    getSectionTree(),
    findPublished<Page>({ collection: 'pages', limit: 100, sort: 'order', depth: 0 }),
  ])
  return (
    <>
      <Breadcrumbs items={[{ label: 'Sơ đồ trang' }]} />
      <h1>Sơ đồ trang</h1>
      <div className="app-sitemap">
        <section aria-labelledby="sitemap-main">
          <h2 id="sitemap-main">Trang chính</h2>
          <ul>
            <li>
              <Link href="/">Trang chủ</Link>
            </li>
            <li>
              <Link href="/tin-tuc">Tin tức – Sự kiện</Link>
            </li>
            <li>
              <Link href="/su-kien">Sự kiện</Link>
            </li>
            <li>
              <Link href="/thong-bao">Thông báo – Giấy mời</Link>
            </li>
            <li>
              <Link href="/ke-hoach">Kế hoạch – Chương trình – Đề án</Link>
            </li>
            <li>
              <Link href="/van-ban">Văn bản pháp luật</Link>
              <ul>
                <li>
                  <Link href="/van-ban/moi-ban-hanh">Văn bản mới ban hành</Link>
                </li>
                <li>
                  <Link href="/van-ban/sap-co-hieu-luc">Văn bản sắp có hiệu lực</Link>
                </li>
                <li>
                  <Link href="/van-ban/moi-het-hieu-luc">Văn bản mới hết hiệu lực</Link>
                </li>
                <li>
                  <Link href="/van-ban/tai-lieu">Tài liệu giới thiệu, phổ biến văn bản</Link>
                </li>
              </ul>
            </li>
            <li>
              <Link href="/danh-ba">Danh bạ điện tử</Link>
            </li>
            <li>
              <Link href="/cuoc-thi">Cuộc thi tìm hiểu pháp luật</Link>
            </li>
            <li>
              <Link href="/thu-vien">Thư viện số (video, âm thanh, infographic, sách điện tử)</Link>
            </li>
            <li>
              <Link href="/tim-kiem">Tìm kiếm</Link>
            </li>
            <li>
              <Link href="/du-lieu-mo">Dữ liệu mở (API)</Link>
            </li>
            <li>
              <Link href="/rss.xml">Tin RSS</Link>
            </li>
          </ul>
        </section>
        <section aria-labelledby="sitemap-sections">
          <h2 id="sitemap-sections">Chuyên mục</h2>
          <Tree nodes={sections} />
        </section>
        <section aria-labelledby="sitemap-pages">
          <h2 id="sitemap-pages">Giới thiệu</h2>
          <ul>
            {pages.docs.map((p) => (
              <li key={p.id}>
                <Link href={`/gioi-thieu/${p.slug}`}>{p.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  )
}
