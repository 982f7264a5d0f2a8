import Link from 'next/link'
import type { Dialogue } from '@/payload-types'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { dialoguePath } from '../constants'
import { isOpen } from '../phase'
import { CommentForm } from './comment-form'
import './dialogue.css'

type Section = NonNullable<Dialogue['sections']>[number]

export function SectionCommentView({ dialogue, section }: { dialogue: Dialogue; section: Section }) {
  const path = dialoguePath(dialogue.slug ?? '')
  return (
    <div className="app-container">
      <Breadcrumbs
        items={[
          { label: 'Đối thoại chính sách – pháp luật', href: '/doi-thoai' },
          { label: dialogue.title, href: path },
          { label: `Góp ý ${section.heading}` },
        ]}
      />
      <h1>Góp ý {section.heading}</h1>
      <p>Thuộc: {dialogue.title}</p>
      <section className="app-dlg-section" aria-labelledby="dlg-section-text">
        <h2 id="dlg-section-text">{section.heading}</h2>
        {section.body ? <p className="app-dlg-section__body">{section.body}</p> : null}
      </section>
      {isOpen(dialogue) ? (
        <CommentForm dialogue={dialogue} selected={section.key} />
      ) : (
        <p className="app-dlg-status">Đợt lấy ý kiến hiện không nhận góp ý.</p>
      )}
      <p>
        <Link href={`${path}#${section.key}`}>Xem các góp ý đã đăng cho điều này</Link>
      </p>
    </div>
  )
}
