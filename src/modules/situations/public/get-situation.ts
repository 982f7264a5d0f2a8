import type { Payload } from 'payload'
import { resolveCitations, type CitedProvision } from '@/modules/legal-documents/citations/resolve'
import type { LegalSituation, Media } from '@/payload-types'
import { SITUATIONS_SLUG, situationPath } from '../constants'

export type PublicQuizQuestion = { id: string; prompt: string; options: Array<{ id: string; text: string }> }
export type RelatedSituation = { title: string; url: string }
type TermLink = { title: string; slug: string }

export type SituationPageData = {
  situation: LegalSituation
  fields: TermLink[]
  audiences: TermLink[]
  image: { url: string; alt: string; width: number | null; height: number | null } | null
  citations: CitedProvision[]
  /** the quiz without its answer key or explanations (those are never sent before grading) */
  quiz: PublicQuizQuestion[]
  related: RelatedSituation[]
}

const visitor = { overrideAccess: false, user: null } as const
export const SITUATION_SLUG_PATTERN = /^[a-z0-9-]{1,160}$/

const terms = (value: unknown): TermLink[] =>
  Array.isArray(value)
    ? value.flatMap((t) =>
        t && typeof t === 'object' && 'slug' in t && t.slug ? [{ title: String(t.title), slug: String(t.slug) }] : [],
      )
    : []

const idsOf = (value: unknown): number[] =>
  Array.isArray(value)
    ? value.map((v) => (v && typeof v === 'object' ? (v as { id: number }).id : v)).filter((v) => typeof v === 'number')
    : []

/** The quiz as a visitor sees it: row ids, prompts and option texts (the read rule hides the key). */
export function publicQuiz(situation: Pick<LegalSituation, 'quiz'>): PublicQuizQuestion[] {
  return (situation.quiz ?? []).flatMap((q) =>
    q.id
      ? [
          {
            id: q.id,
            prompt: q.prompt,
            options: (q.options ?? []).flatMap((o) => (o.id ? [{ id: o.id, text: o.text }] : [])),
          },
        ]
      : [],
  )
}

/** A published situation, read as an anonymous visitor; null if there is none at that address. */
export async function findPublishedSituation(payload: Payload, slug: string): Promise<LegalSituation | null> {
  if (!SITUATION_SLUG_PATTERN.test(slug)) return null
  const found = await payload.find({
    collection: SITUATIONS_SLUG,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    populate: {
      'legal-fields': { title: true, slug: true },
      audiences: { title: true, slug: true },
      media: { url: true, filename: true, alt: true, width: true, height: true },
      'legal-situations': { title: true, slug: true },
    },
    ...visitor,
  })
  return (found.docs[0] as LegalSituation | undefined) ?? null
}

/** The editors' choice of related situations, then published ones sharing a legal field. */
async function relatedOf(payload: Payload, situation: LegalSituation): Promise<RelatedSituation[]> {
  const chosen = (situation.related ?? []).flatMap((r) =>
    typeof r === 'object' && r?.slug ? [{ title: r.title, url: situationPath(r.slug) }] : [],
  )
  const fieldIds = idsOf(situation.fields)
  if (chosen.length >= 4 || fieldIds.length === 0) return chosen.slice(0, 4)
  const sameField = await payload.find({
    collection: SITUATIONS_SLUG,
    where: { and: [{ fields: { in: fieldIds } }, { id: { not_equals: situation.id } }] },
    sort: '-publishedAt',
    limit: 4,
    depth: 0,
    select: { title: true, slug: true },
    ...visitor,
  })
  const seen = new Set(chosen.map((r) => r.url))
  const more = sameField.docs
    .filter((d) => d.slug && !seen.has(situationPath(d.slug)))
    .map((d) => ({ title: d.title, url: situationPath(d.slug as string) }))
  return [...chosen, ...more].slice(0, 4)
}

/** Everything the page of a published situation shows; null if none. */
export async function getSituationPage(payload: Payload, slug: string): Promise<SituationPageData | null> {
  const situation = await findPublishedSituation(payload, slug)
  if (!situation) return null
  const [citations, related] = await Promise.all([
    resolveCitations(payload, situation.citations),
    relatedOf(payload, situation),
  ])
  const media = typeof situation.image === 'object' && situation.image ? (situation.image as Media) : null
  return {
    situation,
    fields: terms(situation.fields),
    audiences: terms(situation.audiences),
    image: media?.url
      ? { url: media.url, alt: media.alt ?? '', width: media.width ?? null, height: media.height ?? null }
      : null,
    citations,
    quiz: publicQuiz(situation),
    related,
  }
}
