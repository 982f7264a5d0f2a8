import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articles, sections } from '@/modules/demo/data'
import { baseURL, fetchPage, launchBrowser, newContext, pollUntil } from './helpers'

/** Status codes, feeds, metadata and reading tools of the public site. */

const landArticle = articles.find((a) => a.slug === 'gioi-thieu-luat-dat-dai-2024-nhung-diem-nguoi-dan-can-biet')!
const newsSection = sections.find((s) => s.slug === 'tin-tuc-su-kien')!
const ARTICLE_PATH = `/bai-viet/${landArticle.slug}`

type SearchJson = { query: string; total: number; hits: { title: string; url: string; kind: string }[] }

describe('public pages', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page

  /** Parses XML in the browser; returns the parse error, if any, and what the checks need. */
  async function parseFeed(xml: string): Promise<{ error: string | null; root: string; items: string[][] }> {
    return page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml')
      const error = doc.querySelector('parsererror')?.textContent ?? null
      const items = [...doc.querySelectorAll('channel > item')].map((item) =>
        ['title', 'link', 'guid', 'pubDate'].map((name) => item.querySelector(name)?.textContent ?? ''),
      )
      return { error, root: `${doc.documentElement.nodeName} ${doc.documentElement.getAttribute('version')}`, items }
    }, xml)
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    context = await newContext(browser)
    page = await context.newPage()
  })

  afterAll(async () => {
    await browser?.close()
  })

  describe('status codes', () => {
    it('answers an unknown article with 404 and the Vietnamese “not found” page', async () => {
      const response = await page.goto('/bai-viet/khong-ton-tai')
      expect(response?.status()).toBe(404)
      await expect(page.locator('h1').innerText()).resolves.toBe('Không tìm thấy trang')
      await expect(page.getByRole('link', { name: 'Về trang chủ' }).getAttribute('href')).resolves.toBe('/')
    })

    it('answers a section page number that is not a number with 404', async () => {
      expect((await fetchPage('/chuyen-muc/tin-tuc-su-kien/trang/abc')).status).toBe(404)
    })

    it('answers a section page number past the last page with 404', async () => {
      const { status, body } = await fetchPage('/chuyen-muc/tin-tuc-su-kien/trang/999')
      expect(status).toBe(404)
      expect(body).toContain('Không tìm thấy trang')
    })
  })

  describe('search', () => {
    it('finds “đất đai” when searched for without diacritics', async () => {
      await page.goto('/tim-kiem?q=dat%20dai')
      await expect(page.locator('#search-results').innerText()).resolves.toMatch(/^\d+ kết quả cho “dat dai”$/)
      const link = page.locator('.app-doclist').getByRole('link', { name: landArticle.title })
      await expect(link.getAttribute('href')).resolves.toBe(ARTICLE_PATH)
      const titles = await page.locator('.app-doclist__title').allInnerTexts()
      expect(titles.some((t) => /đất đai/i.test(t))).toBe(true)
    })

    it('refuses a query longer than 200 characters with 400', async () => {
      const { status, body } = await fetchPage(`/tim-kiem?q=${'a'.repeat(201)}`)
      expect(status).toBe(400)
      expect(body).toContain('Từ khóa quá dài')
    })

    it('returns JSON hits from /api/search', async () => {
      const res = await fetch(new URL('/api/search?q=phap%20luat', baseURL()))
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toContain('application/json')
      const json = (await res.json()) as SearchJson
      expect(json.total).toBeGreaterThan(0)
      expect(json.hits.length).toBeGreaterThan(0)
      for (const hit of json.hits) {
        expect(hit.title).not.toBe('')
        expect(hit.url).toMatch(/^\/[a-z-]+(\/[a-z-]+)?\/[a-z0-9-]+(#[a-z0-9-]+)?$/)
      }
    })

    it('answers /api/search without a query with 400 and a Vietnamese error', async () => {
      const res = await fetch(new URL('/api/search', baseURL()))
      expect(res.status).toBe(400)
      expect(res.headers.get('content-type')).toContain('application/json')
      const json = (await res.json()) as { error: string }
      expect(json.error).toMatch(/từ khóa/i)
    })
  })

  describe('feeds and files for machines', () => {
    it('publishes the site RSS feed with items', async () => {
      const res = await fetch(new URL('/rss.xml', baseURL()))
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toContain('application/rss+xml')
      const feed = await parseFeed(await res.text())
      expect(feed.error).toBeNull()
      expect(feed.root).toBe('rss 2.0')
      expect(feed.items.length).toBeGreaterThan(5)
      for (const [title, link, guid, pubDate] of feed.items) {
        expect(title).not.toBe('')
        // the site-wide feed carries articles and legal documents
        expect(link).toMatch(new RegExp(`^${baseURL()}/(bai-viet|van-ban)/[a-z0-9-]+$`))
        expect(guid).toBe(link)
        expect(Number.isNaN(Date.parse(pubDate ?? ''))).toBe(false)
      }
    })

    it('publishes an RSS feed per section', async () => {
      const res = await fetch(new URL(`/chuyen-muc/${newsSection.slug}/rss.xml`, baseURL()))
      expect(res.status).toBe(200)
      const feed = await parseFeed(await res.text())
      expect(feed.error).toBeNull()
      expect(feed.root).toBe('rss 2.0')
      const url = (slug: string) => `${baseURL()}/bai-viet/${slug}`
      const inSection = articles.filter((a) => a.section === newsSection.slug).map((a) => url(a.slug))
      const elsewhere = articles.filter((a) => a.section !== newsSection.slug).map((a) => url(a.slug))
      const links = feed.items.map(([, link]) => link)
      for (const link of links) expect(link).toMatch(/\/bai-viet\/[a-z0-9-]+$/)
      expect(links.filter((link) => inSection.includes(link ?? '')).length).toBeGreaterThan(3)
      expect(links.filter((link) => elsewhere.includes(link ?? ''))).toEqual([])
    })

    it('lists the articles in the sitemap', async () => {
      const index = await fetchPage('/sitemap.xml')
      expect(index.status).toBe(200)
      expect(index.body).toContain('<sitemapindex')
      const files = [...index.body.matchAll(/<loc>([^<]*\/sitemaps\/articles-\d+\.xml)<\/loc>/g)].map((m) => m[1]!)
      expect(files.length).toBeGreaterThan(0)
      let body = ''
      for (const file of files) {
        const part = await fetchPage(new URL(file).pathname)
        expect(part.status).toBe(200)
        expect(part.body).toContain('<urlset')
        body += part.body
      }
      expect(body).toContain(`<loc>${baseURL()}${ARTICLE_PATH}</loc>`)
      expect((body.match(/<loc>[^<]*\/bai-viet\//g) ?? []).length).toBeGreaterThanOrEqual(articles.length)
    })

    it('keeps robots out of the admin', async () => {
      const { status, body } = await fetchPage('/robots.txt')
      expect(status).toBe(200)
      expect(body).toMatch(/^Disallow: \/admin$/m)
      expect(body).toContain(`Sitemap: ${baseURL()}/sitemap.xml`)
    })
  })

  describe('an article page', () => {
    it('carries Open Graph and Twitter card metadata', async () => {
      await page.goto(ARTICLE_PATH)
      const meta = (selector: string) => page.locator(selector).getAttribute('content')
      await expect(meta('meta[property="og:title"]')).resolves.toBe(landArticle.title)
      await expect(meta('meta[property="og:type"]')).resolves.toBe('article')
      await expect(meta('meta[property="og:url"]')).resolves.toBe(`${baseURL()}${ARTICLE_PATH}`)
      await expect(meta('meta[name="twitter:card"]')).resolves.toMatch(/^summary/)
      await expect(page.title()).resolves.toContain(landArticle.title)
    })

    it('shows breadcrumbs up to its section', async () => {
      await page.goto(ARTICLE_PATH)
      const crumbs = page.getByRole('navigation', { name: 'Đường dẫn' })
      await expect(crumbs.getByRole('link', { name: 'Trang chủ' }).getAttribute('href')).resolves.toBe('/')
      const section = sections.find((s) => s.slug === landArticle.section)!
      await expect(crumbs.getByRole('link', { name: section.title }).getAttribute('href')).resolves.toBe(
        `/chuyen-muc/${section.slug}`,
      )
      await expect(crumbs.locator('[aria-current="page"]').innerText()).resolves.toBe(landArticle.title)
    })

    it('offers share links for Facebook, Zalo, X, e-mail and a copy-link button', async () => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL() })
      await page.goto(ARTICLE_PATH)
      const share = page.locator('.app-share')
      const url = encodeURIComponent(`${baseURL()}${ARTICLE_PATH}`)
      const href = (name: RegExp) => share.getByRole('link', { name }).getAttribute('href')
      await expect(href(/^Facebook/)).resolves.toBe(`https://www.facebook.com/sharer/sharer.php?u=${url}`)
      await expect(href(/^Zalo/)).resolves.toMatch(/^https:\/\/sp\.zalo\.me\/share_inline\?d=/)
      await expect(href(/^X/)).resolves.toMatch(new RegExp(`^https://twitter\\.com/intent/tweet\\?url=${url}&text=`))
      await expect(href(/^Thư điện tử/)).resolves.toMatch(/^mailto:\?subject=.+&body=/)

      // a click that lands before React has hydrated the button does nothing, so it is repeated
      const status = share.getByRole('status')
      await pollUntil(
        async () => {
          await share.getByRole('button', { name: 'Sao chép đường dẫn' }).click()
          return (await status.innerText()) !== ''
        },
        'the copy-link button to answer',
        10_000,
        500,
      )
      await expect(status.innerText()).resolves.toBe('Đã sao chép đường dẫn.')
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${baseURL()}${ARTICLE_PATH}`)
    })

    it('makes the text bigger and back with the text-size buttons', async () => {
      await page.goto(ARTICLE_PATH)
      const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))
      const normal = await fontSize()
      await page.getByRole('button', { name: /Tăng cỡ chữ/ }).click()
      await page.waitForFunction((before) => parseFloat(getComputedStyle(document.body).fontSize) > before, normal)
      expect(await fontSize()).toBeCloseTo(normal * 1.12, 0)
      await page.getByRole('button', { name: /Cỡ chữ mặc định/ }).click()
      await page.waitForFunction((before) => parseFloat(getComputedStyle(document.body).fontSize) === before, normal)
      await page.evaluate(() => window.localStorage.clear())
    })

    it('hides the header, navigation and share tools when printed', async () => {
      await page.goto(ARTICLE_PATH)
      await page.emulateMedia({ media: 'print' })
      const display = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => getComputedStyle(el).display)
      await expect(display('.app-header')).resolves.toBe('none')
      await expect(display('.app-share')).resolves.toBe('none')
      await expect(display('.app-reading-tools')).resolves.toBe('none')
      await expect(page.locator('.app-article__title').isVisible()).resolves.toBe(true)
      await page.emulateMedia({ media: 'screen' })
      await expect(display('.app-header')).resolves.not.toBe('none')
    })
  })
})
