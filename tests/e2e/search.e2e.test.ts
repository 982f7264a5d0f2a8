import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchPage, launchBrowser, NARROW, newContext } from './helpers'

/** Finding the rule that applies, from the site search, on a phone, without typing diacritics. */
describe('site search on a 360 px screen', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    context = await newContext(browser, { viewport: NARROW })
    page = await context.newPage()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('finds the right Điều of the Labour Code from an unaccented question and opens it at its anchor', async () => {
    await page.goto('/tim-kiem')
    await page.getByLabel(/Từ khóa/).fill('thoi gio lam viec binh thuong')
    await page.getByLabel(/Từ khóa/).press('Enter')
    await page.waitForURL((url) => url.pathname === '/tim-kiem' && url.searchParams.has('q'))
    const first = page.locator('.app-doclist__item').first()
    await expect(first.locator('a').innerText()).resolves.toMatch(/Điều 105\. Thời giờ làm việc bình thường/)
    await expect(first.locator('mark').count()).resolves.toBeGreaterThan(0)
    await first.locator('a').click()
    await page.waitForURL((url) => url.pathname.startsWith('/van-ban/') && url.hash === '#dieu-105')
    const article = page.locator('#dieu-105')
    await expect(article.isVisible()).resolves.toBe(true)
    await expect(article.innerText()).resolves.toContain('Thời giờ làm việc bình thường')
    const top = await article.evaluate((el) => el.getBoundingClientRect().top)
    expect(top).toBeLessThan(NARROW.height)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width)
  })

  it('finds a document by a partial number', async () => {
    const byNumber = await fetchPage('/api/search?q=45%2F2019')
    expect(byNumber.status).toBe(200)
    const json = JSON.parse(byNumber.body) as { hits: { docNumber: string | null; url: string; snippetHtml: string }[] }
    expect(json.hits[0]?.docNumber).toBe('45/2019/QH14')
    expect(json.hits[0]?.url).toMatch(/^\/van-ban\//)
  })

  it('never fails on query syntax characters', async () => {
    for (const q of ['"', "' OR 1=1 --", 'NEAR(luật)', '*', 'luật" AND "đất', 'a'.repeat(200)]) {
      const res = await fetchPage(`/api/search?q=${encodeURIComponent(q)}`)
      expect(res.status, q).toBe(200)
    }
  })
})
