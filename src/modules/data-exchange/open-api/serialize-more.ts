import type { Payload } from 'payload'
import type {
  Announcement,
  Area,
  Audience,
  Contest,
  ContestRound,
  Dialogue,
  DocumentMaterial,
  Event,
  File as FileDoc,
  LegalDocument,
  LegalField,
  Plan,
  RegistryMember,
  Unit,
} from '@/payload-types'
import { CONTEST_ROUNDS_SLUG, CONTEST_STATUSES } from '@/modules/contests/constants'
import { contestPath, roundPath } from '@/modules/contests/server/public-queries'
import { rankRound, type RankRow } from '@/modules/contests/server/ranking'
import { DECISIONS, DIALOGUE_COMMENTS_SLUG, DIALOGUE_KINDS, dialoguePath } from '@/modules/dialogue/constants'
import { dialoguePhase, isClosed, phaseLabel } from '@/modules/dialogue/phase'
import { documentPath, materialPath, MATERIAL_KINDS } from '@/modules/legal-documents/constants'
import { vnDay } from '@/modules/legal-documents/dates'
import { PLAN_KINDS } from '@/modules/news/collections/plans'
import { REGISTRY_KINDS, REGISTRY_LEVELS, REGISTRY_STATUSES } from '@/modules/registries/constants'
import { lexicalToPlainText } from '@/shared/text/lexical-text'
import { absoluteUrl } from '@/shared/ui/site-url'
import { terms } from './serialize'

/**
 * Serializers of the remaining entities of the data standard (events, announcements, plans,
 * companion materials, dialogues, contest results, registry members). Like ./serialize.ts each
 * picks public fields by name and gives no more than the public page of the record shows: no
 * contacts, no internal notes, no commenters' or contestants' personal data.
 */

const iso = (value: string | null | undefined): string | null => (value ? new Date(value).toISOString() : null)

/** The latest of some instants, as ISO 8601. */
const latest = (...values: (string | null | undefined)[]): string =>
  new Date(Math.max(...values.map((v) => (v ? Date.parse(v) : 0)))).toISOString()

export const ANNOUNCEMENT_KINDS = [
  { value: 'thong-bao', label: 'Thông báo' },
  { value: 'giay-moi', label: 'Giấy mời' },
] as const

type Option = { readonly value: string; readonly label: string }
const coded = (options: readonly Option[], value: string) => ({
  code: value,
  name: options.find((o) => o.value === value)?.label ?? value,
})

/** The unit as a public term (title and slug only: a unit's phone and address stay out). */
export function unitTerm(value: number | Unit | null | undefined) {
  if (!value || typeof value !== 'object') return null
  return { id: value.id, slug: value.slug || String(value.id), name: value.title }
}

/** Attached files the visitor may download, as the attachment list of the page shows them. */
export const attachments = (values: (number | FileDoc)[] | null | undefined) =>
  (values ?? []).flatMap((f) =>
    f && typeof f === 'object' && f.url
      ? [{ title: f.title, url: absoluteUrl(f.url), mimeType: f.mimeType ?? null, size: f.filesize ?? null }]
      : [],
  )

const attachment = (value: number | FileDoc | null | undefined) => attachments(value ? [value] : [])[0] ?? null

/** A link to a published legal document; others are left out (the visitor cannot read them). */
function documentLink(value: number | LegalDocument | null | undefined) {
  if (!value || typeof value !== 'object' || value.workflowState !== 'published') return null
  return {
    id: value.id,
    number: value.number,
    title: value.title,
    url: absoluteUrl(documentPath(value.slug || String(value.id))),
  }
}

const documentLinks = (values: (number | LegalDocument)[] | null | undefined) =>
  (values ?? []).map(documentLink).filter((d): d is NonNullable<ReturnType<typeof documentLink>> => d !== null)

export function serializeEvent(doc: Event) {
  return {
    id: doc.id,
    identifier: `event:${doc.id}`,
    type: 'event' as const,
    url: absoluteUrl(`/su-kien/${doc.slug || doc.id}`),
    title: doc.title,
    summary: doc.summary ?? null,
    text: lexicalToPlainText(doc.body),
    startsAt: iso(doc.startsAt)!,
    endsAt: iso(doc.endsAt),
    place: doc.place,
    organiser: unitTerm(doc.unit),
    attachments: attachments(doc.attachments),
    publishedAt: iso(doc.publishedAt) ?? iso(doc.createdAt)!,
    updatedAt: iso(doc.updatedAt)!,
  }
}

export function serializeAnnouncement(doc: Announcement) {
  const invitation = doc.kind === 'giay-moi'
  return {
    id: doc.id,
    identifier: `announcement:${doc.id}`,
    type: 'announcement' as const,
    url: absoluteUrl(`/thong-bao/${doc.slug || doc.id}`),
    kind: coded(ANNOUNCEMENT_KINDS, doc.kind),
    number: doc.number ?? null,
    title: doc.title,
    summary: doc.summary ?? null,
    text: lexicalToPlainText(doc.body),
    issuedAt: vnDay(doc.issuedAt)!,
    // The meeting's time and place are shown (and meaningful) only on an invitation.
    meetingAt: invitation ? iso(doc.meetingAt) : null,
    meetingPlace: invitation ? (doc.meetingPlace ?? null) : null,
    issuer: unitTerm(doc.unit),
    attachments: attachments(doc.attachments),
    publishedAt: iso(doc.publishedAt) ?? iso(doc.createdAt)!,
    updatedAt: iso(doc.updatedAt)!,
  }
}

export function serializePlan(doc: Plan) {
  return {
    id: doc.id,
    identifier: `plan:${doc.id}`,
    type: 'plan' as const,
    url: absoluteUrl(`/ke-hoach/${doc.slug || doc.id}`),
    kind: coded(PLAN_KINDS, doc.kind),
    number: doc.number ?? null,
    title: doc.title,
    summary: doc.summary ?? null,
    text: lexicalToPlainText(doc.body),
    issuedAt: vnDay(doc.issuedAt)!,
    periodFrom: doc.periodFrom ?? null,
    periodTo: doc.periodTo ?? null,
    issuer: unitTerm(doc.unit),
    fields: terms(doc.fields as LegalField[]),
    audiences: terms(doc.audiences as Audience[]),
    areas: terms(doc.areas as Area[]),
    attachments: attachments(doc.attachments),
    publishedAt: iso(doc.publishedAt) ?? iso(doc.createdAt)!,
    updatedAt: iso(doc.updatedAt)!,
  }
}

export function serializeMaterial(doc: DocumentMaterial) {
  return {
    id: doc.id,
    identifier: `document-material:${doc.id}`,
    type: 'document-material' as const,
    url: absoluteUrl(materialPath(doc.slug || String(doc.id))),
    kind: coded(MATERIAL_KINDS, doc.kind),
    title: doc.title,
    summary: doc.summary ?? null,
    text: lexicalToPlainText(doc.body),
    documents: documentLinks(doc.documents),
    fields: terms(doc.fields as LegalField[]),
    author: unitTerm(doc.unit),
    attachments: attachments(doc.attachments),
    publishedAt: iso(doc.publishedAt) ?? iso(doc.createdAt)!,
    updatedAt: iso(doc.updatedAt)!,
  }
}

/**
 * A dialogue as its public page shows it: the text, the live session, how many contributions
 * were published and — once the organiser publishes it after closing — the outcome with the
 * decision counts. Never a commenter's name or contact, nor the comments' texts (each comment is
 * personal speech; the page shows them, the open data gives the totals).
 */
export async function serializeDialogue(doc: Dialogue, payload: Payload, now = new Date()) {
  // The visitor's read rule gives published comments only; decision is read for the outcome counts.
  const { docs: comments } = await payload.find({
    collection: DIALOGUE_COMMENTS_SLUG,
    where: { and: [{ dialogue: { equals: doc.id } }, { status: { equals: 'da-dang' } }] },
    select: { decision: true, updatedAt: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  const phase = dialoguePhase(doc, now)
  const outcomePublished = Boolean(doc.summaryPublished) && isClosed(doc, now)
  const live = doc.kind === 'truc-tiep'
  const sessionEnded = doc.sessionEndsAt ? new Date(doc.sessionEndsAt) <= now : false
  const files = (doc.backgroundFiles ?? []) as (number | FileDoc)[]
  return {
    id: doc.id,
    identifier: `dialogue:${doc.id}`,
    type: 'dialogue' as const,
    url: absoluteUrl(dialoguePath(doc.slug || String(doc.id))),
    kind: coded(DIALOGUE_KINDS, doc.kind),
    title: doc.title,
    summary: doc.summary ?? null,
    introduction: lexicalToPlainText(doc.introduction),
    opensAt: iso(doc.opensAt)!,
    closesAt: iso(doc.closesAt)!,
    phase: { code: phase, name: phaseLabel(phase) },
    organiser: unitTerm(doc.unit),
    fields: terms(doc.fields as LegalField[]),
    sections: (doc.sections ?? []).map((s) => ({ key: s.key, heading: s.heading, text: s.body ?? '' })),
    backgroundDocuments: documentLinks(doc.backgroundDocuments as (number | LegalDocument)[]),
    backgroundFiles: attachments(files),
    session: live
      ? {
          startsAt: iso(doc.sessionStartsAt),
          endsAt: iso(doc.sessionEndsAt),
          place: doc.place ?? null,
          streamUrl: doc.streamUrl ?? null,
          // Officials answer in their public role: name, title and agency as the page lists them.
          officials: (doc.officials ?? []).map((o) => ({ name: o.name, title: o.title ?? null, unit: o.unit ?? null })),
          transcript: sessionEnded ? lexicalToPlainText(doc.transcript) || null : null,
        }
      : null,
    contributions: { published: comments.length },
    outcome: outcomePublished
      ? {
          summary: doc.closingSummary ?? null,
          adoptedDocument: documentLink(doc.adoptedDocument as number | LegalDocument | null),
          finalText: lexicalToPlainText(doc.finalText) || null,
          decisions: [
            ...DECISIONS.map((d) => ({
              code: d.value,
              name: d.label,
              count: comments.filter((c) => c.decision === d.value).length,
            })),
            { code: 'chua-xu-ly', name: 'Chưa xử lý', count: comments.filter((c) => !c.decision).length },
          ],
          summaryUrl: absoluteUrl(`${dialoguePath(doc.slug || String(doc.id))}/tong-hop`),
        }
      : null,
    publishedAt: iso(doc.publishedAt) ?? iso(doc.createdAt)!,
    // A newly published contribution or decision changes the record: the latest of them counts.
    updatedAt: latest(doc.updatedAt, ...comments.map((c) => c.updatedAt)),
  }
}

/** How many of the round's best scores fall into each tenth of the maximum score. */
export function scoreDistribution(rows: Pick<RankRow, 'score' | 'maxScore'>[]) {
  const bins = Array.from({ length: 10 }, (_, i) => ({ fromPercent: i * 10, toPercent: (i + 1) * 10, count: 0 }))
  for (const r of rows) {
    const share = r.maxScore > 0 ? (r.score / r.maxScore) * 100 : 0
    const index = Math.min(9, Math.max(0, Math.floor(share / 10)))
    bins[index]!.count++
  }
  return bins
}

/** How many leaders of a published leaderboard the open data repeats. */
export const CONTEST_LEADERS = 10

/**
 * A published or closed contest with, for each round whose results the organiser has published,
 * the participants count, the score distribution and the leaders exactly as the public
 * leaderboard shows them (public name, school or unit, score). Rounds whose results are not
 * published carry no figures at all.
 */
export async function serializeContestResults(doc: Contest, payload: Payload) {
  const { docs: rounds } = await payload.find({
    collection: CONTEST_ROUNDS_SLUG,
    where: { contest: { equals: doc.id } },
    sort: 'number',
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  const slug = doc.slug || String(doc.id)
  const out = []
  for (const round of rounds as ContestRound[]) {
    let results = null
    if (round.resultsPublished) {
      // A system read (attempts are organisers-only records), shown only because the organiser
      // published this round's results; rankRound returns the leaderboard's public columns only.
      const rows = await rankRound(payload, round.id)
      const scores = rows.map((r) => r.score)
      results = {
        url: absoluteUrl(roundPath(slug, round.number, 'ket-qua')),
        publishedAt: iso(round.resultsPublishedAt),
        participants: rows.length,
        maxScore: rows.length ? Math.max(...rows.map((r) => r.maxScore)) : null,
        averageScore: rows.length ? Math.round((scores.reduce((s, x) => s + x, 0) / rows.length) * 100) / 100 : null,
        bestScore: rows.length ? Math.max(...scores) : null,
        scoreDistribution: scoreDistribution(rows),
        leaders: rows
          .filter((r) => r.rank <= CONTEST_LEADERS)
          .map((r) => ({
            rank: r.rank,
            publicName: r.publicName,
            school: r.school,
            unit: r.unitTitle,
            score: r.score,
            maxScore: r.maxScore,
          })),
      }
    }
    out.push({
      number: round.number,
      title: round.title,
      opensAt: iso(round.opensAt)!,
      closesAt: iso(round.closesAt)!,
      url: absoluteUrl(roundPath(slug, round.number)),
      results,
    })
  }
  return {
    id: doc.id,
    identifier: `contest-result:${doc.id}`,
    type: 'contest-result' as const,
    url: absoluteUrl(contestPath(slug)),
    title: doc.title,
    summary: doc.summary ?? null,
    status: coded(CONTEST_STATUSES, doc.status),
    organiser: unitTerm(doc.organiser as number | Unit | null),
    fields: terms(doc.fields as LegalField[]),
    prizes: doc.prizes ?? null,
    rounds: out,
    // Publishing a round's results changes the record though the contest itself is untouched.
    updatedAt: latest(doc.updatedAt, ...(rounds as ContestRound[]).map((r) => r.updatedAt)),
  }
}

type Decision = NonNullable<RegistryMember['recognition']>

const decision = (d: Decision | null | undefined, withReason: boolean) =>
  d && (d.number || d.date || d.issuer)
    ? {
        number: d.number ?? null,
        date: vnDay(d.date),
        issuer: d.issuer ?? null,
        ...(withReason ? { reason: (d as { reason?: string | null }).reason ?? null } : {}),
        file: attachment(d.file),
      }
    : null

/** A registry member as the public registry page lists them: never the contact or the note. */
export function serializeRegistryMember(doc: RegistryMember) {
  const dismissed = doc.status === 'dismissed'
  const kind = REGISTRY_KINDS.find((k) => k.value === doc.kind)
  return {
    id: doc.id,
    identifier: `registry-member:${doc.id}`,
    type: 'registry-member' as const,
    url: absoluteUrl(`/doi-ngu/${kind?.path ?? ''}`),
    fullName: doc.fullName,
    kind: coded(REGISTRY_KINDS, doc.kind),
    level: coded(REGISTRY_LEVELS, doc.level),
    unit: unitTerm(doc.unit),
    position: doc.position ?? null,
    fields: terms(doc.fields as LegalField[]),
    status: coded(REGISTRY_STATUSES, doc.status ?? 'active'),
    recognition: decision(doc.recognition, false),
    // The page shows the dismissal decision only for a dismissed member.
    dismissal: dismissed ? decision(doc.dismissal, true) : null,
    updatedAt: iso(doc.updatedAt)!,
  }
}
