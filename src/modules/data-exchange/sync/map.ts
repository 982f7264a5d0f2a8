import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { vnMidnight } from '@/modules/legal-documents/dates'
import { DOCUMENT_TYPES, EFFECT_STATUSES } from '@/modules/legal-documents/parse'
import { MATERIAL_KINDS } from '@/modules/legal-documents/constants'
import { slugify } from '@/shared/text/vietnamese'
import { PLAN_KINDS } from '@/modules/news/collections/plans'
import { uploadLimitBytes } from '@/modules/media/hooks/validate-upload'
import { ANNOUNCEMENT_KINDS } from '../open-api/serialize-more'
import { SYNC_TYPES, type SyncType } from './constants'
import { downloadFromSource, type Download } from './files'
import { isPlainObject } from './object'
import { RejectedRecord } from './rejected'
import {
  CAPTION_LANGUAGES,
  familyLimitBytes,
  LIBRARY_FILES_SLUG,
  LIBRARY_KINDS,
} from '@/modules/media/library/constants'

/**
 * From a record of the open data standard (already checked against its JSON Schema) to the data of
 * a local document. Taxonomy terms are matched by slug; a term this portal does not have is left
 * out (and a section falls back to the source's section for synced articles). Anything that would
 * not fit the local collection is refused here with a Vietnamese reason, before any write.
 */

export { RejectedRecord }

type Term = { slug: string }
type Rec = Record<string, unknown>

const LIMITS = {
  title: 300,
  planTitle: 500,
  summary: 600,
  eventSummary: 1000,
  author: 120,
  place: 300,
  announcementNumber: 60,
  articleText: 500_000,
  legalText: 3_000_000,
  line: 500,
  situationText: 20_000,
  citationArticle: 120,
  librarySummary: 1500,
  transcript: 60_000,
  longDescription: 20_000,
  questionBody: 10_000,
}

export const localCollectionOf = (type: string): CollectionSlug | null =>
  (SYNC_TYPES.find((t) => t.value === type)?.collection as CollectionSlug | undefined) ?? null

function text(record: Rec, name: string, max: number, required = false): string | null {
  const value = record[name]
  if (value === null || value === undefined || value === '') {
    if (required) throw new RejectedRecord(`Thiếu “${name}”.`)
    return null
  }
  if (typeof value !== 'string') throw new RejectedRecord(`Trường “${name}” phải là chuỗi.`)
  if (value.length > max) {
    throw new RejectedRecord(`Trường “${name}” dài ${value.length} ký tự, vượt giới hạn ${max} ký tự.`)
  }
  // Control characters other than line breaks and tabs have no place in text.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(value)) {
    throw new RejectedRecord(`Trường “${name}” chứa ký tự điều khiển.`)
  }
  return value.normalize('NFC')
}

/** Plain text as Lexical paragraphs (one per line); the text is stored as text, never as markup. */
export function lexicalFromText(value: string): Rec {
  const lines = value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
  const paragraph = (line: string) => ({
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    children: [{ type: 'text', version: 1, text: line, detail: 0, format: 0, mode: 'normal', style: '' }],
  })
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: (lines.length > 0 ? lines : ['']).map(paragraph),
    },
  }
}

/** Terms already looked up during one run of the follower: a page repeats the same few. */
export type TermCache = Map<string, number[]>

async function idsBySlug(
  req: PayloadRequest,
  collection: CollectionSlug,
  terms: unknown,
  cache?: TermCache,
): Promise<number[]> {
  const slugs = Array.isArray(terms)
    ? (terms as Term[]).map((t) => t?.slug).filter((s): s is string => typeof s === 'string')
    : []
  if (slugs.length === 0) return []
  const key = `${collection}|${slugs.join('|')}`
  const known = cache?.get(key)
  if (known) return known
  const ids = await findIdsBySlug(req, collection, slugs)
  cache?.set(key, ids)
  return ids
}

async function findIdsBySlug(req: PayloadRequest, collection: CollectionSlug, slugs: string[]): Promise<number[]> {
  const { docs } = await req.payload.find({
    collection,
    where: { slug: { in: slugs } },
    limit: slugs.length,
    pagination: false,
    depth: 0,
    // System look-up of public taxonomy terms for the follower.
    overrideAccess: true,
    req,
    select: {},
  })
  return docs.map((d) => d.id as number)
}

/** The organising or issuing unit, when this portal has a unit of the same slug; else none. */
async function unitFor(req: PayloadRequest, term: unknown, cache?: TermCache): Promise<number | null> {
  const slug = (term as Term | null | undefined)?.slug
  if (typeof slug !== 'string' || slug === '') return null
  const [id] = await idsBySlug(req, 'units', [{ slug }], cache)
  return id ?? null
}

export const FALLBACK_SECTION = { title: 'Tin từ cổng khác', slug: 'tin-tu-cong-khac' }

async function sectionFor(
  req: PayloadRequest,
  record: Rec,
  fallback: number | null,
  cache?: TermCache,
): Promise<number> {
  const slug = (record.section as Term | undefined)?.slug
  if (slug) {
    const [id] = await idsBySlug(req, 'sections', [{ slug }], cache)
    if (id) return id
  }
  if (fallback) return fallback
  const { docs } = await req.payload.find({
    collection: 'sections',
    where: { slug: { equals: FALLBACK_SECTION.slug } },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs[0]) return docs[0].id
  // System write: the follower makes its own fallback section, hidden from the navigation.
  const created = await req.payload.create({
    collection: 'sections',
    data: { ...FALLBACK_SECTION, showInNav: false, order: 900 },
    overrideAccess: true,
    depth: 0,
    req,
    context: { disableRevalidate: true },
  })
  return created.id
}

function instant(record: Rec, name: string): string | null {
  const value = record[name]
  if (typeof value !== 'string') return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

function day(record: Rec, name: string, required = false): string | null {
  const value = record[name]
  if (value === null || value === undefined) {
    if (required) throw new RejectedRecord(`Thiếu ngày “${name}”.`)
    return null
  }
  const at = typeof value === 'string' ? vnMidnight(value) : null
  if (!at) throw new RejectedRecord(`Ngày “${name}” không hợp lệ.`)
  return at
}

/** The page of the original on the source: only http(s), so the public link can never run script. */
export function originalUrl(record: Rec): string {
  const value = record.url
  let url: URL
  try {
    url = new URL(String(value))
  } catch {
    throw new RejectedRecord('Địa chỉ trang gốc (“url”) không hợp lệ.')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RejectedRecord('Địa chỉ trang gốc phải là http:// hoặc https://.')
  }
  if (url.username || url.password) throw new RejectedRecord('Địa chỉ trang gốc không được kèm tên đăng nhập.')
  if (url.toString().length > 1000) throw new RejectedRecord('Địa chỉ trang gốc quá dài.')
  return url.toString()
}

/**
 * A situation's legal basis, as citations of this portal's documents: the copy of the cited document
 * that this portal took from the same source, else a published document of this portal with the
 * same number. Citations of documents this portal does not have are left out; a situation is
 * published only with its legal basis, so when none is left the record is refused, naming them.
 */
async function citationsFor(req: PayloadRequest, record: Rec, syncSource: number, required = true): Promise<Rec[]> {
  const cited = Array.isArray(record.citations) ? (record.citations as Rec[]) : []
  const out: Rec[] = []
  const missing: string[] = []
  for (const citation of cited) {
    const number = text(citation, 'number', 200, true)!
    const article = text(citation, 'article', LIMITS.citationArticle)
    const documentId = typeof citation.documentId === 'number' ? citation.documentId : null
    const document = await localDocument(req, syncSource, documentId, number)
    if (document) out.push({ document, article })
    else missing.push(number)
  }
  if (out.length === 0 && required) {
    throw new RejectedRecord(
      missing.length > 0
        ? `Chưa có văn bản nào được trích dẫn làm căn cứ pháp lý trên cổng này (${missing.slice(0, 5).join('; ')}): tình huống chỉ được đăng khi có căn cứ.`
        : 'Tình huống không nêu căn cứ pháp lý nào: chỉ được đăng khi có căn cứ.',
    )
  }
  return out
}

/**
 * The published document of this portal a record of the source points at: this portal's copy of
 * that source's document (by its id there), else a published document with the same number.
 */
async function localDocument(
  req: PayloadRequest,
  syncSource: number,
  documentId: number | null,
  number: string,
): Promise<number | null> {
  const { docs: copies } = documentId
    ? await req.payload.find({
        collection: 'sync-records',
        where: {
          and: [
            { syncSource: { equals: syncSource } },
            { entityType: { equals: 'legal-documents' } },
            { sourceId: { equals: documentId } },
            { localId: { exists: true } },
          ],
        },
        limit: 1,
        pagination: false,
        depth: 0,
        // System look-up of the follower's own provenance rows.
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  const copy = (copies[0] as { localId?: number | null } | undefined)?.localId ?? null
  // Only a published document: a copy withdrawn at the source (or here) is not a public basis.
  const published = async (where: Where) => {
    const { docs } = await req.payload.find({
      collection: 'legal-documents',
      where: { and: [where, { workflowState: { equals: 'published' } }] },
      limit: 1,
      pagination: false,
      depth: 0,
      // System look-up of a public document.
      overrideAccess: true,
      req,
      select: {},
    })
    return (docs[0]?.id as number | undefined) ?? null
  }
  return (copy ? await published({ id: { equals: copy } }) : null) ?? (await published({ number: { equals: number } }))
}

/** A file of the record, fetched from the source, to store here before the copy links it. */
export type Upload = {
  /** the copy's field that links it (a path for a field in an array row: `captions.0.file`) */
  field: string
  collection: 'media' | typeof LIBRARY_FILES_SLUG
  file: Download
  /** the stored file's title (library files) or alternative text (images) */
  label: string
}

export type Mapped = { data: Rec; slugBase: string; uploads?: Upload[] }

/** A whole number in a range, or none. */
/**
 * The record's code (`{ code, label }` or a bare code) from one of this portal's controlled
 * vocabularies, else a rejection that names it: `what` is the vocabulary ("Loại kế hoạch").
 */
function knownCode<T extends string>(value: unknown, vocabulary: readonly { value: T }[], what: string): T {
  const code = isPlainObject(value) ? value.code : value
  const found = vocabulary.find((k) => k.value === code)
  if (!found) throw new RejectedRecord(`${what} “${String(code)}” không có trong danh mục của cổng này.`)
  return found.value
}

function integer(record: Rec, name: string, min: number, max: number): number | null {
  const value = record[name]
  if (value === null || value === undefined) return null
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new RejectedRecord(`Trường “${name}” phải là số nguyên từ ${min} đến ${max}.`)
  }
  return value
}

/**
 * A media library item: its text, and its files fetched from the source (checked by content when
 * stored, as an editor's upload). A YouTube video needs no file. A video uploaded at the source
 * needs its WebVTT captions, which the record does not carry: it is refused with that reason.
 */
async function mapLibraryItem(
  req: PayloadRequest,
  record: Rec,
  options: { terms?: TermCache; syncSource: number; sourceBaseUrl?: string },
): Promise<Mapped> {
  const cache = options.terms
  const kind = knownCode(record.kind, LIBRARY_KINDS, 'Loại tài liệu')
  const title = text(record, 'title', LIMITS.title, true)!
  const data: Rec = {
    kind,
    title,
    summary: text(record, 'summary', LIMITS.librarySummary, true),
    durationSeconds: kind === 'video' || kind === 'audio' ? integer(record, 'durationSeconds', 1, 24 * 3600) : null,
    fields: await idsBySlug(req, 'legal-fields', record.fields, cache),
    audiences: await idsBySlug(req, 'audiences', record.audiences, cache),
    areas: await idsBySlug(req, 'areas', record.areas, cache),
    legalBasis: await citationsFor(req, { citations: record.legalBasis }, options.syncSource, false),
    publishedAt: instant(record, 'publishedAt'),
  }
  const uploads: Upload[] = []
  const base = options.sourceBaseUrl
  const fetchFile = async (value: unknown, what: string, max: number) => {
    if (!base) throw new RejectedRecord(`Không rõ cổng nguồn để tải ${what}.`)
    return downloadFromSource(value, what, base, max)
  }
  const image = async (field: string, what: string) => {
    const alt = (record.image as { alt?: unknown } | null)?.alt
    uploads.push({
      field,
      collection: 'media',
      file: await fetchFile(record.image, what, uploadLimitBytes()),
      label: (typeof alt === 'string' && alt.trim() ? alt : title).slice(0, 300),
    })
  }
  /** The record's main file (`media`), of one family of the library's files. */
  const libraryFile = async (field: string, what: string, family: 'video' | 'audio' | 'pdf') => {
    uploads.push({
      field,
      collection: LIBRARY_FILES_SLUG,
      file: await fetchFile(record.media, what, familyLimitBytes(family)),
      label: title.slice(0, 300),
    })
  }
  if (kind === 'video' && typeof record.externalVideo === 'string' && record.externalVideo) {
    data.videoSource = 'youtube'
    data.youtubeUrl = text(record, 'externalVideo', 200, true)
  } else if (kind === 'video') {
    // An uploaded video: the file, its poster and its WebVTT captions (required here as there).
    const captions = Array.isArray(record.captions) ? (record.captions as Rec[]) : []
    if (captions.length === 0) {
      throw new RejectedRecord('Video tải lên ở cổng nguồn không kèm phụ đề WebVTT: cổng này chỉ đăng video có phụ đề.')
    }
    const languages = new Set<string>(CAPTION_LANGUAGES.map((l) => l.value))
    data.videoSource = 'upload'
    await libraryFile('videoFile', 'tệp video', 'video')
    await image('poster', 'ảnh đại diện video')
    const rows: Rec[] = []
    for (const [i, caption] of captions.slice(0, 6).entries()) {
      const language = caption.language
      if (typeof language !== 'string' || !languages.has(language)) {
        throw new RejectedRecord(`Ngôn ngữ phụ đề “${String(language)}” không có trong danh mục của cổng này.`)
      }
      const file = await fetchFile(caption, 'tệp phụ đề', familyLimitBytes('captions'))
      // Stored under a .vtt name: the library tells captions by it, after checking the content.
      if (!file.name.toLowerCase().endsWith('.vtt')) file.name = `${file.name}.vtt`
      uploads.push({
        field: `captions.${i}.file`,
        collection: LIBRARY_FILES_SLUG,
        file,
        label: `Phụ đề: ${title}`.slice(0, 300),
      })
      rows.push({ language, file: null })
    }
    data.captions = rows
  } else if (kind === 'audio') {
    data.transcript = text(record, 'transcript', LIMITS.transcript, true)
    await libraryFile('audioFile', 'tệp âm thanh', 'audio')
  } else if (kind === 'infographic') {
    data.longDescription = text(record, 'description', LIMITS.longDescription, true)
    await image('image', 'ảnh infographic')
  } else {
    data.author = text(record, 'author', 200, true)
    data.publisher = text(record, 'publisher', 200, true)
    data.year = integer(record, 'year', 1945, 2100)
    data.pages = integer(record, 'pages', 1, 5000)
    await libraryFile('pdfFile', 'tệp PDF', 'pdf')
    await image('cover', 'ảnh bìa')
  }
  return { slugBase: slugify(title) || 'tai-lieu', data, uploads }
}

export async function mapRecord(
  req: PayloadRequest,
  type: SyncType,
  record: Rec,
  options: {
    fallbackSection: number | null
    sourceUrl: string
    terms?: TermCache
    syncSource: number
    /** the source portal's address: a library item's files are fetched from there only */
    sourceBaseUrl?: string
  },
): Promise<Mapped> {
  const cache = options.terms
  if (type === 'library-items') return mapLibraryItem(req, record, options)
  if (type === 'legal-situations') {
    const title = text(record, 'title', LIMITS.title, true)!
    return {
      slugBase: slugify(title) || 'tinh-huong',
      data: {
        title,
        summary: text(record, 'summary', LIMITS.summary),
        scenario: text(record, 'scenario', LIMITS.situationText, true),
        question: text(record, 'question', LIMITS.situationText, true),
        analysis: lexicalFromText(text(record, 'analysis', LIMITS.articleText, true)!),
        answer: lexicalFromText(text(record, 'answer', LIMITS.articleText, true)!),
        fields: await idsBySlug(req, 'legal-fields', record.fields, cache),
        audiences: await idsBySlug(req, 'audiences', record.audiences, cache),
        citations: await citationsFor(req, record, options.syncSource),
        publishedAt: instant(record, 'publishedAt'),
      },
    }
  }
  if (type === 'questions') {
    // Only the public wording travels (the open API never exports the asker): the copy has no asker.
    const title = text(record, 'title', LIMITS.title, true)!
    const answer = text(record, 'answer', LIMITS.articleText, true)!
    if (!answer.trim()) throw new RejectedRecord('Câu hỏi chưa có câu trả lời: chỉ câu hỏi đã trả lời mới được đăng.')
    const [field] = await idsBySlug(req, 'legal-fields', record.field ? [record.field] : [], cache)
    const [area] = await idsBySlug(req, 'areas', record.area ? [record.area] : [], cache)
    return {
      slugBase: slugify(title) || 'hoi-dap',
      data: {
        title,
        body: text(record, 'question', LIMITS.questionBody, true),
        answer: lexicalFromText(answer),
        field: field ?? null,
        area: area ?? null,
        audiences: await idsBySlug(req, 'audiences', record.audiences, cache),
        // Cited documents this portal does not have are left out; an answer stands without them.
        citations: await citationsFor(req, record, options.syncSource, false),
        publishedAt: instant(record, 'publishedAt'),
        syncedCopy: true,
      },
    }
  }
  if (type === 'document-materials') {
    const title = text(record, 'title', LIMITS.title, true)!
    const kind = knownCode(record.kind, MATERIAL_KINDS, 'Loại tài liệu')
    // The documents it presents, as present here; the others are left out.
    const documents: number[] = []
    for (const link of Array.isArray(record.documents) ? (record.documents as Rec[]).slice(0, 20) : []) {
      const number = text(link, 'number', 200, true)!
      const id = await localDocument(req, options.syncSource, typeof link.id === 'number' ? link.id : null, number)
      if (id && !documents.includes(id)) documents.push(id)
    }
    return {
      slugBase: slugify(title) || 'tai-lieu',
      data: {
        kind,
        title,
        summary: text(record, 'summary', LIMITS.eventSummary),
        body: lexicalFromText(text(record, 'text', LIMITS.articleText) || title),
        documents,
        fields: await idsBySlug(req, 'legal-fields', record.fields, cache),
        unit: await unitFor(req, record.author, cache),
        publishedAt: instant(record, 'publishedAt'),
      },
    }
  }
  if (type === 'plans') {
    const title = text(record, 'title', LIMITS.planTitle, true)!
    const kind = knownCode(record.kind, PLAN_KINDS, 'Loại kế hoạch')
    const periodFrom = integer(record, 'periodFrom', 1945, 2100)
    const periodTo = integer(record, 'periodTo', 1945, 2100)
    if (periodFrom !== null && periodTo !== null && periodTo < periodFrom) {
      throw new RejectedRecord('Năm kết thúc giai đoạn phải không sớm hơn năm bắt đầu.')
    }
    return {
      slugBase: slugify(title) || 'ke-hoach',
      data: {
        title,
        kind,
        number: text(record, 'number', LIMITS.announcementNumber),
        issuedAt: day(record, 'issuedAt', true),
        periodFrom,
        periodTo,
        summary: text(record, 'summary', LIMITS.eventSummary),
        body: lexicalFromText(text(record, 'text', LIMITS.articleText) || title),
        fields: await idsBySlug(req, 'legal-fields', record.fields, cache),
        audiences: await idsBySlug(req, 'audiences', record.audiences, cache),
        areas: await idsBySlug(req, 'areas', record.areas, cache),
        unit: await unitFor(req, record.issuer, cache),
        publishedAt: instant(record, 'publishedAt'),
      },
    }
  }
  if (type === 'articles') {
    const title = text(record, 'title', LIMITS.title, true)!
    const body = text(record, 'text', LIMITS.articleText) ?? ''
    return {
      slugBase: slugify(title) || 'bai-viet',
      data: {
        title,
        summary: text(record, 'summary', LIMITS.summary),
        author: text(record, 'author', LIMITS.author),
        body: lexicalFromText(body || title),
        section: await sectionFor(req, record, options.fallbackSection, cache),
        fields: await idsBySlug(req, 'legal-fields', record.fields, cache),
        audiences: await idsBySlug(req, 'audiences', record.audiences, cache),
        areas: await idsBySlug(req, 'areas', record.areas, cache),
        publishedAt: instant(record, 'publishedAt'),
      },
    }
  }
  if (type === 'events') {
    const title = text(record, 'title', LIMITS.title, true)!
    const startsAt = instant(record, 'startsAt')
    if (!startsAt) throw new RejectedRecord('Thiếu thời điểm bắt đầu (“startsAt”).')
    const endsAt = instant(record, 'endsAt')
    if (endsAt && endsAt <= startsAt) throw new RejectedRecord('Thời điểm kết thúc phải sau thời điểm bắt đầu.')
    return {
      slugBase: slugify(title) || 'su-kien',
      data: {
        title,
        summary: text(record, 'summary', LIMITS.eventSummary),
        startsAt,
        endsAt,
        place: text(record, 'place', LIMITS.place, true),
        body: lexicalFromText(text(record, 'text', LIMITS.articleText) || title),
        unit: await unitFor(req, record.organiser, cache),
        publishedAt: instant(record, 'publishedAt'),
      },
    }
  }
  if (type === 'announcements') {
    const title = text(record, 'title', LIMITS.title, true)!
    const kind = knownCode(record.kind, ANNOUNCEMENT_KINDS, 'Loại thông báo')
    const invitation = kind === 'giay-moi'
    return {
      slugBase: slugify(title) || 'thong-bao',
      data: {
        title,
        kind,
        number: text(record, 'number', LIMITS.announcementNumber),
        issuedAt: day(record, 'issuedAt', true),
        summary: text(record, 'summary', LIMITS.eventSummary),
        meetingAt: invitation ? instant(record, 'meetingAt') : null,
        meetingPlace: invitation ? text(record, 'meetingPlace', LIMITS.place) : null,
        body: lexicalFromText(text(record, 'text', LIMITS.articleText) || title),
        unit: await unitFor(req, record.issuer, cache),
        publishedAt: instant(record, 'publishedAt'),
      },
    }
  }
  const documentType = (record.documentType as { code?: string } | undefined)?.code
  if (!DOCUMENT_TYPES.some((t) => t.value === documentType)) {
    throw new RejectedRecord(`Loại văn bản “${String(documentType)}” không có trong danh mục của cổng này.`)
  }
  const status = (record.status as { code?: string } | undefined)?.code
  if (!EFFECT_STATUSES.some((s) => s.value === status)) {
    throw new RejectedRecord(`Tình trạng hiệu lực “${String(status)}” không có trong danh mục của cổng này.`)
  }
  const scope = record.scope === 'toan-quoc' || record.scope === 'dia-phuong' ? record.scope : null
  const congBao = (record.congBao ?? null) as Rec | null
  const title = text(record, 'title', 1000, true)!
  const number = text(record, 'number', 200, true)!
  return {
    slugBase: slugify(`${documentType}-${number}`) || 'van-ban',
    data: {
      number,
      type: documentType,
      title,
      issuer: text(record, 'issuer', LIMITS.line, true),
      // Joint documents: every signer of every issuing body (227 characters in the Công báo of 2025).
      signer: text(record, 'signer', 500),
      signerTitle: text(record, 'signerTitle', 500),
      scope,
      issuedAt: day(record, 'issuedAt', true),
      effectiveAt: day(record, 'effectiveAt'),
      expiresAt: day(record, 'expiresAt'),
      status,
      fields: await idsBySlug(req, 'legal-fields', record.fields, cache),
      congBaoNumber: congBao ? text(congBao, 'number', 200) : null,
      congBaoDate: congBao ? day(congBao, 'date') : null,
      source: options.sourceUrl.slice(0, 500),
      // The collection's own hooks parse the structure (Phần, Chương, Điều…) from the text.
      text: text(record, 'text', LIMITS.legalText),
      publishedAt: instant(record, 'publishedAt'),
    },
  }
}

/** A slug for a new local copy that no document of the collection uses yet. */
export async function freeSlug(payload: Payload, req: PayloadRequest, collection: CollectionSlug, base: string) {
  const root = base.slice(0, 150)
  for (let n = 1; n < 500; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`
    const clash = await payload.count({
      collection,
      where: { slug: { equals: candidate } },
      // System check of slug uniqueness across every state.
      overrideAccess: true,
      req,
    })
    if (clash.totalDocs === 0) return candidate
  }
  throw new RejectedRecord('Không tìm được đường dẫn (slug) còn trống cho bản sao.')
}
