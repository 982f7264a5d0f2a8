import type { CollectionAfterChangeHook } from 'payload'
import { userError } from '@/shared/errors'
import { REPORT_PERIODS_SLUG } from '../constants'
import { periodRange } from '../period-range'
import { loadUnits, withSubUnits } from '../server/units'

const idOf = (v: unknown): number | null =>
  typeof v === 'number' ? v : v && typeof v === 'object' && 'id' in v ? idOf((v as { id: unknown }).id) : null

/**
 * Accepting a report also verifies what it was built from: the unit's (and its sub-units')
 * activities dated in the period and still waiting ('submitted'), updated through the Local API as
 * the accepting editor, in the same transaction: if one cannot be verified, nothing is accepted.
 */
export const verifyReportedActivities: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.status !== 'accepted' || previousDoc?.status === 'accepted') return doc
  const unitId = idOf(doc.unit)
  const periodId = idOf(doc.period)
  if (unitId === null || periodId === null) return doc
  // The period's dates, read as the system (the editor may read it anyway).
  const period = await req.payload.findByID({
    collection: REPORT_PERIODS_SLUG,
    id: periodId,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const { from, to } = periodRange(period)
  const unitIds = withSubUnits(await loadUnits(req.payload, req), unitId)
  const result = await req.payload.update({
    collection: 'activities',
    where: {
      and: [
        { unit: { in: unitIds } },
        { status: { equals: 'submitted' } },
        { date: { greater_than_equal: from.toISOString() } },
        { date: { less_than: to.toISOString() } },
      ],
    },
    data: { status: 'verified' },
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (result.errors.length > 0) {
    const first = result.errors[0]!
    throw userError(`Không xác nhận được hoạt động #${String(first.id)} của kỳ báo cáo: ${first.message}`, 409)
  }
  return doc
}
