import Link from 'next/link'
import { graphLd, jsonLdText, trailLd } from '@/modules/data-exchange/feeds/structured-data'
import { CitedProvisions } from '@/modules/legal-documents/ui/cited-provisions'
import { Breadcrumbs, type Crumb } from '@/shared/ui/breadcrumbs'
import { RichTextView } from '@/shared/ui/rich-text'
import { ShareLinks } from '@/shared/ui/share-links'
import { absoluteUrl, sitePath } from '@/shared/ui/site-url'
import { lexicalToPlainText } from '@/shared/text/lexical-text'
import { formatDate } from '@/shared/text/vietnamese'
import { SITUATIONS_PATH, quizActionPath, situationPath } from '../constants'
import type { SituationPageData } from '../public/get-situation'
import { QuizForm } from './quiz-form'
import '@/modules/legal-documents/ui/legal-documents.css'
import './situations.css'

/** schema.org Article about the situation (the legal question and its answer) and the page's BreadcrumbList. */
function jsonLd(data: SituationPageData, crumbs: Crumb[]): string {
  const s = data.situation
  const url = absoluteUrl(situationPath(s.slug ?? String(s.id)))
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: s.title,
    description: s.summary || s.question,
    url,
    datePublished: s.publishedAt ?? s.createdAt,
    dateModified: s.updatedAt,
    inLanguage: 'vi',
    about: data.fields.map((f) => f.title),
    mainEntity: {
      '@type': 'Question',
      name: s.question,
      acceptedAnswer: { '@type': 'Answer', text: lexicalToPlainText(s.answer).slice(0, 5000), url },
    },
    citation: data.citations.map((c) => ({
      '@type': 'Legislation',
      name: `${c.label} ${c.docTitle}`,
      url: absoluteUrl(c.href),
    })),
  }
  return jsonLdText(graphLd([ld, trailLd(crumbs, situationPath(s.slug ?? String(s.id)))]))
}

export function SituationPage({ data }: { data: SituationPageData }) {
  const s = data.situation
  const slug = s.slug ?? String(s.id)
  const url = absoluteUrl(situationPath(slug))
  const crumbs: Crumb[] = [{ label: 'Tình huống pháp luật', href: SITUATIONS_PATH }, { label: s.title }]
  return (
    <article className="app-situation">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(data, crumbs) }} />
      <Breadcrumbs items={crumbs} ld={false} />
      <h1>{s.title}</h1>
      <p className="app-muted app-situation__meta">
        {[...data.fields.map((f) => f.title), s.publishedAt ? `Đăng ngày ${formatDate(s.publishedAt)}` : null]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {s.legalBasisChanged ? (
        <div className="app-situation__warning" role="note">
          <p>
            <strong>Căn cứ pháp lý đã thay đổi.</strong> Văn bản được trích dẫn trong tình huống này đã được sửa đổi,
            thay thế hoặc hết hiệu lực sau khi đăng; nội dung có thể không còn phù hợp và đang được rà soát lại.
          </p>
          {s.legalBasisNote ? <p>{s.legalBasisNote}</p> : null}
        </div>
      ) : null}
      {data.image ? (
        <figure className="app-situation__figure">
          {/* eslint-disable-next-line @next/next/no-img-element -- stored uploads are served as they are */}
          <img
            src={sitePath(data.image.url)}
            alt={data.image.alt}
            width={data.image.width ?? undefined}
            height={data.image.height ?? undefined}
            loading="lazy"
          />
        </figure>
      ) : null}
      <h2>Tình huống</h2>
      <p className="app-situation__story">{s.scenario}</p>
      <h2>Câu hỏi đặt ra</h2>
      <p className="app-situation__question">{s.question}</p>
      <h2>Phân tích</h2>
      <RichTextView data={s.analysis} />
      <h2>Kết luận</h2>
      <RichTextView data={s.answer} />
      <CitedProvisions citations={data.citations} id="can-cu-phap-ly" title="Căn cứ pháp lý" />
      {data.quiz.length > 0 ? (
        <section aria-labelledby="kiem-tra" className="app-quiz" id="bai-kiem-tra">
          <h2 id="kiem-tra">Kiểm tra hiểu biết</h2>
          <p className="app-muted">
            {data.quiz.length} câu hỏi, mỗi câu chọn một phương án. Bài làm không được lưu lại.
          </p>
          <QuizForm action={quizActionPath(slug)} questions={data.quiz} />
        </section>
      ) : null}
      {data.audiences.length > 0 ? (
        <p>
          Đối tượng:{' '}
          {data.audiences.map((a, i) => (
            <span key={a.slug}>
              {i > 0 ? ', ' : ''}
              <Link href={`${SITUATIONS_PATH}?doi_tuong=${a.slug}`}>{a.title}</Link>
            </span>
          ))}
        </p>
      ) : null}
      <ShareLinks url={url} title={s.title} />
      {data.related.length > 0 ? (
        <section aria-labelledby="tinh-huong-lien-quan" className="app-related">
          <h2 id="tinh-huong-lien-quan">Tình huống liên quan</h2>
          <ul>
            {data.related.map((r) => (
              <li key={r.url}>
                <Link href={r.url}>{r.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
