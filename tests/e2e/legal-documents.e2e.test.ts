import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchPage, launchBrowser, NARROW, newContext, WIDE } from './helpers'

/**
 * The legal documents section with the demo data (the seed imports the Labour Code 2019, the
 * Labour Code 2012 it replaced, Công báo records and a companion material from the shared corpus):
 * a reader on a phone filters the list, opens a document, jumps to an article from the table of
 * contents and sees when a document is no longer in force.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const CODE_2019 = '/van-ban/bo-luat-45-2019-qh14'
const CODE_2012 = '/van-ban/bo-luat-10-2012-qh13'
const MATERIALS = '/van-ban/tai-lieu'

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`))
}

describe('legal documents', () => {
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

  describe('a reader on a 360 px screen', () => {
    it('filters the list by type', async () => {
      await page.goto('/van-ban')
      await expect(page.locator('h1').innerText()).resolves.toBe('Văn bản pháp luật')
      await page.getByLabel('Loại văn bản').selectOption('bo-luat')
      await page.getByRole('button', { name: 'Lọc văn bản' }).click()
      await page.waitForURL((url) => url.searchParams.get('loai') === 'bo-luat')
      await expect(page.locator('#ld-results').innerText()).resolves.toBe('Tìm thấy 2 văn bản')
      const metas = await page.locator('.app-doclist__meta').allInnerTexts()
      expect(metas.length).toBe(2)
      expect(metas.every((m) => m.startsWith('Bộ luật số'))).toBe(true)
      await expect(page.getByRole('link', { name: 'Bỏ lọc loại văn bản: Bộ luật' }).getAttribute('href')).resolves.toBe(
        '/van-ban',
      )
      // Nothing is wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width)
    })

    it('opens a document and follows the table of contents to an article', async () => {
      await page.getByRole('link', { name: 'Bộ luật Lao động 2019' }).click()
      await page.waitForURL((url) => url.pathname === CODE_2019)
      await expect(page.locator('h1').innerText()).resolves.toBe('Bộ luật Lao động 2019')
      await expect(page.locator('.app-facts').innerText()).resolves.toContain('45/2019/QH14')
      await page.locator('.app-ld-toc summary').click()
      const toc = page.getByRole('navigation', { name: 'Mục lục văn bản' })
      await toc.getByRole('link', { name: /^Điều 35\. Quyền đơn phương chấm dứt/ }).click()
      await page.waitForURL((url) => url.hash === '#dieu-35')
      const article = page.locator('#dieu-35')
      await expect(article.getByRole('heading').first().innerText()).resolves.toMatch(
        /^Điều 35\. Quyền đơn phương chấm dứt/,
      )
      await expect(page.locator('#dieu-35-khoan-1-diem-a').innerText()).resolves.toMatch(/^a\) Ít nhất 45 ngày/)
      const top = await article.evaluate((el) => el.getBoundingClientRect().top)
      expect(Math.abs(top)).toBeLessThan(40)
      // Deep in the text, the way back to the contents is at the foot of the screen, on top of the text.
      await page.locator('#dieu-63').scrollIntoViewIfNeeded()
      const back = page.getByRole('link', { name: 'Về mục lục' })
      const box = (await back.boundingBox())!
      const height = NARROW.height
      expect(box.y).toBeGreaterThan(height / 2)
      expect(box.y + box.height).toBeLessThanOrEqual(height)
      expect(box.x + box.width).toBeLessThanOrEqual(NARROW.width)
      expect(box.height).toBeGreaterThanOrEqual(44)
      const onTop = await back.evaluate((a) => {
        const r = a.getBoundingClientRect()
        return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('a') === a
      })
      expect(onTop, 'not covered by the text').toBe(true)
      await back.click()
      await page.waitForURL((url) => url.hash === '#ld-text')
      const contents = page.locator('.app-ld-toc summary')
      const summary = (await contents.boundingBox())!
      expect(summary.y).toBeGreaterThanOrEqual(0)
      expect(summary.y).toBeLessThan(height)
    })

    it('sees that a replaced document is no longer in force, and by which document', async () => {
      await page.goto(CODE_2012)
      const banner = page.locator('.app-ld-banner')
      await expect(banner.getByRole('heading').innerText()).resolves.toBe('Văn bản này đã hết hiệu lực toàn bộ')
      await expect(banner.innerText()).resolves.toContain('Từ ngày 01/01/2021.')
      const link = banner.getByRole('link', { name: /Bộ luật số 45\/2019\/QH14/ })
      await expect(link.getAttribute('href')).resolves.toBe(CODE_2019)
      // The relation shows on both documents, and the effect history records the change.
      await expect(page.locator('#ld-relations + .app-ld-diagram').innerText()).resolves.toContain('Bị thay thế bởi')
      await expect(page.locator('.app-ld-history tbody').innerText()).resolves.toMatch(/01\/01\/2021\s+Bị thay thế/)
      await page.goto(CODE_2019)
      await expect(page.locator('.app-ld-banner').count()).resolves.toBe(0)
      await expect(page.locator('#ld-relations + .app-ld-diagram').innerText()).resolves.toContain('Thay thế')
    })

    it('finds the companion material from the document and in the list of materials', async () => {
      await page.goto(MATERIALS)
      const link = page.getByRole('link', { name: 'Giới thiệu những điểm mới cơ bản của Bộ luật Lao động năm 2019' })
      await link.click()
      await page.waitForURL((url) => url.pathname.startsWith(`${MATERIALS}/`))
      await expect(page.getByRole('link', { name: /Bộ luật số 45\/2019\/QH14/ }).getAttribute('href')).resolves.toBe(
        CODE_2019,
      )
    })
  })

  it('answers a filter value outside the lists with a Vietnamese 400', async () => {
    const { status, body } = await fetchPage('/van-ban?loai=sac-lenh')
    expect(status).toBe(400)
    expect(body).toContain('Loại văn bản “sac-lenh” không có trong danh mục.')
    const year = await fetchPage('/van-ban?nam=20x5')
    expect(year.status).toBe(400)
  })

  for (const [label, viewport] of [
    ['360 px', NARROW],
    ['1280 px', WIDE],
  ] as const) {
    describe(`accessibility at ${label} (axe-core, WCAG 2.2 AA)`, () => {
      let wide: BrowserContext
      let axePage: Page

      beforeAll(async () => {
        wide = await newContext(browser, { viewport })
        axePage = await wide.newPage()
      })
      afterAll(async () => {
        await wide?.close()
      })

      for (const path of ['/van-ban', '/van-ban?loai=bo-luat&nam=2019', CODE_2012, CODE_2019, MATERIALS]) {
        it(`finds no violations on ${path}`, async () => {
          const response = await axePage.goto(path)
          expect(response?.status()).toBe(200)
          expect(await violations(axePage)).toEqual([])
        })
      }
    })
  }
})
