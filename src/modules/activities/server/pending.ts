import type { Payload, TypedUser, Where } from 'payload'
import { isEditorial, type RoleUser } from '@/shared/access/roles'
import { ACTIVITIES_SLUG, type ActivityStatus } from '../constants'
import { STATUS_LABELS } from '../states'

export type PendingItem = { id: number | string; title: string; date: string; unit: string | null }
export type PendingSummary = {
  counts: { status: ActivityStatus; label: string; count: number; href: string }[]
  /** the oldest records waiting: for the board those to verify, for a unit those returned */
  items: PendingItem[]
  itemsLabel: string
}

const LIST = `/admin/collections/${ACTIVITIES_SLUG}`
const hrefFor = (status: ActivityStatus) => `${LIST}?where[status][equals]=${status}`

/** Counts by status and the records needing attention, read with the user's own rights. */
export async function findPendingActivities(payload: Payload, user: TypedUser): Promise<PendingSummary> {
  const statuses: ActivityStatus[] = ['submitted', 'returned', 'draft', 'verified']
  const counts = await Promise.all(
    statuses.map(async (status) => {
      const { totalDocs } = await payload.count({
        collection: ACTIVITIES_SLUG,
        where: { status: { equals: status } },
        overrideAccess: false,
        user,
      })
      return { status, label: STATUS_LABELS[status], count: totalDocs, href: hrefFor(status) }
    }),
  )
  const board = isEditorial(user as RoleUser)
  const focus: ActivityStatus = board ? 'submitted' : 'returned'
  const where: Where = { status: { equals: focus } }
  const found = await payload.find({
    collection: ACTIVITIES_SLUG,
    where,
    sort: 'updatedAt',
    limit: 10,
    depth: 1,
    select: { title: true, date: true, unit: true },
    overrideAccess: false,
    user,
  })
  return {
    counts,
    itemsLabel: board ? 'Hoạt động chờ xác nhận (gửi sớm nhất trước)' : 'Hoạt động bị trả lại cần bổ sung',
    items: found.docs.map((doc) => ({
      id: doc.id,
      title: doc.title,
      date: doc.date,
      unit: doc.unit && typeof doc.unit === 'object' ? doc.unit.title : null,
    })),
  }
}
