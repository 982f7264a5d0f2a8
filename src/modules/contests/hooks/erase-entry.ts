import type { CollectionBeforeDeleteHook, Payload, PayloadRequest } from 'payload'
import { logPrivacyEvent } from '@/modules/privacy/audit'
import {
  CONTEST_ANSWERS_SLUG,
  CONTEST_ATTEMPTS_SLUG,
  CONTEST_CERTIFICATES_SLUG,
  CONTEST_ENTRIES_SLUG,
} from '../constants'

/** Set by the contestant's own erasure request (their cookie page) so the audit says who asked. */
export const ERASE_BY_CONTESTANT = 'contestantErasure'

/**
 * Erasure on request: deleting an entry (the organiser in the admin, or the contestant from their
 * page) deletes its attempts, answers and certificates in the same transaction, and records the
 * erasure in the personal-data audit. Certificates are deleted, not revoked: a revoked certificate
 * keeps the holder's name, which is exactly what the person asked us to forget; its verification
 * code then answers "unknown".
 */
export const eraseEntryRecords: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const payload = req.payload
  // System deletes inside the hook: the contestant's records go with the entry whoever erases it.
  const attempts = await payload.find({
    collection: CONTEST_ATTEMPTS_SLUG,
    where: { entry: { equals: id } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: {},
  })
  const attemptIds = attempts.docs.map((a) => a.id)
  if (attemptIds.length > 0) {
    await sysDelete(payload, req, CONTEST_ANSWERS_SLUG, { attempt: { in: attemptIds } })
  }
  await sysDelete(payload, req, CONTEST_CERTIFICATES_SLUG, { entry: { equals: id } })
  if (attemptIds.length > 0) await sysDelete(payload, req, CONTEST_ATTEMPTS_SLUG, { entry: { equals: id } })
  const byContestant = req.context?.[ERASE_BY_CONTESTANT] === true
  await logPrivacyEvent(payload, {
    req,
    user: byContestant ? null : req.user,
    action: 'erase',
    collection: CONTEST_ENTRIES_SLUG,
    documentId: id,
    fields: ['entry', 'attempts', 'answers', 'certificates'],
    note: byContestant
      ? `Người dự thi tự yêu cầu xóa (${attemptIds.length} lượt thi).`
      : `Ban tổ chức xóa theo yêu cầu (${attemptIds.length} lượt thi).`,
  })
}

async function sysDelete(
  payload: Payload,
  req: PayloadRequest,
  collection: typeof CONTEST_ANSWERS_SLUG | typeof CONTEST_ATTEMPTS_SLUG | typeof CONTEST_CERTIFICATES_SLUG,
  where: Record<string, unknown>,
): Promise<void> {
  await payload.delete({ collection, where: where as never, overrideAccess: true, depth: 0, req })
}
