import { XMLParser } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { baseURL, fetchPage } from './helpers'

/**
 * Discovery on the running site: every public page type found through the sitemap index is
 * fetched, each application/ld+json block parsed and checked for the properties its schema.org
 * type requires; Dublin Core metas and feed <link rel="alternate"> tags are checked too. Plain
 * HTTP requests, no browser.
 */

type Ld = Record<string, unknown>
const parser = new XMLParser({
  isArray: (_name: string, jpath: unknown) => ['sitemapindex.sitemap', 'urlset.url'].includes(String(jpath)),
})

let locs: string[] = []

function jsonLdBlocks(html: string): Ld[] {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
  return blocks.map((m) => JSON.parse(m[1]!) as Ld)
}

async function ldOf(path: string): Promise<{ html: string; blocks: Ld[]; count: number }> {
  const { status, body } = await fetchPage(path)
  expect(status, path).toBe(200)
  const raw = jsonLdBlocks(body)
  for (const block of raw) expect(block['@context'], path).toBe('https://schema.org')
  // a page with several nodes carries them as one @graph; each node is checked on its own
  const blocks = raw.flatMap((block) => (Array.isArray(block['@graph']) ? (block['@graph'] as Ld[]) : [block]))
  return { html: body, blocks, count: raw.length }
}

const ofType = (blocks: Ld[], type: string): Ld => {
  const found = blocks.find((b) => b['@type'] === type)
  expect(found, `no ${type} in ${blocks.map((b) => b['@type']).join(', ')}`).toBeTruthy()
  return found!
}

function expectProps(ld: Ld, props: string[]): void {
  for (const prop of props) {
    const value = ld[prop]
    expect(value, `${String(ld['@type'])}.${prop}`).toBeTruthy()
  }
}

/** A legal document's page, not one of the fixed lists under /van-ban/. */
const LEGAL_DOCUMENT_PAGE =
  /^\/van-ban\/(?!(tai-lieu|moi-ban-hanh|sap-co-hieu-luc|moi-het-hieu-luc)$)(?!tai-lieu\/)[a-z0-9-]+$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/

function checkBreadcrumbs(blocks: Ld[], path: string): void {
  const list = ofType(blocks, 'BreadcrumbList')
  const items = list.itemListElement as Ld[]
  expect(items.length).toBeGreaterThanOrEqual(2)
  items.forEach((item, i) => {
    expect(item['@type']).toBe('ListItem')
    expect(item.position).toBe(i + 1)
    expect(String(item.name).length).toBeGreaterThan(0)
    if (i < items.length - 1) expect(String(item.item)).toMatch(new RegExp(`^${baseURL()}/`))
  })
  expect(items[0]!.item).toBe(`${baseURL()}/`)
  // The last crumb is the page itself: its own address, or none (schema.org allows either).
  if ('item' in items.at(-1)!) expect(items.at(-1)!.item).toBe(`${baseURL()}${path}`)
}

function meta(html: string, name: string): string | null {
  const m = new RegExp(`<meta name="${name.replace('.', '\\.')}" content="([^"]*)"`).exec(html)
  return m ? m[1]! : null
}

/** The first listed page under a path prefix (read from the sitemap files). */
function firstPage(prefix: RegExp): string {
  const loc = locs.find((l) => prefix.test(l.replace(baseURL(), '')))
  expect(loc, `no page matching ${prefix} in the sitemaps`).toBeTruthy()
  return loc!.replace(baseURL(), '')
}

beforeAll(async () => {
  const index = await fetchPage('/sitemap.xml')
  expect(index.status).toBe(200)
  const files = ((parser.parse(index.body) as Ld).sitemapindex as { sitemap: { loc: string }[] }).sitemap
  for (const { loc } of files) {
    const file = await fetchPage(new URL(loc).pathname)
    expect(file.status, loc).toBe(200)
    locs.push(...((parser.parse(file.body) as Ld).urlset as { url: { loc: string }[] }).url.map((u) => u.loc))
  }
  locs = [...new Set(locs)]
})

describe('structured data', () => {
  it('describes the operator on the home page and announces the site feeds', async () => {
    const { html, blocks } = await ldOf('/')
    expectProps(ofType(blocks, 'GovernmentOrganization'), ['name', 'url', 'areaServed'])
    expect(html).toContain(`<link rel="alternate" type="application/rss+xml"`)
    const atom = /<link[^>]*type="application\/atom\+xml"[^>]*>/.exec(html)?.[0] ?? ''
    expect(atom).toContain('rel="alternate"')
    expect(atom).toContain(`href="${baseURL()}/atom.xml"`)
  })

  it('gives list and section pages one BreadcrumbList and Dublin Core as a collection', async () => {
    const section = firstPage(/^\/chuyen-muc\/[a-z0-9-]+$/)
    const lists: [string, string][] = [
      ['/tin-tuc', 'Tin tức'],
      ['/van-ban', 'Văn bản pháp luật'],
      ['/hoi-dap', 'Hỏi đáp'],
      ['/thu-vien', 'Thư viện'],
      ['/doi-thoai', 'Đối thoại'],
      ['/cuoc-thi', 'Cuộc thi'],
      ['/tinh-huong', 'Tình huống'],
      ['/su-kien', 'Sự kiện'],
      [section, ''],
    ]
    for (const [path, words] of lists) {
      const { html, blocks } = await ldOf(path)
      const crumbs = blocks.filter((b) => b['@type'] === 'BreadcrumbList')
      expect(crumbs, path).toHaveLength(1)
      checkBreadcrumbs(crumbs, path)
      expect(meta(html, 'DC.type'), path).toBe('Collection')
      expect(meta(html, 'DC.identifier'), path).toBe(`${baseURL()}${path}`)
      expect(meta(html, 'DC.language'), path).toBe('vi')
      expect(meta(html, 'DC.publisher'), path).toBeTruthy()
      expect(meta(html, 'DC.title') ?? '', path).toContain(words)
      expect(html, path).toContain(`<link rel="canonical" href="${baseURL()}${path}"`)
    }
    // Detail pages keep their single JSON-LD document (the trail inside it), not a second list.
    for (const path of [firstPage(/^\/bai-viet\//), firstPage(/^\/hoi-dap\/[a-z0-9-]+$/)]) {
      const { blocks, count } = await ldOf(path)
      expect(
        blocks.filter((b) => b['@type'] === 'BreadcrumbList'),
        path,
      ).toHaveLength(1)
      expect(count, path).toBeLessThanOrEqual(2)
    }
  })

  it('marks an article as NewsArticle with breadcrumbs and Dublin Core', async () => {
    const path = firstPage(/^\/bai-viet\/[a-z0-9-]+$/)
    const { html, blocks } = await ldOf(path)
    const article = ofType(blocks, 'NewsArticle')
    expectProps(article, ['headline', 'datePublished', 'dateModified', 'author', 'publisher', 'url'])
    expect(String(article.datePublished)).toMatch(ISO_DATE)
    expect((article.publisher as Ld).name).toBeTruthy()
    checkBreadcrumbs(blocks, path)
    for (const dc of ['DC.title', 'DC.creator', 'DC.date', 'DC.identifier', 'DC.language', 'DC.publisher']) {
      expect(meta(html, dc), dc).toBeTruthy()
    }
    expect(meta(html, 'DC.language')).toBe('vi')
    expect(meta(html, 'DC.identifier')).toBe(`${baseURL()}${path}`)
    expect(meta(html, 'DC.date')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('marks a legal document as Legislation with its number, legal force, breadcrumbs and Dublin Core', async () => {
    const path = firstPage(LEGAL_DOCUMENT_PAGE)
    const { html, blocks } = await ldOf(path)
    const law = ofType(blocks, 'Legislation')
    expectProps(law, ['name', 'legislationIdentifier', 'legislationType', 'legislationDate', 'legislationPassedBy'])
    expect(String(law.legislationDate)).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    if (law.legislationLegalForce !== undefined) {
      expect(['InForce', 'NotInForce', 'PartiallyInForce'].map((f) => `https://schema.org/${f}`)).toContain(
        law.legislationLegalForce,
      )
    }
    expect(html).toContain(String(law.legislationIdentifier))
    checkBreadcrumbs(blocks, path)
    expect(meta(html, 'DC.creator')).toBe((law.legislationPassedBy as Ld).name)
    expect(meta(html, 'DC.identifier')).toBe(`${baseURL()}${path}`)
    // Open Graph / Twitter card with the generated share image
    const ogImage = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]
    expect(ogImage).toBe(`${baseURL()}/anh-chia-se/van-ban/${path.split('/').at(-1)}`)
    expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/)
    const image = await fetch(ogImage!)
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/png')
    expect((await image.arrayBuffer()).byteLength).toBeGreaterThan(5000)
  })

  it('has at least one document in force marked InForce', async () => {
    const paths = locs
      .map((l) => l.replace(baseURL(), ''))
      .filter((p) => LEGAL_DOCUMENT_PAGE.test(p))
      .slice(0, 5)
    const forces = await Promise.all(
      paths.map(async (p) => ofType((await ldOf(p)).blocks, 'Legislation').legislationLegalForce),
    )
    expect(forces).toContain('https://schema.org/InForce')
  })

  it('marks an event as Event with breadcrumbs', async () => {
    const path = firstPage(/^\/su-kien\/[a-z0-9-]+$/)
    const { blocks } = await ldOf(path)
    const event = ofType(blocks, 'Event')
    expectProps(event, ['name', 'startDate', 'location', 'organizer'])
    expect(String(event.startDate)).toMatch(ISO_DATE)
    checkBreadcrumbs(blocks, path)
  })

  it('carries Dublin Core on events, announcements and plans', async () => {
    for (const prefix of [/^\/su-kien\/[a-z0-9-]+$/, /^\/thong-bao\/[a-z0-9-]+$/, /^\/ke-hoach\/[a-z0-9-]+$/]) {
      const path = firstPage(prefix)
      const { body } = await fetchPage(path)
      for (const dc of ['DC.title', 'DC.creator', 'DC.publisher', 'DC.type'])
        expect(meta(body, dc), `${path} ${dc}`).toBeTruthy()
      expect(meta(body, 'DC.identifier')).toBe(`${baseURL()}${path}`)
      expect(meta(body, 'DC.language')).toBe('vi')
      expect(meta(body, 'DC.date'), path).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })

  it('keeps QAPage on questions, Event on contests and VideoObject in the library', async () => {
    const question = ofType((await ldOf(firstPage(/^\/hoi-dap\/[a-z0-9-]+$/))).blocks, 'QAPage')
    const asked = question.mainEntity as Ld
    expect(asked['@type']).toBe('Question')
    expectProps(asked, ['name', 'text', 'answerCount', 'acceptedAnswer'])

    const contest = ofType((await ldOf(firstPage(/^\/cuoc-thi\/[a-z0-9-]+$/))).blocks, 'Event')
    expectProps(contest, ['name', 'startDate', 'location'])

    const library = locs.map((l) => l.replace(baseURL(), '')).filter((p) => /^\/thu-vien\/[a-z0-9-]+$/.test(p))
    const videos = (await Promise.all(library.map(async (p) => (await ldOf(p)).blocks)))
      .flat()
      .filter((b) => b['@type'] === 'VideoObject')
    expect(videos.length).toBeGreaterThan(0)
    for (const video of videos) {
      expectProps(video, ['name', 'uploadDate', 'thumbnailUrl'])
      expect(video.contentUrl || video.embedUrl).toBeTruthy()
      // The poster and the file are full URLs on the portal that answer (they were once "…/http://…").
      for (const url of [video.thumbnailUrl, video.contentUrl].filter((u): u is string => typeof u === 'string')) {
        expect(url.startsWith(`${baseURL()}/api/`), url).toBe(true)
        const res = await fetch(url)
        expect(res.status, url).toBe(200)
        await res.body?.cancel()
      }
    }
  })
  it('gives questions, situations, library items, contests and dialogues one JSON-LD block with breadcrumbs and Dublin Core', async () => {
    const pages: { prefix: RegExp; type: string; props: string[] }[] = [
      { prefix: /^\/hoi-dap\/[a-z0-9-]+$/, type: 'QAPage', props: ['mainEntity'] },
      {
        prefix: /^\/tinh-huong\/[a-z0-9-]+$/,
        type: 'Article',
        props: ['headline', 'datePublished', 'mainEntity', 'url'],
      },
      { prefix: /^\/thu-vien\/[a-z0-9-]+$/, type: '', props: ['name', 'url', 'datePublished'] },
      { prefix: /^\/cuoc-thi\/[a-z0-9-]+$/, type: 'Event', props: ['name', 'startDate', 'location', 'url'] },
      { prefix: /^\/doi-thoai\/[a-z0-9-]+$/, type: 'WebPage', props: ['name', 'url', 'datePublished'] },
    ]
    for (const { prefix, type, props } of pages) {
      const path = firstPage(prefix)
      const { html, blocks, count } = await ldOf(path)
      expect(count, `${path}: one application/ld+json block`).toBe(1)
      const main = type ? ofType(blocks, type) : blocks.find((b) => b['@type'] !== 'BreadcrumbList')!
      expectProps(main, props)
      expect(main['@context'], `${path}: nodes of a @graph carry no @context of their own`).toBeUndefined()
      checkBreadcrumbs(blocks, path)
      for (const dc of ['DC.title', 'DC.creator', 'DC.publisher', 'DC.type', 'DC.date'])
        expect(meta(html, dc), `${path} ${dc}`).toBeTruthy()
      expect(meta(html, 'DC.identifier'), path).toBe(`${baseURL()}${path}`)
      expect(meta(html, 'DC.language'), path).toBe('vi')
      expect(meta(html, 'DC.date'), path).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })

  it('parses the JSON-LD of every public page type in the sitemaps', async () => {
    // one page per first path segment (and per page type under /van-ban/)
    const byType = new Map<string, string>()
    for (const loc of locs) {
      const path = loc.replace(baseURL(), '')
      const key =
        path === '/'
          ? '/'
          : LEGAL_DOCUMENT_PAGE.test(path)
            ? 'van-ban/*'
            : path
                .split('/')
                .slice(0, 3)
                .map((p, i) => (i === 2 ? '*' : p))
                .join('/')
      if (!byType.has(key)) byType.set(key, path)
    }
    expect(byType.size).toBeGreaterThan(8)
    const required: Record<string, string[]> = {
      NewsArticle: ['headline', 'datePublished', 'publisher'],
      Legislation: ['name', 'legislationIdentifier', 'legislationType'],
      Event: ['name', 'startDate', 'location'],
      QAPage: ['mainEntity'],
      Article: ['headline'],
      VideoObject: ['name', 'uploadDate', 'thumbnailUrl'],
      AudioObject: ['name', 'contentUrl'],
      ImageObject: ['name', 'contentUrl'],
      Book: ['name'],
      WebPage: ['name', 'url'],
      GovernmentOrganization: ['name', 'url'],
      BreadcrumbList: ['itemListElement'],
    }
    const seen = new Set<string>()
    for (const path of byType.values()) {
      const { blocks } = await ldOf(path)
      for (const block of blocks) {
        const type = String(block['@type'])
        expect(Object.keys(required), `${path}: unexpected @type ${type}`).toContain(type)
        expectProps(block, required[type]!)
        for (const key of ['url', 'contentUrl', 'thumbnailUrl', 'embedUrl', 'image']) {
          const value = block[key]
          if (typeof value !== 'string') continue
          expect(() => new URL(value), `${path} ${key}`).not.toThrow()
          expect(value.match(/https?:\/\//g)?.length, `${path} ${key}: ${value}`).toBe(1)
        }
        if (type === 'BreadcrumbList') checkBreadcrumbs([block], path)
        seen.add(type)
      }
    }
    for (const type of ['GovernmentOrganization', 'NewsArticle', 'Legislation', 'Event', 'QAPage', 'BreadcrumbList'])
      expect([...seen], type).toContain(type)
  })
})
