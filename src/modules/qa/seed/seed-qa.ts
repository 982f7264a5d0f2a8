/**
 * Demo questions and answers for the province: published ones across several fields (the labour
 * ones cite articles of the seeded Bộ luật Lao động 2019), and a few still being handled so the
 * editors' queue is not empty (new, accepted, assigned with a due date, one overdue, one waiting
 * for approval). Runs as the system, without e-mails, cache refreshes or per-document indexing.
 */
import type { Payload, RequestContext } from 'payload'
import type { User } from '@/payload-types'
import { blocksToLexical } from '@/shared/text/blocks-to-lexical'
import { QUESTIONS_SLUG } from '../constants'
import { DEMO_QUESTIONS, type DemoQuestion } from './demo-questions'

type Log = (message: string) => void

const DAY = 86_400_000

async function idBySlug(
  payload: Payload,
  collection: 'legal-fields' | 'audiences',
  slug: string,
): Promise<number | null> {
  const found = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs[0]?.id ?? null
}

async function documentId(payload: Payload, number: string): Promise<number | null> {
  const found = await payload.find({
    collection: 'legal-documents',
    where: { number: { equals: number } },
    limit: 1,
    depth: 0,
    select: { number: true },
    overrideAccess: true,
  })
  return found.docs[0]?.id ?? null
}

async function userByRole(payload: Payload, role: string): Promise<User | null> {
  const found = await payload.find({
    collection: 'users',
    where: { role: { equals: role } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return (found.docs[0] as User | undefined) ?? null
}

export async function seedQuestions(payload: Payload, log: Log = () => {}): Promise<void> {
  const [editor, expert] = await Promise.all([userByRole(payload, 'editor'), userByRole(payload, 'expert')])
  if (!editor) {
    log('Hỏi đáp: không có biên tập viên, bỏ qua.')
    return
  }
  const units = await payload.find({
    collection: 'units',
    where: { slug: { equals: 'so-tu-phap' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const unit = units.docs[0]?.id ?? null
  const areas = await payload.find({ collection: 'areas', limit: 5, depth: 0, sort: 'title', overrideAccess: true })
  const now = Date.now()
  let published = 0

  for (const [i, q] of DEMO_QUESTIONS.entries()) {
    const received = new Date(now - q.daysAgo * DAY)
    const ctx = (at: Date): RequestContext => ({
      disableRevalidate: true,
      disableNotifications: true,
      disableSearchIndex: true,
      qaNow: at.toISOString(),
    })
    const as = { user: editor, overrideAccess: true, depth: 0 } as const
    const field = await idBySlug(payload, 'legal-fields', q.field)
    const audiences = (await Promise.all((q.audiences ?? []).map((a) => idBySlug(payload, 'audiences', a)))).filter(
      (id): id is number => id !== null,
    )
    const doc = await payload.create({
      collection: QUESTIONS_SLUG,
      data: {
        title: q.title,
        body: q.body,
        field,
        area: areas.docs[i % Math.max(1, areas.docs.length)]?.id ?? null,
        audiences,
        receivedAt: received.toISOString(),
        asker: { name: q.asker, email: `nguoi-hoi-${i + 1}@example.vn`, consentAt: received.toISOString() },
      },
      context: ctx(received),
      ...as,
    })
    if (q.state === 'new') continue
    const step = async (data: Record<string, unknown>, at: Date, user: User = editor) => {
      await payload.update({ collection: QUESTIONS_SLUG, id: doc.id, data, context: ctx(at), ...as, user })
    }
    const accepted = new Date(received.getTime() + DAY)
    await step(
      {
        qaAction: 'accept',
        ...(q.dueInDays !== undefined ? { dueDate: new Date(now + q.dueInDays * DAY).toISOString() } : {}),
      },
      accepted,
    )
    if (q.state === 'accepted') continue
    await step({ qaAction: 'assign', assignedUnit: unit, assignedExpert: expert?.id ?? null }, accepted)
    if (q.state === 'assigned') continue
    const citations = await citationsOf(payload, q)
    const answered = new Date(received.getTime() + 5 * DAY)
    await step(
      {
        qaAction: 'answer',
        answer: blocksToLexical(q.answer.map((text) => ({ type: 'p' as const, text }))),
        citations,
        answeringUnit: unit,
      },
      answered,
      expert ?? editor,
    )
    if (q.state === 'answered') continue
    await step({ qaAction: 'publish' }, new Date(received.getTime() + 7 * DAY))
    if (q.views)
      await payload.db.updateOne({
        collection: QUESTIONS_SLUG,
        id: doc.id,
        data: { viewCount: q.views },
        returning: false,
      })
    published += 1
  }
  log(`Hỏi đáp: ${DEMO_QUESTIONS.length} câu hỏi (${published} đã công bố)`)
}

async function citationsOf(payload: Payload, q: DemoQuestion): Promise<Array<{ document: number; article: string }>> {
  const rows: Array<{ document: number; article: string }> = []
  for (const c of q.citations ?? []) {
    const id = await documentId(payload, c.number)
    if (id !== null) rows.push({ document: id, article: c.article })
  }
  return rows
}
