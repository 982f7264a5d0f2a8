import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { STATE_LABELS, isWorkflowState } from './states'

type Args = {
  req: PayloadRequest
  collection: SanitizedCollectionConfig
  doc: Record<string, unknown>
  from: string | null
  to: string
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )
}

function adminUrl(collection: string, id: unknown): string {
  const base = (process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
  return `${base}/admin/collections/${collection}/${String(id)}`
}

/**
 * Sends the workflow e-mails. A failed e-mail is logged and never undoes the editor's change.
 */
export async function notifyWorkflowChange({ req, collection, doc, from, to }: Args): Promise<void> {
  const { payload } = req
  const title = typeof doc.title === 'string' ? doc.title : `#${String(doc.id)}`
  const label = typeof collection.labels?.singular === 'string' ? collection.labels.singular : collection.slug
  const link = adminUrl(collection.slug, doc.id)
  const lastComment = lastHistoryComment(doc)

  let recipients: string[] = []
  let subject = ''
  let intro = ''
  if (to === 'submitted') {
    // System lookup of who must be told; the submitting contributor cannot read user e-mails.
    const editors = await payload.find({
      collection: 'users',
      where: { role: { in: ['editor', 'editor-in-chief'] } },
      limit: 200,
      depth: 0,
      overrideAccess: true,
    })
    recipients = editors.docs.map((u) => (u as { email?: string }).email).filter((e): e is string => !!e)
    subject = `[Chờ duyệt] ${title}`
    intro = `${label} “${title}” vừa được gửi duyệt${from === 'returned' ? ' lại sau khi sửa' : ''}.`
  } else if (to === 'returned' || to === 'published' || to === 'scheduled') {
    const author = await authorEmail(req, doc.createdBy)
    if (author) recipients = [author]
    const state = isWorkflowState(to) ? STATE_LABELS[to] : to
    subject = `[${state}] ${title}`
    intro = `${label} “${title}” của bạn đã chuyển sang trạng thái “${state}”.`
  }
  if (recipients.length === 0) return

  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    lastComment ? `<p><strong>Ý kiến:</strong> ${escapeHtml(lastComment)}</p>` : '',
    `<p><a href="${escapeHtml(link)}">Mở trong trang quản trị</a></p>`,
  ].join('\n')
  const text = [intro, lastComment ? `Ý kiến: ${lastComment}` : '', `Mở trong trang quản trị: ${link}`]
    .filter(Boolean)
    .join('\n')

  try {
    await payload.sendEmail({ to: recipients.join(', '), subject, html, text })
  } catch (err) {
    payload.logger.error({ msg: 'Workflow e-mail could not be sent', subject, err })
  }
}

async function authorEmail(req: PayloadRequest, createdBy: unknown): Promise<string | null> {
  if (!createdBy) return null
  if (typeof createdBy === 'object' && typeof (createdBy as { email?: unknown }).email === 'string') {
    return (createdBy as { email: string }).email
  }
  try {
    // System lookup: the author's address is needed to tell them, whoever made the change.
    const user = await req.payload.findByID({
      collection: 'users',
      id: createdBy as number | string,
      depth: 0,
      overrideAccess: true,
    })
    return (user as { email?: string }).email ?? null
  } catch (err) {
    req.payload.logger.warn({ msg: 'Author of a workflow document not found', createdBy, err })
    return null
  }
}

function lastHistoryComment(doc: Record<string, unknown>): string | null {
  const history = doc.workflowHistory
  if (!Array.isArray(history) || history.length === 0) return null
  const last = history[history.length - 1] as { comment?: string | null } | undefined
  return last?.comment ?? null
}
