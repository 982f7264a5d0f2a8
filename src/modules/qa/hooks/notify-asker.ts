import type { CollectionAfterChangeHook } from 'payload'
import { enqueueMail } from '@/modules/outbox'
import { revalidatePublicSite } from '@/shared/cache/revalidate'
import { logPrivacyEvent } from '@/modules/privacy/audit'
import { PRIVATE_FILES_SLUG } from '../constants'
import { answerPublishedMail } from '../server/mails'
import { ERASED_FIELDS } from './erase-asker-data'

export type QaAfterContext = {
  /** set by the handling hook when publishing stamped answerNotifiedAt: the mail goes out now */
  qaNotifyAsker?: { email: string; name: string | null }
  qaErased?: boolean
  /** the id of the private file the erased question pointed to */
  qaErasedAttachment?: number | string | null
  disableRevalidate?: boolean
}

/**
 * After a write: mails the asker when the answer was just published (once: the handling hook
 * stamps answerNotifiedAt in the same transaction), purges the versions holding erased data and
 * records the erasure in the privacy audit trail,
 * and refreshes the public pages when a published question changed.
 */
export const afterQuestionChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  const ctx = context as QaAfterContext
  if (ctx.qaNotifyAsker) {
    const mail = answerPublishedMail(doc, ctx.qaNotifyAsker.name)
    await enqueueMail(
      req.payload,
      { to: ctx.qaNotifyAsker.email, ...mail, kind: 'qa-answer-published', ref: `questions:${doc.id}` },
      { req },
    )
    delete ctx.qaNotifyAsker
  }
  if (ctx.qaErased) {
    // Earlier versions still hold the erased data; the version just saved (anonymised) is kept.
    await req.payload.db.deleteVersions({
      collection: 'questions',
      where: { and: [{ parent: { equals: doc.id } }, { 'version.anonymisedAt': { exists: false } }] },
      req,
    })
    await logPrivacyEvent(req.payload, {
      req,
      action: 'erase',
      collection: 'questions',
      documentId: doc.id,
      fields: [...ERASED_FIELDS],
      note: 'Xóa dữ liệu cá nhân theo yêu cầu của người hỏi',
    })
    if (ctx.qaErasedAttachment) {
      // Erasure on request, allowed to whoever may erase the question: the file goes with it.
      await req.payload.delete({
        collection: PRIVATE_FILES_SLUG,
        id: ctx.qaErasedAttachment,
        overrideAccess: true,
        req,
      })
    }
    delete ctx.qaErased
    delete ctx.qaErasedAttachment
  }
  const before = (previousDoc as { status?: string } | undefined)?.status
  if (!ctx.disableRevalidate && (doc.status === 'published' || before === 'published')) {
    await revalidatePublicSite(
      req.payload,
      `questions ${String(doc.id)} ${before ?? ''} → ${String(doc.status)}`,
      [],
      req,
    )
  }
  return doc
}
