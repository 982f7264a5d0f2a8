import type { PayloadRequest } from 'payload'
import { userError } from '@/shared/errors'
import type { QaAction } from '../states'
import { defaultDueDate } from '../server/due-date'
import { eraseAskerData } from './erase-asker-data'

type Args = {
  action: QaAction
  next: Record<string, unknown>
  previous: Record<string, unknown>
  req: PayloadRequest
  now: Date
  note: string | null
}

const idOf = (value: unknown): number | string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return (value as { id?: number | string }).id ?? null
  return value as number | string
}

/** The value after this write: the new one if sent, else the stored one. */
const valueOf = (args: Args, name: string): unknown => (name in args.next ? args.next[name] : args.previous[name])

const hasAnswer = (value: unknown): boolean => {
  const root = (value as { root?: { children?: { children?: { text?: string }[] }[] } } | null)?.root
  return (root?.children ?? []).some((block) => (block.children ?? []).some((leaf) => Boolean(leaf.text?.trim())))
}

/** What each action does besides moving the state: checks its inputs and stamps dates and people. */
export async function applyActionEffects(args: Args): Promise<void> {
  const { action, next, previous, req, now } = args
  const userId = req.user?.id ?? null
  switch (action) {
    case 'accept':
      if (!valueOf(args, 'dueDate'))
        next.dueDate = (await defaultDueDate(req, valueOf(args, 'receivedAt'), now)).toISOString()
      return
    case 'reject': {
      const reason = valueOf(args, 'rejectionReason')
      if (!reason)
        throw userError('Hãy chọn lý do từ chối (thư rác, không phải câu hỏi pháp luật, trùng, ngoài phạm vi).')
      if (reason === 'duplicate')
        await requireTarget(args, 'Hãy chọn câu hỏi bị trùng ở ô “Trùng với / gộp vào câu hỏi”.')
      return
    }
    case 'merge':
      await requireTarget(args, 'Hãy chọn câu hỏi để gộp vào ở ô “Trùng với / gộp vào câu hỏi”.')
      return
    case 'assign':
      if (!idOf(valueOf(args, 'assignedUnit')) && !idOf(valueOf(args, 'assignedExpert'))) {
        throw userError('Hãy chọn đơn vị hoặc chuyên gia được phân công.')
      }
      await requireExpert(args)
      next.assignedAt = now.toISOString()
      // Reassigning starts the reminders over for the new assignee.
      next.dueSoonRemindedAt = null
      next.overdueRemindedAt = null
      if (!valueOf(args, 'dueDate'))
        next.dueDate = (await defaultDueDate(req, valueOf(args, 'receivedAt'), now)).toISOString()
      return
    case 'answer':
      if (!hasAnswer(valueOf(args, 'answer'))) throw userError('Hãy viết câu trả lời trước khi gửi duyệt.')
      next.answeredBy = userId
      next.answeredAt = now.toISOString()
      return
    case 'return':
      return
    case 'publish':
      if (!hasAnswer(valueOf(args, 'answer'))) throw userError('Câu hỏi chưa có câu trả lời để công bố.')
      if (!String(valueOf(args, 'title') ?? '').trim()) throw userError('Hãy nhập tiêu đề công khai.')
      next.approvedBy = userId
      next.publishedAt = now.toISOString()
      if (!idOf(valueOf(args, 'answeringUnit')) && idOf(valueOf(args, 'assignedUnit'))) {
        next.answeringUnit = idOf(valueOf(args, 'assignedUnit'))
      }
      stampAskerNotification(args)
      return
    case 'unpublish':
      next.answerNotifiedAt = previous.answerNotifiedAt ?? null
      return
    case 'reopen':
      next.rejectionReason = null
      next.duplicateOf = null
      return
    case 'mark-reviewed':
      next.legalBasisChanged = false
      next.legalBasisCheckedAt = now.toISOString()
      return
    case 'erase':
      eraseAskerData(next, now)
      // The attached file is deleted, not only unlinked, once the change is saved (notify-asker.ts).
      req.context.qaErasedAttachment = idOf(previous.attachment)
      // One 'erase' entry in the audit trail (notify-asker.ts) instead of an 'update' entry.
      req.context.qaErased = true
      req.context.skipPrivacyAudit = true
      return
    case 'save':
      return
  }
}

async function requireTarget(args: Args, message: string): Promise<void> {
  const target = idOf(valueOf(args, 'duplicateOf'))
  if (!target) throw userError(message)
  if (String(target) === String(args.previous.id)) throw userError('Không thể gộp một câu hỏi vào chính nó.')
  // System check: the target must exist and must not itself be merged away (no chains or loops).
  const found = await args.req.payload.find({
    collection: 'questions',
    where: { id: { equals: target } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req: args.req,
  })
  const doc = found.docs[0]
  if (!doc) throw userError('Không tìm thấy câu hỏi được chọn để gộp.')
  if (doc.status === 'merged' || doc.status === 'rejected') {
    throw userError('Câu hỏi được chọn đã bị gộp hoặc từ chối; hãy chọn câu hỏi gốc.')
  }
}

async function requireExpert(args: Args): Promise<void> {
  const expert = idOf(valueOf(args, 'assignedExpert'))
  if (!expert) return
  // System check of the chosen account's role; editors may read users, but the rule is the system's.
  const found = await args.req.payload.find({
    collection: 'users',
    where: { id: { equals: expert } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req: args.req,
  })
  if (found.docs[0]?.role !== 'expert') throw userError('Người được phân công phải có vai trò “Chuyên gia pháp luật”.')
}

/**
 * The asker is mailed once, on the first publication: the stamp is written in this transaction
 * and the mail is queued after the change (hooks/notify-asker.ts), so a re-publication after an
 * unpublish does not mail again.
 */
function stampAskerNotification({ next, previous, req, now }: Args): void {
  if (previous.answerNotifiedAt) return
  const asker = (previous.asker ?? {}) as { email?: string | null; name?: string | null }
  const email = asker.email?.trim()
  if (!email) return
  next.answerNotifiedAt = now.toISOString()
  req.context.qaNotifyAsker = { email, name: asker.name ?? null }
}
