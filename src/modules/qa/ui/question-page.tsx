import Link from 'next/link'
import { StatusBadge } from '@/modules/legal-documents/ui/status-badge'
import { typeAndNumber } from '@/modules/legal-documents/ui/document-items'
import type { StructureNode } from '@/modules/legal-documents/parse/structure'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { RichTextView } from '@/shared/ui/rich-text'
import { ShareLinks } from '@/shared/ui/share-links'
import { absoluteUrl } from '@/shared/ui/site-url'
import { lexicalToPlainText } from '@/shared/text/lexical-text'
import { formatDate } from '@/shared/text/vietnamese'
import { questionPath } from '../constants'
import type { QuestionPageData } from '../public/get-question'
import { ViewBeacon } from './view-beacon'
import '@/modules/legal-documents/ui/legal-documents.css'
import './qa.css'

/** The cited Điều's text, its clauses and points as paragraphs; the cited provision is marked. */
function ProvisionText({ node, cited }: { node: StructureNode; cited: string | null }) {
  const lines: Array<{ text: string; isCited: boolean }> = []
  const visit = (n: StructureNode, top: boolean) => {
    const isCited =
      !!cited && !top && (n.anchor === cited || cited.startsWith(`${n.anchor}-`) || n.anchor.startsWith(`${cited}-`))
    const prefix = top ? '' : n.kind === 'khoan' ? `${n.number}. ` : n.kind === 'diem' ? `${n.number}) ` : ''
    const [first = '', ...rest] = n.text.split('\n').filter((l) => l.trim() !== '')
    if (first || prefix)
      lines.push({ text: `${prefix}${n.heading && !top ? `${n.heading} ` : ''}${first}`.trim(), isCited })
    lines.push(...rest.map((text) => ({ text, isCited })))
    for (const child of n.children) visit(child, false)
  }
  visit(node, true)
  return (
    <div className="app-qa-cite__text">
      {lines
        .filter((l) => l.text)
        .map((line, i) =>
          line.isCited ? (
            <p key={i} className="app-qa-cite__cited">
              <span className="app-visually-hidden">Nội dung được trích dẫn: </span>
              {line.text}
            </p>
          ) : (
            <p key={i}>{line.text}</p>
          ),
        )}
    </div>
  )
}

/** schema.org QAPage: the question and its accepted (official) answer. */
function jsonLd(data: QuestionPageData): string {
  const q = data.question
  const url = absoluteUrl(questionPath(q.slug ?? String(q.id)))
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'QAPage',
    mainEntity: {
      '@type': 'Question',
      name: q.title,
      text: q.body,
      answerCount: 1,
      dateCreated: q.receivedAt ?? q.createdAt,
      acceptedAnswer: {
        '@type': 'Answer',
        text: lexicalToPlainText(q.answer).slice(0, 5000),
        dateCreated: q.publishedAt ?? q.updatedAt,
        url,
        author: { '@type': 'Organization', name: data.unitTitle ?? 'Sở Tư pháp' },
      },
    },
  }
  // "<" escaped so that no text in the JSON can close the script element.
  return JSON.stringify(ld).replace(/</g, '\\u003c')
}

export function QuestionPage({ data }: { data: QuestionPageData }) {
  const q = data.question
  const url = absoluteUrl(questionPath(q.slug ?? String(q.id)))
  return (
    <article className="app-qa">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(data) }} />
      <ViewBeacon id={q.id} />
      <Breadcrumbs items={[{ label: 'Hỏi đáp pháp luật', href: '/hoi-dap' }, { label: q.title }]} />
      <h1>{q.title}</h1>
      <p className="app-muted">
        {[
          data.fieldTitle,
          data.areaTitle,
          q.receivedAt ? `Hỏi ngày ${formatDate(q.receivedAt)}` : null,
          `${q.viewCount ?? 0} lượt xem`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {q.legalBasisChanged ? (
        <div className="app-qa-warning" role="note">
          <p>
            <strong>Căn cứ pháp lý đã thay đổi.</strong> Văn bản được trích dẫn trong câu trả lời này đã được sửa đổi,
            thay thế hoặc hết hiệu lực sau khi trả lời; nội dung có thể không còn phù hợp. Cơ quan trả lời đang rà soát
            lại.
          </p>
          {q.legalBasisNote ? <p>{q.legalBasisNote}</p> : null}
        </div>
      ) : null}
      <h2>Câu hỏi</h2>
      <p className="app-qa-question">{q.body}</p>
      <h2>Trả lời</h2>
      <div className="app-qa-answer">
        <RichTextView data={q.answer} />
        <p className="app-muted">
          {[
            data.unitTitle ? `Đơn vị trả lời: ${data.unitTitle}` : null,
            q.publishedAt ? `Ngày ${formatDate(q.publishedAt)}` : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
      {data.citations.length > 0 ? (
        <section aria-labelledby="can-cu">
          <h2 id="can-cu">Căn cứ pháp lý được trích dẫn</h2>
          {data.citations.map((c) => (
            <div key={c.key} className="app-qa-cite">
              <div className="app-qa-cite__head">
                <h3>
                  <Link href={c.href}>
                    {c.label} — {typeAndNumber({ type: c.docType, number: c.docNumber })}
                  </Link>
                </h3>
                <StatusBadge status={c.status} />
              </div>
              <p className="app-muted">{c.docTitle}</p>
              {c.node ? (
                <>
                  <p>
                    <strong>{c.node.heading ? `${c.node.label}. ${c.node.heading}` : c.node.label}</strong>
                  </p>
                  <ProvisionText node={c.node} cited={c.anchor} />
                </>
              ) : null}
            </div>
          ))}
        </section>
      ) : null}
      {data.audiences.length > 0 ? (
        <p>
          Đối tượng:{' '}
          {data.audiences.map((a, i) => (
            <span key={a.slug}>
              {i > 0 ? ', ' : ''}
              <Link href={`/hoi-dap?doi_tuong=${a.slug}`}>{a.title}</Link>
            </span>
          ))}
        </p>
      ) : null}
      <ShareLinks url={url} title={q.title} />
      {data.related.length > 0 ? (
        <section aria-labelledby="cau-hoi-lien-quan" className="app-related">
          <h2 id="cau-hoi-lien-quan">Câu hỏi liên quan</h2>
          <ul>
            {data.related.map((r) => (
              <li key={r.url}>
                <Link href={r.url}>{r.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <Link href="/hoi-dap/gui-cau-hoi" className="app-qa-ask-link">
          Gửi câu hỏi của bạn
        </Link>
      </p>
    </article>
  )
}
