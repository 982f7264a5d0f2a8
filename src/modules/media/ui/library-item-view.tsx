import Link from 'next/link'
import { graphLd, jsonLdText, trailLd } from '@/modules/data-exchange/feeds/structured-data'
import type { ReactNode } from 'react'
import type { LibraryItem, Unit } from '@/payload-types'
import { formatDate } from '@/shared/text/vietnamese'
import { Breadcrumbs, type Crumb } from '@/shared/ui/breadcrumbs'
import { ShareLinks } from '@/shared/ui/share-links'
import { absoluteUrl } from '@/shared/ui/site-url'
import { kindLabel, libraryPath, paramOfKind } from '../library/constants'
import { LegalBasisList } from './legal-basis-list'
import { LibraryCard } from './library-card'
import { libraryJsonLd } from './library-json-ld'
import { LibraryMedia } from './library-media'
import './library.css'

type Term = { id: number; title: string; slug?: string | null }
const termsOf = (list: unknown[] | null | undefined): Term[] =>
  (list ?? []).filter((t): t is Term => typeof t === 'object' && t !== null && 'title' in t)

function formatDuration(seconds: number | null | undefined): string | null {
  if (!seconds) return null
  const m = Math.floor(seconds / 60)
  const s = Math.round(seconds % 60)
  return m > 0 ? `${m} phút ${s > 0 ? `${s} giây` : ''}`.trim() : `${s} giây`
}

/** An item's page: its media (by kind), facts, legal basis, share links and related items. */
export function LibraryItemView({ item, related }: { item: LibraryItem; related: LibraryItem[] }) {
  const fields = termsOf(item.fields)
  const audiences = termsOf(item.audiences)
  const unit = typeof item.unit === 'object' ? (item.unit as Unit | null) : null
  const kindParam = item.kind ? paramOfKind(item.kind) : null
  const crumbs: Crumb[] = [{ label: 'Thư viện số', href: '/thu-vien' }, { label: item.title }]
  const facts: [string, ReactNode][] = [
    ['Loại', kindParam ? <Link href={`/thu-vien?loai=${kindParam}`}>{kindLabel(item.kind)}</Link> : null],
    ['Tác giả / biên soạn', item.kind === 'ebook' ? item.author : null],
    ['Nhà xuất bản', item.kind === 'ebook' ? item.publisher : null],
    ['Năm xuất bản', item.kind === 'ebook' && item.year ? String(item.year) : null],
    ['Số trang', item.kind === 'ebook' && item.pages ? String(item.pages) : null],
    ['Thời lượng', formatDuration(item.durationSeconds)],
    [
      'Lĩnh vực',
      fields.length > 0
        ? fields.map((f, i) => (
            <span key={f.id}>
              {i > 0 ? ', ' : ''}
              <Link href={`/thu-vien?linh-vuc=${f.slug}`}>{f.title}</Link>
            </span>
          ))
        : null,
    ],
    [
      'Đối tượng',
      audiences.length > 0
        ? audiences.map((a, i) => (
            <span key={a.id}>
              {i > 0 ? ', ' : ''}
              <Link href={`/thu-vien?doi-tuong=${a.slug}`}>{a.title}</Link>
            </span>
          ))
        : null,
    ],
    ['Đơn vị biên soạn', unit?.title ?? null],
    ['Ngày đăng', item.publishedAt ? <time dateTime={item.publishedAt}>{formatDate(item.publishedAt)}</time> : null],
  ]
  const shown = facts.filter(([, v]) => v !== null && v !== undefined && v !== '')
  return (
    <article className="app-article app-lib-item">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: jsonLdText(
            graphLd([
              JSON.parse(libraryJsonLd(item)) as Record<string, unknown>,
              trailLd(crumbs, libraryPath(item.slug ?? String(item.id))),
            ]),
          ),
        }}
      />
      <Breadcrumbs items={crumbs} ld={false} />
      <h1 className="app-article__title">{item.title}</h1>
      <p className="app-article__summary">{item.summary}</p>
      <LibraryMedia item={item} />
      <dl className="app-facts">
        {shown.map(([k, v]) => (
          <div key={k} className="app-facts__row">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <LegalBasisList rows={item.legalBasis} />
      <ShareLinks url={absoluteUrl(libraryPath(item.slug ?? String(item.id)))} title={item.title} />
      {related.length > 0 ? (
        <section aria-labelledby="lib-related" className="app-related">
          <h2 id="lib-related">Tài liệu liên quan</h2>
          <div className="app-grid">
            {related.map((r) => (
              <LibraryCard key={r.id} item={r} headingLevel={3} />
            ))}
          </div>
        </section>
      ) : null}
    </article>
  )
}
