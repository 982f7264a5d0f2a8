import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, NARROW, newContext } from './helpers'

/**
 * A reader on a phone downloads the seeded Labour Code 2019 in the standard formats from its page
 * and follows its permanent identifiers (issue 7 §4), on the production build.
 */

const CODE_2019 = '/van-ban/bo-luat-45-2019-qh14'
const WORK = '/akn/vn/act/2019-11-20/bo-luat-45-2019-qh14'

describe('standard formats of a legal document', () => {
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

  it('the page lists the downloads and identifiers, usable on 360 px and with the keyboard', async () => {
    await page.goto(CODE_2019)
    const section = page.locator('section[aria-labelledby="ld-formats"]')
    await expect(section.locator('h2').innerText()).resolves.toBe('Định dạng chuẩn và địa chỉ thường trực')
    const links = section.getByRole('link')
    await expect(links.allInnerTexts()).resolves.toEqual(['Bản PDF', 'Bản Word', 'Bản HTML để in', 'Akoma Ntoso 3.0'])
    await expect(section.innerText()).resolves.toContain('/eli/vn/bo-luat/2019/11/20/bo-luat-45-2019-qh14')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width)
    const result = await new AxeBuilder({ page }).include('section[aria-labelledby="ld-formats"]').analyze()
    expect(result.violations.map((v) => v.id)).toEqual([])
    // Each link answers with its format.
    const expected = ['application/pdf', 'wordprocessingml', 'text/html', 'application/akn+xml']
    for (const [i, href] of (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).entries()) {
      const res = await context.request.get(href!)
      expect(res.status(), href!).toBe(200)
      expect(res.headers()['content-type']).toContain(expected[i])
    }
    // The keyboard reaches the first download link and it shows its focus.
    await links.first().focus()
    const outline = await links.first().evaluate((a) => getComputedStyle(a).outlineStyle)
    expect(outline).not.toBe('none')
  })

  it('the identifiers redirect to the page, or to the format the client accepts', async () => {
    const toPage = await context.request.get(WORK, { maxRedirects: 0 })
    expect(toPage.status()).toBe(303)
    expect(new URL(toPage.headers().location!).pathname).toBe(CODE_2019)
    const eli = await context.request.get('/eli/vn/bo-luat/2019/11/20/bo-luat-45-2019-qh14', {
      maxRedirects: 0,
      headers: { Accept: 'application/akn+xml' },
    })
    expect(new URL(eli.headers().location!).pathname).toBe(`${WORK}/vie@/main.xml`)
    const bad = await context.request.get('/akn/vn/act/2019-02-30/bo-luat-45-2019-qh14')
    expect(bad.status()).toBe(400)
    expect(((await bad.json()) as { title: string }).title).toBe('Địa chỉ không hợp lệ')
  })

  it('the printable HTML is readable on a phone', async () => {
    await page.goto(`${WORK}/vie@/main.html`)
    await expect(page.locator('h1').innerText()).resolves.toBe('BỘ LUẬT')
    await expect(page.locator('#dieu-220 h3').innerText()).resolves.toBe('Điều 220. Hiệu lực thi hành')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width)
    await page.screenshot({ path: '/tmp/akn-html-360.png' })
  })
})
