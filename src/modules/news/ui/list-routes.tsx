import { notFound } from 'next/navigation'
import { formatDate, formatDateTime } from '@/shared/text/vietnamese'
import { DocList } from '@/shared/ui/doc-list'
import { findAnnouncements, findEvents, findPlans } from '../server/queries'
import { PLAN_KINDS } from '../collections/plans'

const pagedHref = (base: string) => (p: number) => (p === 1 ? base : `${base}/trang/${p}`)

export async function EventsList({ page }: { page: number | null }) {
  if (page === null) notFound()
  const result = await findEvents({ page })
  if (page > result.totalPages) notFound()
  return (
    <DocList
      title="Sự kiện"
      page={result.page}
      totalPages={result.totalPages}
      hrefFor={pagedHref('/su-kien')}
      empty="Chưa có sự kiện nào."
      items={result.docs.map((e) => ({
        id: e.id,
        href: `/su-kien/${e.slug}`,
        title: e.title,
        summary: e.summary,
        meta: (
          <>
            <time dateTime={e.startsAt}>{formatDateTime(e.startsAt)}</time>
            {e.endsAt ? (
              <>
                {' '}
                – <time dateTime={e.endsAt}>{formatDateTime(e.endsAt)}</time>
              </>
            ) : null}{' '}
            · {e.place}
          </>
        ),
      }))}
    />
  )
}

export async function AnnouncementsList({ page }: { page: number | null }) {
  if (page === null) notFound()
  const result = await findAnnouncements({ page })
  if (page > result.totalPages) notFound()
  return (
    <DocList
      title="Thông báo – Giấy mời"
      page={result.page}
      totalPages={result.totalPages}
      hrefFor={pagedHref('/thong-bao')}
      empty="Chưa có thông báo nào."
      items={result.docs.map((a) => ({
        id: a.id,
        href: `/thong-bao/${a.slug}`,
        title: a.title,
        summary: a.summary,
        meta: (
          <>
            {a.kind === 'giay-moi' ? 'Giấy mời' : 'Thông báo'}
            {a.number ? ` số ${a.number}` : ''} · ngày <time dateTime={a.issuedAt}>{formatDate(a.issuedAt)}</time>
          </>
        ),
      }))}
    />
  )
}

export const planKindLabel = (kind: string | null | undefined): string =>
  PLAN_KINDS.find((k) => k.value === kind)?.label ?? 'Kế hoạch'

export async function PlansList({ page }: { page: number | null }) {
  if (page === null) notFound()
  const result = await findPlans({ page })
  if (page > result.totalPages) notFound()
  return (
    <DocList
      title="Kế hoạch – Chương trình – Đề án"
      page={result.page}
      totalPages={result.totalPages}
      hrefFor={pagedHref('/ke-hoach')}
      empty="Chưa có kế hoạch nào."
      items={result.docs.map((p) => ({
        id: p.id,
        href: `/ke-hoach/${p.slug}`,
        title: p.title,
        summary: p.summary,
        meta: (
          <>
            {planKindLabel(p.kind)}
            {p.number ? ` số ${p.number}` : ''} · ngày <time dateTime={p.issuedAt}>{formatDate(p.issuedAt)}</time>
            {p.periodFrom
              ? ` · giai đoạn ${p.periodFrom}${p.periodTo && p.periodTo !== p.periodFrom ? `–${p.periodTo}` : ''}`
              : ''}
          </>
        ),
      }))}
    />
  )
}
