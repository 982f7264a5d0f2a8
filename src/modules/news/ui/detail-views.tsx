import type { ReactNode } from 'react'
import type { Announcement, Event, File as FileDoc, Plan, Unit } from '@/payload-types'
import { formatDate, formatDateTime } from '@/shared/text/vietnamese'
import { Breadcrumbs, type Crumb } from '@/shared/ui/breadcrumbs'
import { ReadingTools } from '@/shared/ui/reading-tools'
import { RichTextView } from '@/shared/ui/rich-text'
import { ShareLinks } from '@/shared/ui/share-links'
import { absoluteUrl } from '@/shared/ui/site-url'
import { AttachmentList } from './attachment-list'
import { TaxonomyLinks } from './taxonomy-links'
import { planKindLabel } from './list-routes'

function unitTitle(unit: number | Unit | null | undefined): string | null {
  return unit && typeof unit === 'object' ? unit.title : null
}

function DetailLayout(props: {
  crumbs: Crumb[]
  title: string
  facts: [string, ReactNode][]
  summary?: string | null
  body: unknown
  attachments?: (number | FileDoc)[] | null
  path: string
  children?: ReactNode
}) {
  const facts = props.facts.filter(([, v]) => v !== null && v !== undefined && v !== '')
  return (
    <article className="app-article">
      <Breadcrumbs items={props.crumbs} ld={false} />
      <h1 className="app-article__title">{props.title}</h1>
      {facts.length > 0 ? (
        <dl className="app-facts">
          {facts.map(([k, v]) => (
            <div key={k} className="app-facts__row">
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <ReadingTools />
      {props.summary ? <p className="app-article__summary">{props.summary}</p> : null}
      <div className="app-article__body">
        <RichTextView data={props.body} />
      </div>
      <AttachmentList files={props.attachments} />
      {props.children}
      <ShareLinks url={absoluteUrl(props.path)} title={props.title} />
    </article>
  )
}

export function EventView({ event }: { event: Event }) {
  return (
    <DetailLayout
      crumbs={[{ label: 'Sự kiện', href: '/su-kien' }, { label: event.title }]}
      title={event.title}
      facts={[
        [
          'Bắt đầu',
          <time key="s" dateTime={event.startsAt}>
            {formatDateTime(event.startsAt)}
          </time>,
        ],
        [
          'Kết thúc',
          event.endsAt ? (
            <time key="e" dateTime={event.endsAt}>
              {formatDateTime(event.endsAt)}
            </time>
          ) : null,
        ],
        ['Địa điểm', event.place],
        ['Đơn vị tổ chức', unitTitle(event.unit)],
      ]}
      summary={event.summary}
      body={event.body}
      attachments={event.attachments}
      path={`/su-kien/${event.slug}`}
    />
  )
}

export function AnnouncementView({ announcement: a }: { announcement: Announcement }) {
  return (
    <DetailLayout
      crumbs={[{ label: 'Thông báo – Giấy mời', href: '/thong-bao' }, { label: a.title }]}
      title={a.title}
      facts={[
        ['Loại', a.kind === 'giay-moi' ? 'Giấy mời' : 'Thông báo'],
        ['Số hiệu', a.number],
        ['Ngày ban hành', formatDate(a.issuedAt)],
        ['Đơn vị ban hành', unitTitle(a.unit)],
        ['Thời gian họp', a.kind === 'giay-moi' && a.meetingAt ? formatDateTime(a.meetingAt) : null],
        ['Địa điểm họp', a.kind === 'giay-moi' ? a.meetingPlace : null],
      ]}
      summary={a.summary}
      body={a.body}
      attachments={a.attachments}
      path={`/thong-bao/${a.slug}`}
    />
  )
}

export function PlanView({ plan: p }: { plan: Plan }) {
  return (
    <DetailLayout
      crumbs={[{ label: 'Kế hoạch – Chương trình – Đề án', href: '/ke-hoach' }, { label: p.title }]}
      title={p.title}
      facts={[
        ['Loại', planKindLabel(p.kind)],
        ['Số ký hiệu', p.number],
        ['Ngày ban hành', formatDate(p.issuedAt)],
        ['Đơn vị ban hành', unitTitle(p.unit)],
        [
          'Giai đoạn',
          p.periodFrom ? `${p.periodFrom}${p.periodTo && p.periodTo !== p.periodFrom ? ` – ${p.periodTo}` : ''}` : null,
        ],
      ]}
      summary={p.summary}
      body={p.body}
      attachments={p.attachments}
      path={`/ke-hoach/${p.slug}`}
    >
      <TaxonomyLinks fields={p.fields} audiences={p.audiences} areas={p.areas} />
    </DetailLayout>
  )
}
