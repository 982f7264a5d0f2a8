import type { CollectionSlug } from 'payload'
import { searchableCollections } from '@/modules'
import { CONTESTS_SLUG } from '@/modules/contests/constants'
import { getSectionTree, type SectionNode } from '@/modules/taxonomy/server/get-sections'
import { portalPayload } from '@/shared/content/payload'
import { absoluteUrl } from '@/shared/ui/site-url'
import { xmlText } from './render'

/**
 * Sitemaps (sitemaps.org 0.9): an index at /sitemap.xml and one file per content type at
 * /sitemaps/<type>-<n>.xml, split every 50,000 addresses as the protocol requires. Only what an
 * anonymous visitor may read is listed: the collections' read rules keep drafts out.
 */

/** The most addresses one sitemap file may hold. */
export const SITEMAP_MAX_URLS = 50_000

/** Public pages that are not documents (lists, hubs). */
export const FIXED_PAGES = [
  '/',
  '/tin-tuc',
  '/su-kien',
  '/thong-bao',
  '/ke-hoach',
  '/van-ban',
  '/van-ban/moi-ban-hanh',
  '/van-ban/sap-co-hieu-luc',
  '/van-ban/moi-het-hieu-luc',
  '/van-ban/tai-lieu',
  '/hoi-dap',
  '/doi-thoai',
  '/tinh-huong',
  '/thu-vien',
  '/cuoc-thi',
  '/danh-ba',
  '/doi-ngu',
  '/thong-ke',
  '/so-do-trang',
]

/** The file-name stem of the fixed pages and sections. */
export const PAGES_SITEMAP = 'trang'

/** Every collection with public pages: the searchable ones and those the site search leaves out. */
function sitemapCollections(): { collection: string; path: (slug: string) => string }[] {
  return [
    ...searchableCollections().map(({ collection, path }) => ({ collection, path })),
    { collection: CONTESTS_SLUG, path: (slug: string) => `/cuoc-thi/${slug}` },
  ]
}

export type SitemapUrl = { loc: string; lastmod?: string | null }
export type SitemapRef = { name: string; loc: string; lastmod: string | null }

const flatten = (nodes: SectionNode[]): SectionNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)])

const newest = (dates: (string | null | undefined)[]): string | null =>
  dates.reduce<string | null>((max, d) => (d && (!max || d > max) ? d : max), null)

type Row = { id: number | string; slug?: string | null; updatedAt: string }

/**
 * The slug and last change of every published document of a collection, oldest id first (a
 * stable order, so file n always holds the same documents). Two columns only: a legal document's
 * full text and parsed tree can weigh megabytes.
 */
async function publishedRows(collection: string, page?: { number: number; size: number }): Promise<Row[]> {
  const payload = await portalPayload()
  const found = await payload.find({
    collection: collection as CollectionSlug,
    where: { slug: { exists: true } },
    select: { slug: true, updatedAt: true },
    sort: 'id',
    depth: 0,
    ...(page ? { page: page.number, limit: page.size } : { pagination: false }),
    overrideAccess: false,
    user: null,
  })
  return found.docs as Row[]
}

async function pageUrls(): Promise<SitemapUrl[]> {
  const sections = flatten(await getSectionTree())
  return [
    ...FIXED_PAGES.map((p) => ({ loc: absoluteUrl(p) })),
    ...sections.map((s) => ({ loc: absoluteUrl(`/chuyen-muc/${s.slug}`), lastmod: s.updatedAt })),
  ]
}

/** Every sitemap file with the last change of what it lists. */
export async function sitemapIndex(perFile = SITEMAP_MAX_URLS): Promise<SitemapRef[]> {
  const ref = (name: string, lastmod: string | null): SitemapRef => ({
    name,
    loc: absoluteUrl(`/sitemaps/${name}.xml`),
    lastmod,
  })
  const pages = await pageUrls()
  const refs = [ref(`${PAGES_SITEMAP}-1`, newest(pages.map((p) => p.lastmod)))]
  for (const spec of sitemapCollections()) {
    const rows = await publishedRows(spec.collection)
    for (let start = 0, n = 1; start < rows.length; start += perFile, n += 1) {
      refs.push(ref(`${spec.collection}-${n}`, newest(rows.slice(start, start + perFile).map((r) => r.updatedAt))))
    }
  }
  return refs
}

/** The addresses of one sitemap file ("articles-2"), or null when there is no such file. */
export async function sitemapFile(name: string, perFile = SITEMAP_MAX_URLS): Promise<SitemapUrl[] | null> {
  const match = /^([a-z][a-z0-9-]{0,80})-([1-9][0-9]{0,5})$/.exec(name)
  if (!match) return null
  const [, stem, number] = match as unknown as [string, string, string]
  const n = Number(number)
  if (stem === PAGES_SITEMAP) return n === 1 ? pageUrls() : null
  const spec = sitemapCollections().find((s) => s.collection === stem)
  if (!spec) return null
  const rows = await publishedRows(spec.collection, { number: n, size: perFile })
  // The index lists no file for an empty collection, and a urlset must hold at least one url.
  if (rows.length === 0) return null
  return rows.map((r) => ({ loc: absoluteUrl(spec.path(r.slug as string)), lastmod: r.updatedAt }))
}

/** W3C datetime as the protocol asks ("2026-11-29T07:00:00.000Z" is fine; invalid dates are left out). */
function lastmod(value: string | null | undefined): string {
  if (!value) return ''
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? '' : `<lastmod>${date.toISOString()}</lastmod>`
}

export function renderSitemapIndex(refs: SitemapRef[]): string {
  const body = refs.map((r) => `<sitemap><loc>${xmlText(r.loc)}</loc>${lastmod(r.lastmod)}</sitemap>`)
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${body.join('\n')}
</sitemapindex>
`
}

export function renderUrlset(urls: SitemapUrl[]): string {
  const body = urls.map((u) => `<url><loc>${xmlText(u.loc)}</loc>${lastmod(u.lastmod)}</url>`)
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${body.join('\n')}
</urlset>
`
}

const XML_HEADERS = { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }

export async function sitemapIndexResponse(): Promise<Response> {
  return new Response(renderSitemapIndex(await sitemapIndex()), { headers: XML_HEADERS })
}

/** One sitemap file by its address ("articles-1.xml"); a plain Vietnamese 404 for any other. */
export async function sitemapFileResponse(file: string): Promise<Response> {
  const urls = file.endsWith('.xml') ? await sitemapFile(file.slice(0, -4)) : null
  if (!urls) {
    return new Response('Không có tệp sơ đồ trang này.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  return new Response(renderUrlset(urls), { headers: XML_HEADERS })
}
