import type { Where } from 'payload'
import type { Article, LegalDocument, LegalField, Section } from '@/payload-types'
import { documentPath } from '@/modules/legal-documents/constants'
import { DOCUMENT_TYPES, EFFECT_STATUSES } from '@/modules/legal-documents/parse'
import { getSiteSettings } from '@/modules/settings/server/get-site-settings'
import { getSectionWithTrail, sectionAndDescendantIds } from '@/modules/taxonomy/server/get-sections'
import { portalPayload } from '@/shared/content/payload'
import { findPublishedBySlug } from '@/shared/content/published'
import { formatDate } from '@/shared/text/vietnamese'
import { absoluteUrl } from '@/shared/ui/site-url'
import type { Feed, FeedEntry } from './render'

/** How many entries a feed carries (newest first). */
export const FEED_SIZE = 30

/** Which feed: the whole site, one section, one legal document type or one legal field. */
export type FeedScope =
  | { kind: 'site' }
  | { kind: 'section'; slug: string }
  | { kind: 'document-type'; type: string }
  | { kind: 'legal-field'; slug: string }

const SLUG = /^[a-z0-9-]{1,160}$/

/** The site-relative addresses of a scope's page and of its two feed formats. */
export function feedPaths(scope: FeedScope): { html: string; rss: string; atom: string } {
  const base = (() => {
    switch (scope.kind) {
      case 'site':
        return ''
      case 'section':
        return `/chuyen-muc/${scope.slug}`
      case 'legal-field':
        return `/linh-vuc/${scope.slug}`
      case 'document-type':
        return `/nguon-tin/loai-van-ban/${scope.type}`
    }
  })()
  const html = scope.kind === 'document-type' ? `/van-ban?loai=${scope.type}` : base || '/'
  return { html, rss: `${base}/rss.xml`, atom: `${base}/atom.xml` }
}

/** The `alternates.types` of a page's metadata: its RSS and Atom feeds for `<link rel="alternate">`. */
export function feedAlternates(scope: FeedScope, title?: string) {
  const paths = feedPaths(scope)
  return {
    'application/rss+xml': [{ url: paths.rss, title: title ? `${title} (RSS)` : 'RSS' }],
    'application/atom+xml': [{ url: paths.atom, title: title ? `${title} (Atom)` : 'Atom' }],
  }
}

const ARTICLE_SELECT = {
  slug: true,
  title: true,
  summary: true,
  publishedAt: true,
  updatedAt: true,
  createdAt: true,
  section: true,
} as const

/** Never the full text or its parsed tree: a feed lists documents, it does not carry them. */
const DOCUMENT_SELECT = {
  slug: true,
  displayTitle: true,
  title: true,
  number: true,
  type: true,
  issuer: true,
  issuedAt: true,
  effectiveAt: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  createdAt: true,
} as const

type ArticleRow = Pick<Article, 'id' | keyof typeof ARTICLE_SELECT>
type DocumentRow = Pick<LegalDocument, 'id' | keyof typeof DOCUMENT_SELECT>

// Reads as an anonymous visitor: the collections' read rules keep drafts, scheduled and
// unpublished items out, so nothing a feed lists can be something the public may not see.
async function publishedArticles(where: Where): Promise<ArticleRow[]> {
  const payload = await portalPayload()
  const found = await payload.find({
    collection: 'articles',
    where,
    select: ARTICLE_SELECT,
    sort: ['-publishedAt', '-id'],
    limit: FEED_SIZE,
    depth: 1,
    overrideAccess: false,
    user: null,
  })
  return found.docs as ArticleRow[]
}

async function publishedDocuments(where: Where): Promise<DocumentRow[]> {
  const payload = await portalPayload()
  const found = await payload.find({
    collection: 'legal-documents',
    where,
    select: DOCUMENT_SELECT,
    sort: ['-publishedAt', '-id'],
    limit: FEED_SIZE,
    depth: 0,
    joins: false,
    overrideAccess: false,
    user: null,
  })
  return found.docs as DocumentRow[]
}

const typeLabel = (value: string): string => DOCUMENT_TYPES.find((t) => t.value === value)?.label ?? value
const statusLabel = (value: string | null | undefined): string | null =>
  EFFECT_STATUSES.find((s) => s.value === value)?.label ?? null

function articleEntry(a: ArticleRow): FeedEntry {
  const section = typeof a.section === 'object' && a.section ? (a.section as Section).title : null
  return {
    url: absoluteUrl(`/bai-viet/${a.slug}`),
    title: a.title,
    summary: a.summary,
    published: a.publishedAt ?? a.createdAt,
    updated: a.updatedAt,
    categories: section ? [section] : [],
  }
}

function documentEntry(d: DocumentRow): FeedEntry {
  const facts = [
    `Số, ký hiệu: ${d.number}`,
    d.issuer ? `Cơ quan ban hành: ${d.issuer}` : null,
    d.issuedAt ? `Ngày ban hành: ${formatDate(d.issuedAt)}` : null,
    d.effectiveAt ? `Ngày có hiệu lực: ${formatDate(d.effectiveAt)}` : null,
    statusLabel(d.status) ? `Tình trạng: ${statusLabel(d.status)}` : null,
  ].filter(Boolean)
  return {
    url: absoluteUrl(documentPath(d.slug ?? String(d.id))),
    title: d.displayTitle || d.title,
    summary: `${facts.join('. ')}.`,
    published: d.publishedAt ?? d.createdAt,
    updated: d.updatedAt,
    categories: [typeLabel(d.type)],
    author: d.issuer,
  }
}

const newestFirst = (a: FeedEntry, b: FeedEntry): number =>
  new Date(b.published).getTime() - new Date(a.published).getTime()

/** The feed of a scope, or null when its section, type or field does not exist (or is not public). */
export async function loadFeed(scope: FeedScope): Promise<Feed | null> {
  const settings = await getSiteSettings()
  const siteTitle = `${settings.siteName} ${settings.provinceName}`
  const paths = feedPaths(scope)
  const frame = (title: string, description: string, entries: FeedEntry[]): Feed => ({
    title,
    description,
    htmlUrl: absoluteUrl(paths.html),
    rssUrl: absoluteUrl(paths.rss),
    atomUrl: absoluteUrl(paths.atom),
    publisher: settings.operatorName || siteTitle,
    entries: entries.sort(newestFirst).slice(0, FEED_SIZE),
  })

  switch (scope.kind) {
    case 'site': {
      const [articles, documents] = await Promise.all([publishedArticles({}), publishedDocuments({})])
      return frame(siteTitle, `Tin bài và văn bản pháp luật mới của ${settings.operatorName}`, [
        ...articles.map(articleEntry),
        ...documents.map(documentEntry),
      ])
    }
    case 'section': {
      if (!SLUG.test(scope.slug)) return null
      const found = await getSectionWithTrail(scope.slug)
      if (!found) return null
      const articles = await publishedArticles({ section: { in: sectionAndDescendantIds(found.section) } })
      return frame(
        `${found.section.title} – ${siteTitle}`,
        found.section.summary || `Tin bài chuyên mục ${found.section.title}`,
        articles.map(articleEntry),
      )
    }
    case 'document-type': {
      const type = DOCUMENT_TYPES.find((t) => t.value === scope.type)
      if (!type) return null
      const documents = await publishedDocuments({ type: { equals: type.value } })
      return frame(
        `${type.label} – ${siteTitle}`,
        `${type.label} mới được đăng trên cổng`,
        documents.map(documentEntry),
      )
    }
    case 'legal-field': {
      if (!SLUG.test(scope.slug)) return null
      const field = await findPublishedBySlug<LegalField>('legal-fields', scope.slug, 0)
      if (!field) return null
      const [articles, documents] = await Promise.all([
        publishedArticles({ fields: { in: [field.id] } }),
        publishedDocuments({ fields: { in: [field.id] } }),
      ])
      return frame(
        `Lĩnh vực ${field.title} – ${siteTitle}`,
        field.summary || `Tin bài và văn bản pháp luật thuộc lĩnh vực ${field.title}`,
        [...articles.map(articleEntry), ...documents.map(documentEntry)],
      )
    }
  }
}
