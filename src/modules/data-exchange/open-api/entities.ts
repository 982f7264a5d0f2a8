import type { CollectionSlug, Payload, Where } from 'payload'
import type {
  Announcement,
  Article,
  Contest,
  Dialogue,
  DocumentMaterial,
  Event,
  LegalDocument,
  LegalSituation,
  LibraryItem,
  Plan,
  Question,
  RegistryMember,
} from '@/payload-types'
import { CONTEST_ROUNDS_SLUG, CONTESTS_SLUG } from '@/modules/contests/constants'
import { DIALOGUE_COMMENTS_SLUG, DIALOGUES_SLUG } from '@/modules/dialogue/constants'
import { PHASES, type Phase } from '@/modules/dialogue/phase'
import { PLAN_KINDS } from '@/modules/news/collections/plans'
import {
  REGISTRY_KINDS,
  REGISTRY_LEVELS,
  REGISTRY_MEMBERS_SLUG,
  REGISTRY_STATUSES,
} from '@/modules/registries/constants'
import { LIBRARY_ITEMS_SLUG } from '@/modules/media/library/constants'
import { SITUATIONS_SLUG } from '@/modules/situations/constants'
import { DOCUMENT_MATERIALS_SLUG, LEGAL_DOCUMENTS_SLUG, MATERIAL_KINDS } from '@/modules/legal-documents/constants'
import { vnMidnight } from '@/modules/legal-documents/dates'
import { DOCUMENT_TYPES, EFFECT_STATUSES } from '@/modules/legal-documents/parse'
import { QUESTIONS_SLUG } from '@/modules/qa/constants'
import { badRequest } from './problem'
import {
  serializeArticle,
  serializeLegalDocument,
  serializeLegalDocuments,
  serializeLibraryItem,
  serializeQuestion,
  serializeSituation,
} from './serialize'
import {
  ANNOUNCEMENT_KINDS,
  serializeAnnouncement,
  serializeContestResults,
  serializeDialogue,
  serializeEvent,
  serializeMaterial,
  serializePlan,
  serializeRegistryMember,
} from './serialize-more'

/**
 * The entity types of the open API (/api/open/v1/<type>): which collection, what "public" means
 * for it, its filters and its serializer. Adding a type here adds its endpoints, its OpenAPI paths
 * and its rows on /du-lieu-mo.
 */

export type FilterSpec = {
  name: string
  /** Vietnamese description for the OpenAPI document and /du-lieu-mo */
  description: string
  example: string
  toWhere: (value: string, payload: Payload) => Promise<Where>
}

export type EntityType = {
  type: string
  collection: CollectionSlug
  /** Vietnamese name, for /du-lieu-mo */
  label: string
  schema: string
  published: Where
  /**
   * The same rule as `published`, on a stored document: the publication log (change feed) asks it
   * before and after each change to tell created / updated / unpublished apart.
   */
  isPublic: (doc: Record<string, unknown>) => boolean
  filters: FilterSpec[]
  serialize: (doc: unknown, payload: Payload) => Promise<unknown> | unknown
  /** a page of documents at once, where one query can serve them all (e.g. legal documents' relations) */
  serializeMany?: (docs: unknown[], payload: Payload) => Promise<unknown[]>
  /**
   * Records of other collections that are part of this type's public record (a contest's rounds, a
   * dialogue's published contributions): when one changes in a way the public sees, the publication
   * log notes an `updated` entry for its parent, though the parent document itself is untouched.
   */
  related?: RelatedRecords[]
}

export type RelatedRecords = {
  collection: CollectionSlug
  /** The parent's id (a number), from the related document as stored (depth 0 or populated). */
  parentId: (doc: Record<string, unknown>) => number | null
  /** Whether the related document shows in its parent's public record at all. */
  isVisible: (doc: Record<string, unknown>) => boolean
  /** Its fields the public record shows; a change elsewhere (flags, internal notes) logs nothing. */
  publicFields: string[]
}

/** The id of a relationship value (a number or a populated document). */
const relId = (value: unknown): number | null => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' ? id : null
}

const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/

/** A day (Vietnam calendar day) or an instant; the start of the day for "from", its end for "to". */
function parseDate(name: string, value: string, edge: 'start' | 'end'): string {
  const bad = badRequest(`Tham số “${name}” phải là ngày dạng YYYY-MM-DD hoặc thời điểm ISO 8601.`)
  if (!DATE.test(value)) throw bad
  if (value.length === 10) {
    const start = vnMidnight(value)
    if (!start) throw bad
    return edge === 'start' ? start : new Date(Date.parse(start) + 86_400_000 - 1).toISOString()
  }
  const time = Date.parse(value)
  if (Number.isNaN(time)) throw bad
  return new Date(time).toISOString()
}

function dateRange(field: string, label: string): FilterSpec[] {
  return [
    {
      name: 'from',
      description: `${label} từ ngày (YYYY-MM-DD, tính cả ngày đó) hoặc từ thời điểm ISO 8601.`,
      example: '2024-01-01',
      toWhere: async (value) => ({ [field]: { greater_than_equal: parseDate('from', value, 'start') } }),
    },
    {
      name: 'to',
      description: `${label} đến ngày (YYYY-MM-DD, tính cả ngày đó) hoặc đến thời điểm ISO 8601.`,
      example: '2024-12-31',
      toWhere: async (value) => ({ [field]: { less_than_equal: parseDate('to', value, 'end') } }),
    },
  ]
}

const updatedSince: FilterSpec = {
  name: 'updatedSince',
  description: 'Chỉ các bản ghi được cập nhật từ thời điểm này (ISO 8601), để đồng bộ tăng dần.',
  example: '2025-01-01T00:00:00Z',
  toWhere: async (value) => ({ updatedAt: { greater_than_equal: parseDate('updatedSince', value, 'start') } }),
}

/** A taxonomy filter by slug; an unknown slug is a 400 so a typo is not mistaken for "no data". */
function taxonomyFilter(
  name: string,
  collection: CollectionSlug,
  field: string,
  label: string,
  example: string,
): FilterSpec {
  return {
    name,
    description: `Theo ${label} (mã slug của thuật ngữ, ví dụ trong trường “slug” của kết quả).`,
    example,
    toWhere: async (value, payload) => {
      if (!/^[a-z0-9-]{1,120}$/.test(value)) throw badRequest(`Tham số “${name}” không hợp lệ.`)
      const { docs } = await payload.find({
        collection,
        where: { slug: { equals: value } },
        limit: 1,
        depth: 0,
        overrideAccess: false,
        select: {},
      })
      if (!docs[0]) throw badRequest(`Không có ${label} “${value}”.`)
      return { [field]: { in: [docs[0].id] } }
    },
  }
}

function enumFilter(name: string, field: string, label: string, values: readonly { value: string }[]): FilterSpec {
  return {
    name,
    description: `Theo ${label}: ${values.map((v) => v.value).join(', ')}.`,
    example: values[0]?.value ?? '',
    toWhere: async (value) => {
      if (!values.some((v) => v.value === value)) throw badRequest(`Tham số “${name}” không thuộc danh mục ${label}.`)
      return { [field]: { equals: value } }
    },
  }
}

const publishedWorkflow: Where = { workflowState: { equals: 'published' } }
const workflowPublic = (doc: Record<string, unknown>): boolean => doc.workflowState === 'published'

/** A filter by a positive integer id of a related record (e.g. the legal document of a material). */
function idFilter(name: string, field: string, description: string): FilterSpec {
  return {
    name,
    description,
    example: '1',
    toWhere: async (value) => {
      if (!/^[1-9]\d{0,15}$/.test(value)) throw badRequest(`Tham số “${name}” phải là số nguyên dương.`)
      return { [field]: { in: [Number(value)] } }
    },
  }
}

/** Dialogues in a phase, as of the request; the same conditions as the public list's phase filter. */
function dialoguePhaseWhere(phase: Phase, now = new Date()): Where {
  const at = now.toISOString()
  switch (phase) {
    case 'sap-mo':
      return { opensAt: { greater_than: at } }
    case 'dang-lay-y-kien':
      return { and: [{ opensAt: { less_than_equal: at } }, { closesAt: { greater_than: at } }] }
    case 'da-dong':
      return { and: [{ closesAt: { less_than_equal: at } }, { summaryPublished: { not_equals: true } }] }
    case 'da-cong-bo':
      return { and: [{ closesAt: { less_than_equal: at } }, { summaryPublished: { equals: true } }] }
  }
}

const phaseFilter: FilterSpec = {
  name: 'phase',
  description: `Theo giai đoạn: ${PHASES.map((p) => `${p.value} (${p.label.toLowerCase()})`).join(', ')}.`,
  example: 'da-cong-bo',
  toWhere: async (value) => {
    const phase = PHASES.find((p) => p.value === value)
    if (!phase) throw badRequest('Tham số “phase” không thuộc danh mục giai đoạn đối thoại.')
    return dialoguePhaseWhere(phase.value)
  },
}

/** A unit (organiser, issuer) by slug; an unknown slug is a 400 like the taxonomy filters. */
const unitFilter = (field: string, label: string) => taxonomyFilter('unit', 'units', field, label, 'so-tu-phap')

/**
 * updatedSince for a record whose serialized form also depends on related records (a contest's
 * rounds, a dialogue's comments): the record changed, or one of those did. The related records are
 * read for their parent's id only — a system read, so that a comment taken down also counts as a
 * change; only published parents are listed (the type's `published` condition still applies).
 */
function updatedSinceWith(related: CollectionSlug, parentField: string): FilterSpec {
  return {
    ...updatedSince,
    toWhere: async (value, payload): Promise<Where> => {
      const since = parseDate('updatedSince', value, 'start')
      const { docs } = await payload.find({
        collection: related,
        where: { updatedAt: { greater_than_equal: since } },
        select: { [parentField]: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
      const ids = [
        ...new Set(
          docs.map((d) => (d as unknown as Record<string, unknown>)[parentField]).filter((v) => typeof v === 'number'),
        ),
      ] as number[]
      return { or: [{ updatedAt: { greater_than_equal: since } }, { id: { in: ids.concat(-1) } }] }
    },
  }
}

const CONTEST_PUBLIC = ['published', 'closed']
const REGISTRY_KIND_VALUES = REGISTRY_KINDS.map((k) => k.value)

export const ENTITY_TYPES: EntityType[] = [
  {
    type: 'articles',
    collection: 'articles',
    label: 'Bài viết, tin tức',
    schema: 'article.schema.json',
    published: publishedWorkflow,
    isPublic: workflowPublic,
    filters: [
      taxonomyFilter('section', 'sections', 'section', 'chuyên mục', 'tin-tuc'),
      taxonomyFilter('field', 'legal-fields', 'fields', 'lĩnh vực pháp luật', 'dat-dai'),
      ...dateRange('publishedAt', 'Ngày đăng'),
      updatedSince,
    ],
    serialize: (doc) => serializeArticle(doc as Article),
  },
  {
    type: 'legal-documents',
    collection: LEGAL_DOCUMENTS_SLUG,
    label: 'Văn bản pháp luật',
    schema: 'legal-document.schema.json',
    published: publishedWorkflow,
    isPublic: workflowPublic,
    filters: [
      enumFilter('type', 'type', 'loại văn bản', DOCUMENT_TYPES),
      enumFilter('status', 'status', 'tình trạng hiệu lực', EFFECT_STATUSES),
      taxonomyFilter('field', 'legal-fields', 'fields', 'lĩnh vực pháp luật', 'dat-dai'),
      ...dateRange('issuedAt', 'Ngày ban hành'),
      updatedSince,
    ],
    serialize: (doc, payload) => serializeLegalDocument(doc as LegalDocument, payload),
    serializeMany: (docs, payload) => serializeLegalDocuments(docs as LegalDocument[], payload),
  },
  {
    type: 'questions',
    collection: QUESTIONS_SLUG,
    label: 'Hỏi đáp pháp luật',
    schema: 'question.schema.json',
    published: { status: { equals: 'published' } },
    isPublic: (doc) => doc.status === 'published',
    filters: [
      taxonomyFilter('field', 'legal-fields', 'field', 'lĩnh vực pháp luật', 'dat-dai'),
      taxonomyFilter('area', 'areas', 'area', 'địa bàn', 'phuong-tan-an'),
      ...dateRange('publishedAt', 'Ngày công bố'),
      updatedSince,
    ],
    serialize: (doc) => serializeQuestion(doc as Question),
  },
  {
    type: 'library-items',
    collection: LIBRARY_ITEMS_SLUG,
    label: 'Thư viện video, âm thanh, infographic, sách điện tử',
    schema: 'library-item.schema.json',
    published: publishedWorkflow,
    isPublic: workflowPublic,
    filters: [
      enumFilter('kind', 'kind', 'loại tư liệu', [
        { value: 'video' },
        { value: 'audio' },
        { value: 'infographic' },
        { value: 'ebook' },
      ]),
      taxonomyFilter('field', 'legal-fields', 'fields', 'lĩnh vực pháp luật', 'dat-dai'),
      ...dateRange('publishedAt', 'Ngày đăng'),
      updatedSince,
    ],
    serialize: (doc) => serializeLibraryItem(doc as LibraryItem),
  },
  {
    type: 'legal-situations',
    collection: SITUATIONS_SLUG,
    label: 'Tình huống pháp luật',
    schema: 'legal-situation.schema.json',
    published: publishedWorkflow,
    isPublic: workflowPublic,
    filters: [
      taxonomyFilter('field', 'legal-fields', 'fields', 'lĩnh vực pháp luật', 'dat-dai'),
      ...dateRange('publishedAt', 'Ngày đăng'),
      updatedSince,
    ],
    serialize: (doc) => serializeSituation(doc as LegalSituation),
  },
  {
    type: 'events',
    collection: 'events',
    label: 'Sự kiện',
    schema: 'event.schema.json',
    published: publishedWorkflow,
    isPublic: workflowPublic,
    filters: [unitFilter('unit', 'đơn vị tổ chức'), ...dateRange('startsAt', 'Bắt đầu'), updatedSince],
    serialize: (doc) => serializeEvent(doc as Event),
  },
  {
    type: 'announcements',
    collection: 'announcements',
    label: 'Thông báo, giấy mời',
    schema: 'announcement.schema.json',
    published: publishedWorkflow,
    isPublic: workflowPublic,
    filters: [
      enumFilter('kind', 'kind', 'loại thông báo', ANNOUNCEMENT_KINDS),
      unitFilter('unit', 'đơn vị ban hành'),
      ...dateRange('issuedAt', 'Ngày ban hành'),
      updatedSince,
    ],
    serialize: (doc) => serializeAnnouncement(doc as Announcement),
  },
  {
    type: 'plans',
    collection: 'plans',
    label: 'Kế hoạch, chương trình, đề án',
    schema: 'plan.schema.json',
    published: publishedWorkflow,
    isPublic: workflowPublic,
    filters: [
      enumFilter('kind', 'kind', 'loại kế hoạch', PLAN_KINDS),
      taxonomyFilter('field', 'legal-fields', 'fields', 'lĩnh vực pháp luật', 'dat-dai'),
      taxonomyFilter('area', 'areas', 'areas', 'địa bàn', 'phuong-tan-an'),
      unitFilter('unit', 'đơn vị ban hành'),
      ...dateRange('issuedAt', 'Ngày ban hành'),
      updatedSince,
    ],
    serialize: (doc) => serializePlan(doc as Plan),
  },
  {
    type: 'document-materials',
    collection: DOCUMENT_MATERIALS_SLUG,
    label: 'Tài liệu giới thiệu, phổ biến văn bản (thông cáo báo chí, đề cương, tài liệu bồi dưỡng)',
    schema: 'document-material.schema.json',
    published: publishedWorkflow,
    isPublic: workflowPublic,
    filters: [
      enumFilter('kind', 'kind', 'loại tài liệu', MATERIAL_KINDS),
      idFilter('document', 'documents', 'Theo văn bản pháp luật liên quan (mã số “id” của văn bản).'),
      taxonomyFilter('field', 'legal-fields', 'fields', 'lĩnh vực pháp luật', 'dat-dai'),
      ...dateRange('publishedAt', 'Ngày đăng'),
      updatedSince,
    ],
    serialize: (doc) => serializeMaterial(doc as DocumentMaterial),
  },
  {
    type: 'dialogues',
    collection: DIALOGUES_SLUG,
    label: 'Đối thoại chính sách, lấy ý kiến và kết quả tiếp thu',
    schema: 'dialogue.schema.json',
    published: publishedWorkflow,
    isPublic: workflowPublic,
    filters: [
      phaseFilter,
      taxonomyFilter('field', 'legal-fields', 'fields', 'lĩnh vực pháp luật', 'dat-dai'),
      ...dateRange('opensAt', 'Bắt đầu nhận ý kiến'),
      updatedSinceWith(DIALOGUE_COMMENTS_SLUG, 'dialogue'),
    ],
    serialize: (doc, payload) => serializeDialogue(doc as Dialogue, payload),
    // The record counts the published contributions and their decisions.
    related: [
      {
        collection: DIALOGUE_COMMENTS_SLUG,
        parentId: (doc) => relId(doc.dialogue),
        isVisible: (doc) => doc.status === 'da-dang',
        publicFields: ['decision'],
      },
    ],
  },
  {
    type: 'contest-results',
    collection: CONTESTS_SLUG,
    label: 'Kết quả cuộc thi tìm hiểu pháp luật (tổng hợp)',
    schema: 'contest-result.schema.json',
    published: { status: { in: CONTEST_PUBLIC } },
    isPublic: (doc) => CONTEST_PUBLIC.includes(String(doc.status)),
    filters: [
      enumFilter('status', 'status', 'trạng thái cuộc thi', [{ value: 'published' }, { value: 'closed' }]),
      taxonomyFilter('field', 'legal-fields', 'fields', 'lĩnh vực pháp luật', 'dat-dai'),
      updatedSinceWith(CONTEST_ROUNDS_SLUG, 'contest'),
    ],
    serialize: (doc, payload) => serializeContestResults(doc as Contest, payload),
    // The record lists every round, and a round's figures once its results are published.
    related: [
      {
        collection: CONTEST_ROUNDS_SLUG,
        parentId: (doc) => relId(doc.contest),
        isVisible: () => true,
        publicFields: ['number', 'title', 'opensAt', 'closesAt', 'resultsPublished', 'resultsPublishedAt'],
      },
    ],
  },
  {
    type: 'registry-members',
    collection: REGISTRY_MEMBERS_SLUG,
    label: 'Đội ngũ báo cáo viên, tuyên truyền viên, hòa giải viên, thành viên Hội đồng phối hợp',
    schema: 'registry-member.schema.json',
    published: { kind: { in: REGISTRY_KIND_VALUES } },
    isPublic: (doc) => (REGISTRY_KIND_VALUES as string[]).includes(String(doc.kind)),
    filters: [
      enumFilter('kind', 'kind', 'đội ngũ', REGISTRY_KINDS),
      enumFilter('level', 'level', 'cấp', REGISTRY_LEVELS),
      enumFilter('status', 'status', 'tình trạng', REGISTRY_STATUSES),
      unitFilter('unit', 'đơn vị'),
      taxonomyFilter('field', 'legal-fields', 'fields', 'lĩnh vực pháp luật', 'dat-dai'),
      updatedSince,
    ],
    serialize: (doc) => serializeRegistryMember(doc as RegistryMember),
  },
]

/** Serializes a page of documents of one type, in one go when the type can. */
export async function serializePage(entity: EntityType, docs: unknown[], payload: Payload): Promise<unknown[]> {
  if (entity.serializeMany) return entity.serializeMany(docs, payload)
  const out: unknown[] = []
  for (const doc of docs) out.push(await entity.serialize(doc, payload))
  return out
}

export const entityType = (type: string): EntityType | undefined => ENTITY_TYPES.find((e) => e.type === type)
