import Link from 'next/link'
import { StandardFormats } from '@/modules/data-exchange/akn/ui/standard-formats'
import type { File as FileDoc } from '@/payload-types'
import { formatDate } from '@/shared/text/vietnamese'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { ReadingTools } from '@/shared/ui/reading-tools'
import { ShareLinks } from '@/shared/ui/share-links'
import { absoluteUrl, sitePath } from '@/shared/ui/site-url'
import { documentPath, materialKindLabel, materialPath } from '../constants'
import type { StoredStructure } from '../hooks/document-structure'
import type { DocumentPageData } from '../server/get-document'
import { DocumentFacts } from './document-facts'
import { typeAndNumber } from './document-items'
import { EffectBanner } from './effect-banner'
import { EffectHistoryTable } from './effect-history-table'
import { FullText, TableOfContents } from './full-text'
import { RelationsDiagram } from './relations-diagram'
import './legal-documents.css'

function formatSize(bytes: number | null | undefined): string {
  if (!bytes) return ''
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
}

function Downloads({ attachments }: { attachments: DocumentPageData['doc']['attachments'] }) {
  const files = (attachments ?? []).flatMap((a) =>
    a.file && typeof a.file === 'object' ? [{ file: a.file as FileDoc, label: a.label }] : [],
  )
  if (files.length === 0) return null
  return (
    <section aria-labelledby="ld-downloads" className="app-ld-section">
      <h2 id="ld-downloads">Tải văn bản</h2>
      <ul>
        {files.map(({ file, label }) => {
          const ext = file.filename?.includes('.') ? file.filename.split('.').pop()?.toUpperCase() : 'Tệp'
          return (
            <li key={file.id}>
              <a href={sitePath(file.url) ?? '#'} download>
                {label ? `${label}: ` : ''}
                {file.title}
              </a>{' '}
              <span className="app-ld-meta">
                ({ext}
                {file.filesize ? `, ${formatSize(file.filesize)}` : ''})
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function Materials({ materials }: { materials: DocumentPageData['materials'] }) {
  if (materials.length === 0) return null
  return (
    <section aria-labelledby="ld-materials" className="app-ld-section">
      <h2 id="ld-materials">Tài liệu giới thiệu, phổ biến văn bản</h2>
      <ul>
        {materials.map((m) => (
          <li key={m.id}>
            <Link href={materialPath(m.slug ?? String(m.id))}>{m.title}</Link>{' '}
            <span className="app-ld-meta">
              ({materialKindLabel(m.kind)}
              {m.publishedAt ? `, ${formatDate(m.publishedAt)}` : ''})
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}

/**
 * The page of one document: attributes, effect banner, table of contents and full text with an
 * anchor for every provision, relations both ways, effect history, downloads, companion materials.
 */
export function DocumentView({ data }: { data: DocumentPageData }) {
  const { doc, relations, history, materials } = data
  const structure = (doc.structure ?? null) as StoredStructure | null
  const path = documentPath(doc.slug ?? String(doc.id))
  return (
    <article className="app-article app-ld-doc">
      <Breadcrumbs
        items={[{ label: 'Văn bản pháp luật', href: '/van-ban' }, { label: typeAndNumber(doc) }]}
        ld={false}
      />
      <p className="app-ld-doc__kicker">{typeAndNumber(doc)}</p>
      <h1>{doc.title}</h1>
      <EffectBanner doc={doc} relations={relations} />
      <DocumentFacts doc={doc} />
      <ReadingTools />
      {structure || doc.text ? (
        <section aria-labelledby="ld-text" className="app-ld-section">
          <h2 id="ld-text">Toàn văn</h2>
          {structure ? <TableOfContents structure={structure} /> : null}
          <div className="app-ld-reading">
            {/* Stays at the foot of the screen while the text is read (a code runs to hundreds of
                screens on a phone): back to the heading above the table of contents. */}
            {structure ? (
              <div className="app-ld-totop">
                <a href="#ld-text">
                  <span aria-hidden="true">↑ </span>Về mục lục
                </a>
              </div>
            ) : null}
            <FullText structure={structure} text={doc.text} />
          </div>
        </section>
      ) : (
        <p className="app-ld-meta">Chưa có toàn văn trên trang; xem tệp đính kèm hoặc nguồn văn bản.</p>
      )}
      <RelationsDiagram number={doc.number} relations={relations} />
      <EffectHistoryTable rows={history} />
      <Downloads attachments={doc.attachments} />
      <StandardFormats doc={doc} />
      <Materials materials={materials} />
      <ShareLinks url={absoluteUrl(path)} title={`${typeAndNumber(doc)}: ${doc.title}`} />
    </article>
  )
}
