import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Payload } from 'payload'
import { revalidatePublicSite } from '@/shared/cache/revalidate'
import { userError } from '@/shared/errors'
import { DIALOGUE_COMMENTS_SLUG, DIALOGUES_SLUG, FLAGS_TO_HIDE, WHOLE_TEXT, type FlagReason } from '../constants'
import { isClosed, isOpen } from '../phase'
import { publicName } from '../public-name'

const excerptOf = (body: unknown): string => {
  const text = String(body ?? '')
    .replace(/\s+/g, ' ')
    .trim()
  return text.length > 90 ? `${text.slice(0, 89)}…` : text
}

/** What the public submission use case passes to the hooks through the request context. */
export type CommentContext = {
  publicSubmission?: boolean
  commentMeta?: { ipHash: string | null; contactHash: string | null }
  /** a reader's flag; the hook appends it (the public cannot write any field itself) */
  publicFlag?: { reason: FlagReason }
  /** tests and seeds: accept a comment outside the collection period */
  allowOutsidePeriod?: boolean
}

type DialogueDoc = {
  id: number
  kind?: string | null
  unit?: number | { id: number } | null
  opensAt?: string | null
  closesAt?: string | null
  sections?: { key: string }[] | null
  workflowState?: string | null
}

const idOf = (value: unknown): number | null =>
  value && typeof value === 'object' ? ((value as { id: number }).id ?? null) : ((value as number | null) ?? null)

async function loadDialogue(payload: Payload, id: number, req: Parameters<CollectionBeforeChangeHook>[0]['req']) {
  // System read: the dialogue's dates decide whether a comment is accepted, whoever sends it.
  return (await payload.findByID({
    collection: DIALOGUES_SLUG,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as DialogueDoc | null
}

/**
 * A new comment: the dialogue must be published and open, the section must exist; the unit, kind,
 * running number and public name are derived here (the caller cannot set them).
 */
export const prepareNewComment: CollectionBeforeChangeHook = async ({ data, operation, req, context }) => {
  if (operation !== 'create') return data
  const ctx = context as CommentContext
  const next = data as Record<string, unknown>
  const dialogueId = idOf(next.dialogue)
  const dialogue = dialogueId === null ? null : await loadDialogue(req.payload, dialogueId, req)
  if (!dialogue || dialogue.workflowState !== 'published') throw userError('Không tìm thấy đợt lấy ý kiến này.', 404)
  if (!ctx.allowOutsidePeriod && !isOpen(dialogue)) {
    throw userError(
      isClosed(dialogue)
        ? 'Đợt lấy ý kiến đã kết thúc, hệ thống không nhận thêm góp ý.'
        : 'Đợt lấy ý kiến chưa bắt đầu, vui lòng quay lại khi đến thời gian nhận góp ý.',
      409,
    )
  }
  const key = typeof next.sectionKey === 'string' && next.sectionKey ? next.sectionKey : WHOLE_TEXT
  if (key !== WHOLE_TEXT && !(dialogue.sections ?? []).some((s) => s.key === key)) {
    throw userError('Điều, mục được chọn không có trong dự thảo.', 400)
  }
  const count = await req.payload.count({
    collection: DIALOGUE_COMMENTS_SLUG,
    where: { dialogue: { equals: dialogue.id } },
    overrideAccess: true,
    req,
  })
  next.sectionKey = key
  next.kind = dialogue.kind === 'truc-tiep' ? 'cau-hoi' : 'gop-y'
  next.unit = idOf(dialogue.unit)
  next.number = count.totalDocs + 1
  next.displayName = publicName(String(next.authorName ?? ''), count.totalDocs + 1)
  next.excerpt = excerptOf(next.body)
  next.status = 'cho-duyet'
  next.flagCount = 0
  next.flags = []
  next.ipHash = ctx.commentMeta?.ipHash ?? null
  next.contactHash = ctx.commentMeta?.contactHash ?? null
  return next
}

/**
 * Later changes: a rejection needs its reason; decisions are recorded only after closing; a
 * reader's flag is appended and, at the threshold, sends the comment back to moderation.
 */
export const checkCommentChange: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update') return data
  const ctx = context as CommentContext
  const next = data as Record<string, unknown>
  const previous = (originalDoc ?? {}) as Record<string, unknown>
  if (ctx.publicFlag) {
    const flags = Array.isArray(previous.flags) ? (previous.flags as unknown[]) : []
    const count = Number(previous.flagCount ?? 0) + 1
    next.flags = [...flags, { reason: ctx.publicFlag.reason, at: new Date().toISOString() }]
    next.flagCount = count
    if (count >= FLAGS_TO_HIDE && previous.status === 'da-dang') next.status = 'cho-duyet'
    return next
  }
  if (typeof next.body === 'string') next.excerpt = excerptOf(next.body)
  const status = next.status ?? previous.status
  const reason = next.rejectReason ?? previous.rejectReason
  if (status === 'tu-choi' && previous.status !== 'tu-choi' && !(typeof reason === 'string' && reason.trim())) {
    throw userError('Hãy ghi lý do từ chối góp ý.', 400)
  }
  const decisionChanged = ['decision', 'decisionReason', 'answer', 'answeredBy'].some(
    (f) => f in next && (next[f] ?? null) !== (previous[f] ?? null),
  )
  if (decisionChanged) {
    const dialogue = await loadDialogue(req.payload, idOf(previous.dialogue) ?? -1, req)
    const live = dialogue?.kind === 'truc-tiep'
    // A live session's questions are answered during the session; a draft's comments after closing.
    if (!dialogue || (!live && !isClosed(dialogue))) {
      throw userError('Chỉ ghi kết quả tiếp thu, giải trình sau khi kết thúc lấy ý kiến.', 400)
    }
    if (status === 'tu-choi') throw userError('Góp ý đã bị từ chối nên không ghi kết quả tiếp thu.', 400)
    const decision = next.decision ?? previous.decision
    const why = next.decisionReason ?? previous.decisionReason
    if (decision && decision !== 'tiep-thu' && !(typeof why === 'string' && why.trim())) {
      throw userError('Hãy ghi lý do khi tiếp thu một phần hoặc giải trình, không tiếp thu.', 400)
    }
  }
  return next
}

/** Published comments and decisions appear on public pages: refresh them when those change. */
export const revalidateComment: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context.disableRevalidate) return doc
  const now = doc as Record<string, unknown>
  const before = (previousDoc ?? {}) as Record<string, unknown>
  const visible = now.status === 'da-dang' || before.status === 'da-dang'
  const changed = ['status', 'decision', 'decisionReason', 'answer', 'answeredBy', 'body', 'sectionKey'].some(
    (f) => now[f] !== before[f],
  )
  if (visible && changed) await revalidatePublicSite(req.payload, `dialogue comment ${String(now.id)}`, [], req)
  return doc
}
