/**
 * Seeds the demo legal situations (demo-situations.ts), published by the system, three of them
 * with a quiz. Idempotent: nothing is done when any situation exists. Skipped with a note when the
 * legal documents they cite were not seeded (no corpus on this machine).
 */
import type { Payload, RequestContext } from 'payload'
import { blocksToLexical } from '@/shared/text/blocks-to-lexical'
import type { WorkflowContext } from '@/shared/workflow/apply-workflow'
import { SITUATIONS_SLUG } from '../constants'
import { DEMO_SITUATIONS, LABOUR_CODE, type DemoSituation } from './demo-situations'

type Log = (message: string) => void
const DAY = 86_400_000

async function idsBySlug(payload: Payload, collection: 'legal-fields' | 'audiences', slugs: string[]) {
  const found = await payload.find({
    collection,
    where: { slug: { in: slugs } },
    pagination: false,
    depth: 0,
    select: { slug: true },
    overrideAccess: true,
  })
  return slugs.flatMap((s) => found.docs.filter((d) => d.slug === s).map((d) => d.id))
}

async function documentIds(payload: Payload): Promise<Map<string, number>> {
  const numbers = [...new Set(DEMO_SITUATIONS.flatMap((s) => s.citations.map((c) => c.number)))]
  const found = await payload.find({
    collection: 'legal-documents',
    where: { number: { in: numbers } },
    pagination: false,
    depth: 0,
    select: { number: true },
    overrideAccess: true,
  })
  return new Map(found.docs.flatMap((d) => (d.number ? [[d.number, d.id] as const] : [])))
}

const paragraphs = (texts: string[]) => blocksToLexical(texts.map((text) => ({ type: 'p' as const, text })))

function quizOf(s: DemoSituation) {
  return (s.quiz ?? []).map((q) => ({
    prompt: q.prompt,
    options: q.options.map((text, i) => ({ text, isCorrect: i === q.correct })),
    explanation: q.explanation,
  }))
}

export async function seedSituations(payload: Payload, log: Log = () => {}): Promise<void> {
  // System seed: counts and writes whatever the state of the situations.
  const existing = await payload.count({ collection: SITUATIONS_SLUG, overrideAccess: true })
  if (existing.totalDocs > 0) return
  const documents = await documentIds(payload)
  if (!documents.has(LABOUR_CODE)) {
    log('Tình huống pháp luật: chưa có Bộ luật Lao động trong cơ sở dữ liệu văn bản, bỏ qua.')
    return
  }
  const unit = (
    await payload.find({
      collection: 'units',
      where: { slug: { equals: 'so-tu-phap' } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]?.id
  const context: RequestContext & WorkflowContext = {
    disableRevalidate: true,
    disableNotifications: true,
    disableSearchIndex: true,
    systemAction: { action: 'publish', byName: 'Dữ liệu mẫu' },
  }
  const now = Date.now()
  let withQuiz = 0
  for (const s of DEMO_SITUATIONS) {
    const [fields, audiences] = await Promise.all([
      idsBySlug(payload, 'legal-fields', s.fields),
      idsBySlug(payload, 'audiences', s.audiences),
    ])
    const citations = s.citations.flatMap((c) => {
      const document = documents.get(c.number)
      return document ? [{ document, article: c.article ?? null }] : []
    })
    await payload.create({
      collection: SITUATIONS_SLUG,
      data: {
        title: s.title,
        summary: s.summary,
        scenario: s.scenario,
        question: s.question,
        analysis: paragraphs(s.analysis),
        answer: paragraphs(s.answer),
        citations,
        fields,
        audiences,
        quiz: quizOf(s),
        unit: unit ?? null,
        publishedAt: new Date(now - s.daysAgo * DAY).toISOString(),
      } as never,
      depth: 0,
      overrideAccess: true,
      context,
    })
    if (s.quiz) withQuiz += 1
  }
  log(`Tình huống pháp luật: ${DEMO_SITUATIONS.length} tình huống (${withQuiz} có câu hỏi kiểm tra)`)
}
