import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Article, LegalDocument } from '@/payload-types'
import { as, createOrg, type Org, workflowData } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * Sitemaps: the index and one file per content type, each file validated with xmllint against
 * the sitemaps.org schema (vendored from the `sitemap` npm package, src/modules/data-exchange/
 * feeds/xsd/sitemap.xsd); the index, for which that package ships no schema, is checked with
 * the parser. Only published documents are listed, split at the file size limit.
 */

const XSD = resolve(__dirname, '../../src/modules/data-exchange/feeds/xsd/sitemap.xsd')
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

let t: TestPayload
let org: Org
let sm: typeof import('@/modules/data-exchange/feeds/sitemaps')
let base: string
let tmp: string
const published: Article[] = []
let draft: Article
let law: LegalDocument
let draftLaw: LegalDocument

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (_name: string, jpath: unknown) => ['sitemapindex.sitemap', 'urlset.url'].includes(String(jpath)),
})
type Xml = Record<string, unknown>

/** Validates a urlset with xmllint against the sitemap XSD; throws with xmllint's message if it fails. */
function xmllint(xml: string): void {
  const file = join(tmp, 'sitemap.xml')
  writeFileSync(file, xml)
  execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' })
}

async function readFile(name: string): Promise<{ loc: string; lastmod?: string }[]> {
  const res = await sm.sitemapFileResponse(`${name}.xml`)
  expect(res.status, name).toBe(200)
  expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8')
  const xml = await res.text()
  xmllint(xml)
  return ((parser.parse(xml) as Xml).urlset as Xml).url as { loc: string; lastmod?: string }[]
}

beforeAll(async () => {
  t = await startTestPayload('sitemaps')
  sm = await import('@/modules/data-exchange/feeds/sitemaps')
  base = (await import('@/shared/ui/site-url')).siteUrl()
  tmp = mkdtempSync(join(tmpdir(), 'sitemaps-'))
  org = await createOrg(t.payload, 'sitemaps')
  const article = (title: string, action: 'publish' | 'save') =>
    t.payload.create({
      collection: 'articles',
      data: { ...workflowData('articles', org, title), workflowAction: action } as never,
      context: { disableRevalidate: true },
      ...as(org, 'editor-in-chief'),
    })
  for (const title of ['Tin thứ nhất', 'Tin thứ hai & "ba"', 'Tin thứ ba'])
    published.push(await article(title, 'publish'))
  draft = await article('Tin còn nháp', 'save')
  const document = (n: number, title: string, action: 'publish' | 'save') =>
    t.payload.create({
      collection: 'legal-documents',
      data: {
        number: `${n}/2025/NĐ-CP`,
        type: 'nghi-dinh',
        title,
        issuer: 'Chính phủ',
        issuedAt: '2025-03-01T00:00:00.000Z',
      },
      depth: 0,
      overrideAccess: true,
      context: { systemAction: { action, byName: 'Kiểm thử' }, disableRevalidate: true },
    })
  law = await document(10, 'Nghị định về hòa giải ở cơ sở', 'publish')
  draftLaw = await document(11, 'Nghị định còn nháp', 'save')
}, 120_000)

afterAll(async () => {
  await t?.close()
  if (tmp) rmSync(tmp, { recursive: true, force: true })
})

describe('sitemaps', () => {
  it('indexes one file per content type, and every file is valid against the sitemap schema', async () => {
    const res = await sm.sitemapIndexResponse()
    expect(res.status).toBe(200)
    const xml = await res.text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const index = (parser.parse(xml) as Xml).sitemapindex as Xml
    expect(index['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    const refs = index.sitemap as { loc: string; lastmod?: string }[]
    const names = refs.map((r) => r.loc.replace(`${base}/sitemaps/`, '').replace(/\.xml$/, ''))
    expect(names).toEqual(expect.arrayContaining(['trang-1', 'articles-1', 'legal-documents-1']))
    for (const ref of refs) expect(ref.loc).toMatch(new RegExp(`^${base}/sitemaps/[a-z0-9-]+-\\d+\\.xml$`))
    const articlesRef = refs.find((r) => r.loc.endsWith('/articles-1.xml'))!
    expect(articlesRef.lastmod).toBe(newestUpdate(published))

    const all: { loc: string; lastmod?: string }[] = []
    for (const name of names) all.push(...(await readFile(name)))
    const locs = all.map((u) => u.loc)
    expect(locs).toContain(`${base}/`)
    expect(locs).toContain(`${base}/chuyen-muc/${org.section.slug}`)
    for (const a of published) {
      const listed = all.find((u) => u.loc === `${base}/bai-viet/${a.slug}`)
      expect(listed?.lastmod).toBe(a.updatedAt)
    }
    expect(locs).toContain(`${base}/van-ban/${law.slug}`)
    for (const u of all) if (u.lastmod !== undefined) expect(u.lastmod).toMatch(ISO)
    // drafts are nowhere, by address or otherwise
    expect(locs).not.toContain(`${base}/bai-viet/${draft.slug}`)
    expect(locs).not.toContain(`${base}/van-ban/${draftLaw.slug}`)
    expect(new Set(locs).size).toBe(locs.length)
  })

  it('splits a content type into several files at the size limit, each document in exactly one', async () => {
    const refs = await sm.sitemapIndex(2)
    expect(refs.filter((r) => r.name.startsWith('articles-')).map((r) => r.name)).toEqual(['articles-1', 'articles-2'])
    const first = (await sm.sitemapFile('articles-1', 2))!
    const second = (await sm.sitemapFile('articles-2', 2))!
    expect(first).toHaveLength(2)
    expect(second).toHaveLength(1)
    expect([...first, ...second].map((u) => u.loc).sort()).toEqual(
      published.map((a) => `${base}/bai-viet/${a.slug}`).sort(),
    )
    expect(refs.find((r) => r.name === 'articles-2')?.lastmod).toBe(published[2]!.updatedAt)
    expect(await sm.sitemapFile('articles-3', 2)).toBeNull()
    xmllint(sm.renderUrlset(second))
  })

  it('reads only the slug and date of each document, as an anonymous visitor', async () => {
    const find = vi.spyOn(t.payload, 'find')
    try {
      await sm.sitemapFile('legal-documents-1')
      const [args] = find.mock.calls.find(([a]) => a.collection === 'legal-documents')!
      expect(args).toMatchObject({ select: { slug: true, updatedAt: true }, overrideAccess: false, user: null })
      const result = await (find.mock.results.find((_, i) => find.mock.calls[i]![0].collection === 'legal-documents')!
        .value as Promise<{ docs: object[] }>)
      for (const doc of result.docs) expect(Object.keys(doc).sort()).toEqual(['id', 'slug', 'updatedAt'])
    } finally {
      find.mockRestore()
    }
  })

  it('answers any other file name with a Vietnamese 404 (no file of a non-public collection)', async () => {
    for (const file of ['articles-9.xml', 'users-1.xml', 'trang-2.xml', 'articles-1', 'articles-0.xml', '..%2Fx.xml']) {
      const res = await sm.sitemapFileResponse(file)
      expect(res.status, file).toBe(404)
      expect(await res.text()).toBe('Không có tệp sơ đồ trang này.')
    }
  })
})

function newestUpdate(docs: { updatedAt: string }[]): string {
  return docs
    .map((d) => d.updatedAt)
    .sort()
    .at(-1)!
}
