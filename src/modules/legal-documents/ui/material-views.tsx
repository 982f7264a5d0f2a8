import Link from 'next/link'
import type { DocumentMaterial, File as FileDoc, LegalDocument } from '@/payload-types'
import type { Paged } from '@/shared/content/published'
import { formatDate } from '@/shared/text/vietnamese'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { DocList } from '@/shared/ui/doc-list'
import { ReadingTools } from '@/shared/ui/reading-tools'
import { RichTextView } from '@/shared/ui/rich-text'
import { ShareLinks } from '@/shared/ui/share-links'
import { absoluteUrl, sitePath } from '@/shared/ui/site-url'
import { documentPath, materialKindLabel, materialPath } from '../constants'
import { typeAndNumber } from './document-items'
import { LegalSubNav } from './sub-nav'
import './legal-documents.css'

const docsOf = (list: DocumentMaterial['documents']): LegalDocument[] =>
  (list ?? []).filter((d): d is LegalDocument => typeof d === 'object' && d !== null && Boolean(d.slug))

/** /van-ban/tai-lieu: companion materials, newest first. */
export function MaterialsList({ result }: { result: Paged<DocumentMaterial> }) {
  return (
    <DocList
      title="Tài liệu giới thiệu, phổ biến văn bản"
      intro={
        <>
          <LegalSubNav current="/van-ban/tai-lieu" />
          <p className="app-lead">
            Thông cáo báo chí, tài liệu giới thiệu nội dung cơ bản, tài liệu phổ biến, tập huấn và đề cương giới thiệu
            văn bản.
          </p>
        </>
      }
      page={result.page}
      totalPages={result.totalPages}
      hrefFor={(p) => (p === 1 ? '/van-ban/tai-lieu' : `/van-ban/tai-lieu/trang/${p}`)}
      empty="Chưa có tài liệu nào."
      items={result.docs.map((m) => ({
        id: m.id,
        href: materialPath(m.slug ?? String(m.id)),
        title: m.title,
        summary: m.summary,
        meta: (
          <>
            {materialKindLabel(m.kind)}
            {m.publishedAt ? (
              <>
                {' '}
                · <time dateTime={m.publishedAt}>{formatDate(m.publishedAt)}</time>
              </>
            ) : null}
            {docsOf(m.documents).length > 0
              ? ` · về ${docsOf(m.documents)
                  .map((d) => typeAndNumber(d))
                  .join('; ')}`
              : null}
          </>
        ),
      }))}
    />
  )
}

/** One companion material with the documents it introduces. */
export function MaterialView({ material: m }: { material: DocumentMaterial }) {
  const docs = docsOf(m.documents)
  const files = (m.attachments ?? []).filter((f): f is FileDoc => typeof f === 'object' && f !== null)
  const path = materialPath(m.slug ?? String(m.id))
  return (
    <article className="app-article">
      <Breadcrumbs
        items={[
          { label: 'Văn bản pháp luật', href: '/van-ban' },
          { label: 'Tài liệu', href: '/van-ban/tai-lieu' },
          { label: m.title },
        ]}
      />
      <p className="app-ld-doc__kicker">{materialKindLabel(m.kind)}</p>
      <h1 className="app-article__title">{m.title}</h1>
      {m.publishedAt ? (
        <p className="app-article__meta">
          <time dateTime={m.publishedAt}>{formatDate(m.publishedAt)}</time>
        </p>
      ) : null}
      <ReadingTools />
      {m.summary ? <p className="app-article__summary">{m.summary}</p> : null}
      <div className="app-article__body">
        <RichTextView data={m.body} />
      </div>
      {docs.length > 0 ? (
        <section aria-labelledby="ld-material-docs" className="app-ld-section">
          <h2 id="ld-material-docs">Văn bản được giới thiệu</h2>
          <ul>
            {docs.map((d) => (
              <li key={d.id}>
                <Link href={documentPath(d.slug ?? '')}>
                  {typeAndNumber(d)} – {d.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {files.length > 0 ? (
        <section aria-labelledby="ld-material-files" className="app-ld-section">
          <h2 id="ld-material-files">Tệp đính kèm</h2>
          <ul>
            {files.map((f) => (
              <li key={f.id}>
                <a href={sitePath(f.url) ?? '#'} download>
                  {f.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ShareLinks url={absoluteUrl(path)} title={m.title} />
    </article>
  )
}
