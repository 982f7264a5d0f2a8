import Link from 'next/link'
import { graphLd, jsonLdText, trailLd } from '@/modules/data-exchange/feeds/structured-data'
import { CitedProvisions } from '@/modules/legal-documents/ui/cited-provisions'
import { Breadcrumbs, type Crumb } from '@/shared/ui/breadcrumbs'
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

/** schema.org QAPage (the question and its accepted, official answer) and the page's BreadcrumbList. */
function jsonLd(data: QuestionPageData, crumbs: Crumb[]): string {
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
  return jsonLdText(graphLd([ld, trailLd(crumbs, questionPath(q.slug ?? String(q.id)))]))
}

export function QuestionPage({ data }: { data: QuestionPageData }) {
  const q = data.question
  const url = absoluteUrl(questionPath(q.slug ?? String(q.id)))
  const crumbs: Crumb[] = [{ label: 'Hỏi đáp pháp luật', href: '/hoi-dap' }, { label: q.title }]
  return (
    <article className="app-qa">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(data, crumbs) }} />
      <ViewBeacon id={q.id} />
      <Breadcrumbs items={crumbs} ld={false} />
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
      <CitedProvisions citations={data.citations} id="can-cu" title="Căn cứ pháp lý được trích dẫn" />
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
