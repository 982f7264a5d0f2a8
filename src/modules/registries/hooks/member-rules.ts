import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeValidateHook } from 'payload'
import { isContributor, unitIdOf, type RoleUser } from '@/shared/access/roles'
import { revalidatePublicSite } from '@/shared/cache/revalidate'
import { userError } from '@/shared/errors'
import { fold, nfc } from '@/shared/text/vietnamese'
import { statusFromDismissal } from '../rules'

type Group = Record<string, unknown>
const asGroup = (value: unknown): Group => (value && typeof value === 'object' ? (value as Group) : {})
const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/**
 * Keeps a member consistent before the fields are validated: a contributor's member always
 * belongs to the contributor's unit; the decision groups are merged with the stored ones (so a
 * partial update is validated as a whole); the status follows the dismissal decision; the
 * folded name feeds the accent-insensitive search.
 */
export const memberBeforeValidate: CollectionBeforeValidateHook = ({ data, originalDoc, req, operation }) => {
  if (!data) return data
  const previous = (originalDoc ?? {}) as Group
  const user = req.user as RoleUser | null
  if (isContributor(user)) {
    const own = unitIdOf(user)
    const given = 'unit' in data ? idOf(data.unit) : undefined
    if (own === null) throw userError('Tài khoản cộng tác viên chưa gắn với đơn vị nào.', 403)
    if (given !== undefined && given !== null && given !== '' && String(given) !== String(own)) {
      throw userError('Cộng tác viên chỉ được cập nhật đội ngũ của đơn vị mình.', 403)
    }
    data.unit = own
  }
  for (const group of ['recognition', 'dismissal'] as const) {
    if (operation === 'update' || group in data) {
      data[group] = { ...asGroup(previous[group]), ...asGroup(data[group]) }
    }
  }
  const fullName = typeof data.fullName === 'string' ? data.fullName : previous.fullName
  if (typeof fullName === 'string') {
    data.fullName = nfc(fullName).replace(/\s+/g, ' ').trim()
    data.nameFolded = fold(data.fullName as string)
  }
  data.status = statusFromDismissal(asGroup(data.dismissal ?? previous.dismissal))
  return data
}

/** Public lists and counts change with every member. */
export const memberAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (!req.context?.disableRevalidate) await revalidatePublicSite(req.payload, 'registry member changed', [], req)
  return doc
}

export const memberAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!req.context?.disableRevalidate) await revalidatePublicSite(req.payload, 'registry member deleted', [], req)
  return doc
}
