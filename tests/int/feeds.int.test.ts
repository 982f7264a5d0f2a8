import { writeFileSync } from 'node:fs'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FeedScope } from '@/modules/data-exchange/feeds/sources'
import { as, createOrg, type Org, workflowData } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * RSS 2.0 and Atom 1.0 feeds (site, section, legal document type, legal field), read back with a
 * real XML parser: required elements, dates, permanent ids, self links, escaping, and no draft.
 */

let t: TestPayload
let org: Org
let feedResponse: typeof import('@/modules/data-exchange/feeds/response').feedResponse
let feedPaths: typeof import('@/modules/data-exchange/feeds/sources').feedPaths
let base: string
let field: { id: number; slug: string; title: string }
const slugs: Record<string, string> = {}

const TRICKY_TITLE = 'Hỏi & đáp: "Luật" <Đất đai> 2024 – điều cần biết'
const DRAFT_ARTICLE = 'Bản nháp chưa duyệt về thuế'
const DRAFT_DOCUMENT = 'Nghị định dự thảo không được công bố'

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (_name: string, jpath: unknown) =>
    [
      'rss.channel.item',
      'rss.channel.atom:link',
      'rss.channel.item.category',
      'feed.entry',
      'feed.link',
      'feed.entry.link',
      'feed.entry.category',
    ].includes(String(jpath)),
})

type Xml = Record<string, unknown>

async function fetchFeed(scope: FeedScope, format: 'rss' | 'atom'): Promise<{ res: Response; text: string; doc: Xml }> {
  const res = await feedResponse(scope, format)
  const text = await res.text()
  expect(XMLValidator.validate(text)).toBe(true)
  return { res, text, doc: parser.parse(text) as Xml }
}

const textOf = (v: unknown): string =>
  typeof v === 'object' && v !== null ? String((v as Xml)['#text'] ?? '') : String(v)

function checkRss(doc: Xml, scope: FeedScope): Xml[] {
  const rss = doc.rss as Xml
  expect(rss['@version']).toBe('2.0')
  const channel = rss.channel as Xml
  for (const el of ['title', 'link', 'description']) expect(textOf(channel[el]).length).toBeGreaterThan(0)
  const self = (channel['atom:link'] as Xml[]).find((l) => l['@rel'] === 'self')
  expect(self?.['@href']).toBe(`${base}${feedPaths(scope).rss}`)
  expect(self?.['@type']).toBe('application/rss+xml')
  expect(Number.isNaN(Date.parse(String(channel.lastBuildDate)))).toBe(false)
  const items = (channel.item as Xml[] | undefined) ?? []
  for (const item of items) {
    expect(textOf(item.title).length).toBeGreaterThan(0)
    expect(String(item.link)).toMatch(new RegExp(`^${base}/`))
    expect(textOf(item.guid)).toBe(String(item.link))
    expect((item.guid as Xml)['@isPermaLink']).toBe('true')
    // RFC 822 as RSS 2.0 requires: "Fri, 01 May 2026 02:00:00 GMT"
    expect(String(item.pubDate)).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/)
  }
  return items
}

function checkAtom(doc: Xml, scope: FeedScope): Xml[] {
  const feed = doc.feed as Xml
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/
  expect(String(feed.id)).toBe(`${base}${feedPaths(scope).atom}`)
  expect(textOf(feed.title).length).toBeGreaterThan(0)
  expect(String(feed.updated)).toMatch(iso)
  expect(textOf((feed.author as Xml).name).length).toBeGreaterThan(0)
  const links = feed.link as Xml[]
  expect(links.find((l) => l['@rel'] === 'self')?.['@href']).toBe(`${base}${feedPaths(scope).atom}`)
  expect(links.find((l) => l['@rel'] === 'alternate' && l['@type'] === 'text/html')?.['@href']).toBe(
    `${base}${feedPaths(scope).html}`,
  )
  const entries = (feed.entry as Xml[] | undefined) ?? []
  for (const entry of entries) {
    expect(String(entry.id)).toMatch(new RegExp(`^${base}/`))
    expect(textOf(entry.title).length).toBeGreaterThan(0)
    expect(String(entry.updated)).toMatch(iso)
    expect(String(entry.published)).toMatch(iso)
    expect((entry.link as Xml[])[0]?.['@href']).toBe(String(entry.id))
  }
  return entries
}

const titlesOf = (items: Xml[]): string[] => items.map((i) => textOf(i.title))

beforeAll(async () => {
  t = await startTestPayload('feeds')
  ;({ feedResponse } = await import('@/modules/data-exchange/feeds/response'))
  ;({ feedPaths } = await import('@/modules/data-exchange/feeds/sources'))
  const { siteUrl } = await import('@/shared/ui/site-url')
  base = siteUrl()
  org = await createOrg(t.payload, 'feeds')
  const created = await t.payload.create({ collection: 'legal-fields', data: { title: 'Đất đai' } as never })
  field = { id: created.id, slug: created.slug as string, title: created.title }

  const article = (title: string, action: 'publish' | 'save', extra: Record<string, unknown> = {}) =>
    t.payload.create({
      collection: 'articles',
      data: {
        ...workflowData('articles', org, title),
        summary: `Tóm tắt: ${title}`,
        workflowAction: action,
        ...extra,
      } as never,
      context: { disableRevalidate: true },
      ...as(org, 'editor-in-chief'),
    })
  slugs.tricky = (await article(TRICKY_TITLE, 'publish', { fields: [field.id] })).slug as string
  await article('Tin phổ biến pháp luật tháng năm', 'publish')
  slugs.draft = (await article(DRAFT_ARTICLE, 'save', { fields: [field.id] })).slug as string

  const document = (n: number, title: string, action: 'publish' | 'save') =>
    t.payload.create({
      collection: 'legal-documents',
      data: {
        number: `${n}/2024/QH15`,
        type: 'luat',
        title,
        issuer: 'Quốc hội',
        issuedAt: '2024-01-18T00:00:00.000Z',
        fields: [field.id],
      } as never,
      depth: 0,
      overrideAccess: true,
      context: { systemAction: { action, byName: 'Kiểm thử' }, disableRevalidate: true },
    })
  slugs.law = (await document(31, 'Luật Đất đai', 'publish')).slug as string
  slugs.draftLaw = (await document(32, DRAFT_DOCUMENT, 'save')).slug as string
}, 120_000)

afterAll(async () => {
  await t?.close()
})

describe('feeds', () => {
  it('serves the site-wide feed in RSS 2.0 and Atom 1.0 with articles and legal documents, never drafts', async () => {
    const rss = await fetchFeed({ kind: 'site' }, 'rss')
    expect(rss.res.status).toBe(200)
    expect(rss.res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    expect(rss.res.headers.get('last-modified')).toMatch(/GMT$/)
    const items = checkRss(rss.doc, { kind: 'site' })
    expect(titlesOf(items)).toEqual(expect.arrayContaining([TRICKY_TITLE, expect.stringContaining('Luật Đất đai')]))
    expect(rss.text).not.toContain(DRAFT_ARTICLE)
    expect(rss.text).not.toContain(DRAFT_DOCUMENT)

    const atom = await fetchFeed({ kind: 'site' }, 'atom')
    expect(atom.res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const entries = checkAtom(atom.doc, { kind: 'site' })
    expect(entries).toHaveLength(items.length)
    expect(atom.text).not.toContain(DRAFT_ARTICLE)
    expect(atom.text).not.toContain(DRAFT_DOCUMENT)
  })

  it('escapes titles so that the parsed text is exactly what the editor wrote', async () => {
    const { text } = await fetchFeed({ kind: 'site' }, 'rss')
    expect(text).toContain('Hỏi &amp; đáp: &quot;Luật&quot; &lt;Đất đai&gt;')
    const parsed = new XMLParser({ processEntities: true }).parse(text) as Xml
    const channel = (parsed.rss as Xml).channel as Xml
    const items = ([] as Xml[]).concat(channel.item as Xml[])
    expect(items.map((i) => String(i.title))).toContain(TRICKY_TITLE)
  })

  it('has a feed per section, per legal document type and per legal field', async () => {
    const section: FeedScope = { kind: 'section', slug: org.section.slug as string }
    const sectionRss = checkRss((await fetchFeed(section, 'rss')).doc, section)
    expect(titlesOf(sectionRss)).toEqual(expect.arrayContaining([TRICKY_TITLE, 'Tin phổ biến pháp luật tháng năm']))
    expect(titlesOf(sectionRss).some((title) => title.includes('Luật Đất đai'))).toBe(false)
    checkAtom((await fetchFeed(section, 'atom')).doc, section)

    const type: FeedScope = { kind: 'document-type', type: 'luat' }
    const typeRss = await fetchFeed(type, 'rss')
    const typeItems = checkRss(typeRss.doc, type)
    expect(typeItems).toHaveLength(1)
    expect(textOf(typeItems[0]!.title)).toContain('Luật Đất đai')
    expect(textOf(typeItems[0]!.description)).toContain('31/2024/QH15')
    expect(typeItems[0]!.category).toEqual(['Luật'])
    expect(typeRss.text).not.toContain(DRAFT_DOCUMENT)
    expect(checkAtom((await fetchFeed(type, 'atom')).doc, type)).toHaveLength(1)
    // A type with no published document is an empty but valid feed.
    const decree: FeedScope = { kind: 'document-type', type: 'nghi-dinh' }
    expect(checkRss((await fetchFeed(decree, 'rss')).doc, decree)).toHaveLength(0)
    expect(checkAtom((await fetchFeed(decree, 'atom')).doc, decree)).toHaveLength(0)

    const fieldScope: FeedScope = { kind: 'legal-field', slug: field.slug }
    const fieldFeed = await fetchFeed(fieldScope, 'atom')
    const fieldTitles = titlesOf(checkAtom(fieldFeed.doc, fieldScope))
    expect(fieldTitles).toHaveLength(2)
    expect(fieldTitles).toContain(TRICKY_TITLE)
    expect(fieldTitles.some((title) => title.includes('Luật Đất đai'))).toBe(true)
    expect(fieldFeed.text).not.toContain(DRAFT_ARTICLE)
    checkRss((await fetchFeed(fieldScope, 'rss')).doc, fieldScope)
  })

  it('answers an unknown or malformed section, type or field with a Vietnamese 404', async () => {
    const cases: [FeedScope, string][] = [
      [{ kind: 'section', slug: 'khong-co' }, 'Không tìm thấy chuyên mục.'],
      [{ kind: 'section', slug: '../<script>' }, 'Không tìm thấy chuyên mục.'],
      [{ kind: 'document-type', type: 'khong-ton-tai' }, 'Không có loại văn bản này.'],
      [{ kind: 'legal-field', slug: 'x'.repeat(500) }, 'Không tìm thấy lĩnh vực.'],
    ]
    for (const [scope, message] of cases) {
      const res = await feedResponse(scope, 'atom')
      expect(res.status).toBe(404)
      expect(await res.text()).toBe(message)
    }
  })

  it('drops characters XML cannot carry instead of breaking the feed', async () => {
    const { renderRss, renderAtom } = await import('@/modules/data-exchange/feeds/render')
    const feed = {
      title: 'Thử\u0000 ký tự\u000B lạ',
      description: 'Mô tả\u001F',
      htmlUrl: `${base}/`,
      rssUrl: `${base}/rss.xml`,
      atomUrl: `${base}/atom.xml`,
      publisher: 'Sở Tư pháp',
      entries: [{ url: `${base}/bai-viet/a`, title: 'Tin\u0008 A', published: 'không phải ngày', updated: null }],
    }
    for (const xml of [renderRss(feed), renderAtom(feed)]) {
      expect(XMLValidator.validate(xml)).toBe(true)
      expect(xml).toContain('Thử ký tự lạ')
      expect(xml).toContain('Tin A')
    }
  })

  it('generates a 1200×630 PNG share image for published items only', async () => {
    const { shareImageResponse } = await import('@/modules/data-exchange/feeds/share-image')
    const png = async (kind: string, slug: string) => {
      const res = await shareImageResponse(kind, slug)
      expect(res.status, `${kind}/${slug}`).toBe(200)
      expect(res.headers.get('content-type')).toBe('image/png')
      expect(res.headers.get('cache-control')).toBe('public, max-age=86400')
      const bytes = Buffer.from(await res.arrayBuffer())
      expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
      // IHDR: width and height right after the chunk header
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630])
      return bytes
    }
    const articleImage = await png('bai-viet', slugs.tricky!)
    const lawImage = await png('van-ban', slugs.law!)
    if (process.env.SHARE_IMAGE_OUT) writeFileSync(process.env.SHARE_IMAGE_OUT, lawImage)
    // the title is drawn: two items give two different images
    expect(articleImage.equals(lawImage)).toBe(false)

    for (const [kind, slug] of [
      ['bai-viet', slugs.draft!],
      ['van-ban', slugs.draftLaw!],
      ['nguoi-dung', 'admin'],
      ['bai-viet', '../../etc/passwd'],
      ['toString', 'x'],
    ] as const) {
      const res = await shareImageResponse(kind, slug)
      expect(res.status, `${kind}/${slug}`).toBe(404)
      expect(await res.text()).toBe('Không có ảnh chia sẻ cho địa chỉ này.')
    }
  })
})
