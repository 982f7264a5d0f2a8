import type { Payload } from 'payload'
import { portalPayload } from '@/shared/content/payload'
import { clientAddress, createRateLimiter } from '@/shared/security/rate-limit'
import { QUESTIONS_SLUG } from '../constants'

// One counted view per address and question every 30 minutes: reloads do not inflate the count.
const repeat = createRateLimiter({ name: 'qa-view', limit: 1, windowMs: 30 * 60_000 })
const BOTS = /bot|crawl|spider|slurp|preview|headless|fetch|curl|wget|python|java\//i

const noContent = () => new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } })

/**
 * Adds one view to a published question. The page is cached (ISR), so its script reports the view
 * here. The count is written straight to the database: it is not an edit (no version, no history,
 * no re-index, no cache refresh), and the question is first read as a visitor, so only published
 * questions are ever counted.
 */
export async function countQuestionView(request: Request, payloadArg?: Payload): Promise<Response> {
  if (Number(request.headers.get('content-length') || 0) > 200) {
    return Response.json({ error: 'Yêu cầu không hợp lệ.' }, { status: 400 })
  }
  let id: unknown
  try {
    id = ((await request.json()) as { id?: unknown }).id
  } catch {
    return Response.json({ error: 'Yêu cầu không hợp lệ.' }, { status: 400 })
  }
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) {
    return Response.json({ error: 'Mã câu hỏi không hợp lệ.' }, { status: 400 })
  }
  if (BOTS.test(request.headers.get('user-agent') ?? '')) return noContent()
  if (!(await repeat.hit(`${clientAddress(request.headers)}:${id}`)).allowed) return noContent()
  const payload = payloadArg ?? (await portalPayload())
  const found = await payload.find({
    collection: QUESTIONS_SLUG,
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    select: { viewCount: true },
    overrideAccess: false,
    user: null,
  })
  const doc = found.docs[0]
  if (!doc) return Response.json({ error: 'Không tìm thấy câu hỏi.' }, { status: 404 })
  await payload.db.updateOne({
    collection: QUESTIONS_SLUG,
    id,
    data: { viewCount: (doc.viewCount ?? 0) + 1 },
    returning: false,
  })
  return noContent()
}
