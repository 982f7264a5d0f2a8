import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchPage, launchBrowser, NARROW, newContext, WIDE } from './helpers'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function violations(page: Page): Promise<string[]> {
  // After a client-side navigation Next.js sets the new page's <title> a moment after the URL changes.
  await page.waitForFunction(() => document.title.trim() !== '')
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`))
}

/** "246 kết quả cho “lao dong”" → 246 */
async function total(page: Page): Promise<number> {
  const text = await page.locator('#search-results').innerText()
  return Number(/^(\d+) kết quả/.exec(text)?.[1] ?? 0)
}

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

/**
 * Legal field and effect status filters of /tim-kiem: counted with the text query, kept in every
 * link, folded away on a phone (results first), open beside the results on a wide screen.
 */
describe('search filters', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('on a phone: results first, filters folded in “Lọc kết quả”, opened and used from the keyboard', async () => {
    const context = await newContext(browser, { viewport: NARROW })
    const page = await context.newPage()
    await page.goto('/tim-kiem?q=lao+dong')
    const all = await total(page)
    expect(all).toBeGreaterThan(1)
    // The first result is on the first screen; the wide column is not shown.
    const top = await page
      .locator('.app-doclist__item')
      .first()
      .evaluate((el) => el.getBoundingClientRect().top)
    expect(top).toBeLessThan(NARROW.height)
    await expect(page.locator('.app-search__filters-wide').isVisible()).resolves.toBe(false)
    const disclosure = page.locator('details.app-search__filters-narrow')
    await expect(disclosure.getAttribute('open')).resolves.toBeNull()
    const statusLink = page.getByRole('link', { name: /^Còn hiệu lực \d+ kết quả$/ })
    await expect(statusLink.isVisible()).resolves.toBe(false)

    // Keyboard: Tab reaches the summary, Enter opens it, the links are then reachable.
    const summary = disclosure.locator(':scope > summary')
    await page.getByLabel(/Từ khóa/).focus()
    await page.keyboard.press('Tab') // the search button
    await page.keyboard.press('Tab')
    await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    await page.keyboard.press('Enter')
    await expect(disclosure.getAttribute('open')).resolves.toBe('')
    await expect(statusLink.isVisible()).resolves.toBe(true)
    expect(await violations(page)).toEqual([])

    const inForce = Number((await statusLink.innerText()).match(/(\d+)/)?.[1])
    await statusLink.focus()
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.searchParams.get('hieu_luc') === 'con-hieu-luc')
    expect(new URL(page.url()).searchParams.get('q')).toBe('lao dong')
    expect(await total(page)).toBe(inForce)
    await expect(
      page.getByRole('link', { name: 'Bỏ lọc tình trạng hiệu lực: Còn hiệu lực' }).getAttribute('href'),
    ).resolves.toBe('/tim-kiem?q=lao+dong')
    await expect(page.locator('.app-search__filters-narrow summary').innerText()).resolves.toContain(
      'đang lọc theo 1 tiêu chí',
    )
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width)
    await context.close()
  })

  it('on a wide screen: field and status filters beside the results, combined with each other and the query', async () => {
    const context = await newContext(browser, { viewport: WIDE })
    const page = await context.newPage()
    await page.goto('/tim-kiem?q=lao+dong')
    const aside = page.locator('aside.app-search__filters-wide')
    await expect(aside.isVisible()).resolves.toBe(true)
    await expect(page.locator('.app-search__filters-narrow').isVisible()).resolves.toBe(false)
    // The column is to the right of the results, after them in reading order.
    const [results, filters] = await Promise.all([page.locator('.app-search__main').boundingBox(), aside.boundingBox()])
    expect(filters!.x).toBeGreaterThan(results!.x + results!.width - 1)
    await expect(aside.getByRole('heading', { name: 'Lĩnh vực' }).isVisible()).resolves.toBe(true)
    await expect(aside.getByRole('heading', { name: 'Tình trạng hiệu lực' }).isVisible()).resolves.toBe(true)

    const field = aside.getByRole('link', { name: /^Lao động \d+ kết quả$/ })
    const inField = Number((await field.innerText()).match(/(\d+)/)?.[1])
    await field.click()
    await page.waitForURL((url) => url.searchParams.get('linh_vuc') === 'lao-dong')
    expect(await total(page)).toBe(inField)
    await expect(
      page
        .locator('aside')
        .getByRole('link', { name: /^Lao động \d+ kết quả$/ })
        .getAttribute('aria-current'),
    ).resolves.toBe('true')

    const status = page.locator('aside').getByRole('link', { name: /^Còn hiệu lực \d+ kết quả$/ })
    const both = Number((await status.innerText()).match(/(\d+)/)?.[1])
    await status.click()
    await page.waitForURL((url) => url.searchParams.get('hieu_luc') === 'con-hieu-luc')
    const url = new URL(page.url())
    expect([url.searchParams.get('q'), url.searchParams.get('linh_vuc')]).toEqual(['lao dong', 'lao-dong'])
    expect(await total(page)).toBe(both)
    // Every hit is the Labour Code's, which is in force.
    const metas = await page.locator('.app-doclist__meta').allInnerTexts()
    expect(metas.length).toBeGreaterThan(0)
    expect(metas.every((m) => m.startsWith('Văn bản pháp luật'))).toBe(true)
    expect(await violations(page)).toEqual([])

    // The JSON API gives the same count for the same filters.
    const api = await fetchPage('/api/search?q=lao%20dong&field=lao-dong&status=con-hieu-luc')
    expect(api.status).toBe(200)
    expect((JSON.parse(api.body) as { total: number }).total).toBe(both)
    await context.close()
  })

  it('answers bad filter values with a Vietnamese 400, on the page and in the API', async () => {
    for (const [query, message] of [
      ['q=lao&hieu_luc=abc', 'Tình trạng hiệu lực “abc” không hợp lệ.'],
      ['q=lao&linh_vuc=%27%20OR%201%3D1', 'Lĩnh vực không hợp lệ.'],
      ['q=lao&hieu_luc=con-hieu-luc&hieu_luc=ngung-hieu-luc', 'chỉ được có một giá trị'],
      ['q=lao&nam=99', 'Năm không hợp lệ.'],
    ] as const) {
      const res = await fetchPage(`/tim-kiem?${query}`)
      expect(res.status, query).toBe(400)
      expect(res.body, query).toContain(message)
    }
    const api = await fetchPage('/api/search?q=lao&status=abc')
    expect(api.status).toBe(400)
    expect((JSON.parse(api.body) as { error: string }).error).toBe('Tình trạng hiệu lực “abc” không hợp lệ.')
  })
})
