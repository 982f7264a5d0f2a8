import type { Payload, TypedUser, Where } from 'payload'
import { addWorkingDays } from '@/shared/calendar/working-days'
import { loadCalendarOptions } from '@/shared/calendar/settings'
import { DUE_SOON_QUEUE_DAYS, QUESTIONS_SLUG } from '../constants'

export type QaQueueKey = 'moderation' | 'overdue' | 'dueSoon' | 'approval' | 'legalBasis'
export type QaQueueItem = { id: number | string; title: string; trackingCode: string | null; dueDate: string | null }
export type QaQueueGroup = { key: QaQueueKey; label: string; count: number; items: QaQueueItem[]; href: string }

/** Questions still waiting for an answer (they have a deadline). */
const WAITING = ['accepted', 'assigned']

/** The "Hỏi đáp cần xử lý" groups, read as the user (an expert sees only their assignments). */
export async function findQaQueue(args: { payload: Payload; user: TypedUser; now?: Date }): Promise<QaQueueGroup[]> {
  const { payload, user } = args
  const now = args.now ?? new Date()
  const soon = addWorkingDays(now, DUE_SOON_QUEUE_DAYS, await loadCalendarOptions(payload))
  const groups: { key: QaQueueKey; label: string; where: Where }[] = [
    { key: 'moderation', label: 'Chờ kiểm duyệt', where: { status: { equals: 'new' } } },
    {
      key: 'overdue',
      label: 'Quá hạn trả lời',
      where: { and: [{ status: { in: WAITING } }, { dueDate: { less_than: now.toISOString() } }] },
    },
    {
      key: 'dueSoon',
      label: `Sắp đến hạn (≤ ${DUE_SOON_QUEUE_DAYS} ngày làm việc)`,
      where: {
        and: [
          { status: { in: WAITING } },
          { dueDate: { greater_than_equal: now.toISOString() } },
          { dueDate: { less_than_equal: soon.toISOString() } },
        ],
      },
    },
    { key: 'approval', label: 'Chờ duyệt trả lời', where: { status: { equals: 'answered' } } },
    {
      key: 'legalBasis',
      label: 'Căn cứ pháp lý đã thay đổi',
      where: { legalBasisChanged: { equals: true } },
    },
  ]
  return Promise.all(
    groups.map(async ({ key, label, where }) => {
      const found = await payload.find({
        collection: QUESTIONS_SLUG,
        where,
        sort: key === 'moderation' ? 'receivedAt' : 'dueDate',
        limit: 8,
        depth: 0,
        select: { title: true, trackingCode: true, dueDate: true },
        overrideAccess: false,
        user,
      })
      return {
        key,
        label,
        count: found.totalDocs,
        items: found.docs.map((d) => ({
          id: d.id,
          title: d.title ?? `#${String(d.id)}`,
          trackingCode: d.trackingCode ?? null,
          dueDate: d.dueDate ?? null,
        })),
        href: listHref(where),
      }
    }),
  )
}

/** The admin list URL filtered like the group (Payload reads `where` from the query string). */
export function listHref(where: Where): string {
  const params: string[] = []
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`))
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, `${path}[${k}]`)
    } else params.push(`${encodeURIComponent(path)}=${encodeURIComponent(String(value))}`)
  }
  walk(where, 'where')
  return `/admin/collections/${QUESTIONS_SLUG}?${params.join('&')}`
}
