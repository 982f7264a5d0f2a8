import Link from 'next/link'
import { graphLd, jsonLdText, trailLd } from '@/modules/data-exchange/feeds/structured-data'
import type { Dialogue, DialogueComment, LegalDocument } from '@/payload-types'
import { formatDate, formatDateTime } from '@/shared/text/vietnamese'
import { Breadcrumbs, type Crumb } from '@/shared/ui/breadcrumbs'
import { absoluteUrl, sitePath } from '@/shared/ui/site-url'
import { RichTextView } from '@/shared/ui/rich-text'
import { WHOLE_TEXT, dialoguePath } from '../constants'
import { deadlineText, dialoguePhase, isOpen } from '../phase'
import type { Summary } from '../server/summary'
import { CommentForm } from './comment-form'
import { CommentItem } from './comment-item'
import { LiveSession } from './live-session'
import { PhaseBadge } from './phase-badge'
import { SummaryTable } from './summary-table'
import './dialogue.css'

export type DialoguePageData = { dialogue: Dialogue; comments: DialogueComment[]; summary: Summary | null }

const docOf = (v: unknown): LegalDocument | null => (v && typeof v === 'object' ? (v as LegalDocument) : null)

function Comments({ list, slug }: { list: DialogueComment[]; slug: string }) {
  if (list.length === 0) return null
  return (
    <ul className="app-dlg-comments">
      {list.map((c) => (
        <CommentItem key={c.id} comment={c} slug={slug} />
      ))}
    </ul>
  )
}

function StatusBox({ dialogue }: { dialogue: Dialogue }) {
  const phase = dialoguePhase(dialogue)
  const deadline = deadlineText(dialogue.closesAt)
  const unit = typeof dialogue.unit === 'object' && dialogue.unit ? dialogue.unit.title : null
  return (
    <div className="app-dlg-status">
      <p>
        <PhaseBadge dialogue={dialogue} />{' '}
        {phase === 'dang-lay-y-kien' && deadline ? <strong>{deadline}</strong> : null}
      </p>
      <p>
        Thời gian nhận ý kiến: từ {formatDateTime(dialogue.opensAt)} đến {formatDateTime(dialogue.closesAt)}
      </p>
      {unit ? <p>Cơ quan chủ trì: {unit}</p> : null}
      {phase === 'dang-lay-y-kien' ? (
        <p>
          <a href="#gop-y">{dialogue.kind === 'truc-tiep' ? 'Gửi câu hỏi' : 'Gửi góp ý cho toàn văn dự thảo'}</a>
        </p>
      ) : null}
    </div>
  )
}

export function DialogueView({ data }: { data: DialoguePageData }) {
  const { dialogue, comments, summary } = data
  const slug = dialogue.slug ?? ''
  const open = isOpen(dialogue)
  const live = dialogue.kind === 'truc-tiep'
  const sections = dialogue.sections ?? []
  const bySection = (key: string) => comments.filter((c) => (c.sectionKey || WHOLE_TEXT) === key)
  const adopted = docOf(dialogue.adoptedDocument)
  const background = (dialogue.backgroundDocuments ?? []).map(docOf).filter((d): d is LegalDocument => d !== null)
  const files = (dialogue.backgroundFiles ?? []).filter((f) => typeof f === 'object')
  const crumbs: Crumb[] = [{ label: 'Đối thoại chính sách – pháp luật', href: '/doi-thoai' }, { label: dialogue.title }]
  // schema.org WebPage of the consultation (its period as the page's temporal coverage) and the BreadcrumbList
  const ld = graphLd([
    {
      '@type': 'WebPage',
      name: dialogue.title,
      description: dialogue.summary ?? undefined,
      url: absoluteUrl(dialoguePath(slug)),
      inLanguage: 'vi',
      datePublished: dialogue.publishedAt ?? dialogue.createdAt,
      dateModified: dialogue.updatedAt,
      temporalCoverage: dialogue.opensAt && dialogue.closesAt ? `${dialogue.opensAt}/${dialogue.closesAt}` : undefined,
    },
    trailLd(crumbs, dialoguePath(slug)),
  ])
  return (
    <div className="app-container">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(ld) }} />
      <Breadcrumbs items={crumbs} ld={false} />
      <article>
        <h1>{dialogue.title}</h1>
        {dialogue.summary ? <p className="app-lead">{dialogue.summary}</p> : null}
        <StatusBox dialogue={dialogue} />
        <RichTextView data={dialogue.introduction} />
        {live ? <LiveSession dialogue={dialogue} questions={comments} /> : null}

        {background.length > 0 || files.length > 0 ? (
          <section aria-labelledby="dlg-background">
            <h2 id="dlg-background">Tài liệu liên quan</h2>
            <ul>
              {background.map((d) => (
                <li key={d.id}>
                  <Link href={`/van-ban/${d.slug}`}>{d.title}</Link>
                </li>
              ))}
              {files.map((f) =>
                typeof f === 'object' && f.url ? (
                  <li key={f.id}>
                    <a href={sitePath(f.url)}>{f.title ?? f.filename}</a>
                  </li>
                ) : null,
              )}
            </ul>
          </section>
        ) : null}

        {sections.length > 0 ? (
          <section aria-labelledby="dlg-text">
            <h2 id="dlg-text">Nội dung dự thảo</h2>
            <nav className="app-dlg-toc" aria-label="Mục lục dự thảo">
              <ol>
                {sections.map((s) => (
                  <li key={s.key}>
                    <a href={`#${s.key}`}>{s.heading}</a>
                    {bySection(s.key).length > 0 ? ` (${bySection(s.key).length} góp ý)` : null}
                  </li>
                ))}
              </ol>
            </nav>
            {sections.map((s) => (
              <section key={s.key} id={s.key} className="app-dlg-section" aria-labelledby={`${s.key}-h`}>
                <h3 id={`${s.key}-h`}>{s.heading}</h3>
                {s.body ? <p className="app-dlg-section__body">{s.body}</p> : null}
                {open && !live ? (
                  <p>
                    <a href={`/doi-thoai/${slug}/gop-y/${s.key}#gop-y`}>
                      Góp ý điều này<span className="app-visually-hidden">: {s.heading}</span>
                    </a>
                  </p>
                ) : null}
                <Comments list={bySection(s.key)} slug={slug} />
              </section>
            ))}
          </section>
        ) : null}

        {!live ? (
          <section aria-labelledby="dlg-whole">
            <h2 id="dlg-whole">Góp ý chung cho toàn văn</h2>
            {bySection(WHOLE_TEXT).length === 0 ? <p className="app-muted">Chưa có góp ý chung được đăng.</p> : null}
            <Comments list={bySection(WHOLE_TEXT)} slug={slug} />
          </section>
        ) : null}

        {open ? <CommentForm dialogue={dialogue} /> : null}
        {!open && dialoguePhase(dialogue) === 'sap-mo' ? (
          <p>Đợt lấy ý kiến bắt đầu nhận góp ý từ {formatDateTime(dialogue.opensAt)}.</p>
        ) : null}

        {summary ? (
          <section aria-labelledby="tong-hop">
            <h2 id="tong-hop">Bảng tổng hợp tiếp thu, giải trình</h2>
            {dialogue.closingSummary ? <p className="app-dlg-section__body">{dialogue.closingSummary}</p> : null}
            <SummaryTable summary={summary} slug={slug} />
          </section>
        ) : dialoguePhase(dialogue) === 'da-dong' ? (
          <p className="app-dlg-status">
            Đợt lấy ý kiến đã kết thúc ngày {formatDate(dialogue.closesAt)}. Cơ quan chủ trì đang tổng hợp, tiếp thu,
            giải trình ý kiến; kết quả sẽ được công bố tại trang này.
          </p>
        ) : null}

        {summary && (adopted || dialogue.finalText) ? (
          <section aria-labelledby="dlg-final">
            <h2 id="dlg-final">Văn bản đã ban hành</h2>
            {adopted ? (
              <p>
                <Link href={`/van-ban/${adopted.slug}`}>{adopted.displayTitle ?? adopted.title}</Link>
              </p>
            ) : null}
            <RichTextView data={dialogue.finalText} />
          </section>
        ) : null}
      </article>
    </div>
  )
}
