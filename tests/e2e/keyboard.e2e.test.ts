import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articles } from '@/modules/demo/data'
import { focused, hasVisibleFocus, launchBrowser, NARROW, newContext, tabUntil } from './helpers'

/** Keyboard use, structure, reading without JavaScript and reflow of the public pages. */

const ARTICLE_PATH = `/bai-viet/${articles[0]!.slug}`

describe('keyboard use and page structure', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  describe('at 1280 px', () => {
    let page: Page

    beforeAll(async () => {
      page = await (await newContext(browser)).newPage()
    })

    it('puts the skip link first and moves the focus into the main content with Enter', async () => {
      await page.goto('/')
      await page.keyboard.press('Tab')
      const first = await focused(page)
      expect(first.text).toBe('Bỏ qua để đến nội dung chính')
      expect(first.href).toBe('#noi-dung')
      expect(hasVisibleFocus(first), JSON.stringify(first)).toBe(true)
      await expect(page.locator('.app-skip-link').isVisible()).resolves.toBe(true)

      await page.keyboard.press('Enter')
      await page.waitForFunction(() => document.activeElement?.id === 'noi-dung')
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN')
      await page.keyboard.press('Tab')
      const next = await focused(page)
      expect(next.inMain, JSON.stringify(next)).toBe(true)
    })

    it('reaches the header search, the navigation and the article links by Tab, each with a visible focus', async () => {
      await page.goto('/')
      const search = await tabUntil(page, (f) => f.id === 'app-header-search')
      expect(hasVisibleFocus(search), JSON.stringify(search)).toBe(true)

      const navLink = await tabUntil(page, (f) => f.inNav && f.tag === 'a')
      expect(navLink.text).toBe('Trang chủ')
      expect(hasVisibleFocus(navLink), JSON.stringify(navLink)).toBe(true)
      const news = await tabUntil(page, (f) => f.inNav && f.href === '/tin-tuc')
      expect(hasVisibleFocus(news), JSON.stringify(news)).toBe(true)

      const articleLink = await tabUntil(page, (f) => f.inMain && (f.href ?? '').startsWith('/bai-viet/'))
      expect(articleLink.text.length).toBeGreaterThan(10)
      expect(hasVisibleFocus(articleLink), JSON.stringify(articleLink)).toBe(true)
    })

    it('has lang="vi", one main landmark, one h1 and labelled navigation regions', async () => {
      for (const path of ['/', ARTICLE_PATH]) {
        await page.goto(path)
        const structure = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          mains: document.querySelectorAll('main').length,
          mainId: document.querySelector('main')?.id,
          h1s: document.querySelectorAll('h1').length,
          navs: [...document.querySelectorAll('nav')].map((nav) => {
            const labelledBy = nav.getAttribute('aria-labelledby')
            return (
              nav.getAttribute('aria-label') ??
              (labelledBy ? (document.getElementById(labelledBy)?.textContent ?? '') : '')
            ).trim()
          }),
        }))
        expect(structure.lang, path).toBe('vi')
        expect(structure.mains, path).toBe(1)
        expect(structure.mainId, path).toBe('noi-dung')
        expect(structure.h1s, path).toBe(1)
        expect(structure.navs.length, path).toBeGreaterThan(0)
        for (const label of structure.navs) expect(label, `${path}: ${structure.navs.join(', ')}`).not.toBe('')
      }
    })
  })

  describe('at 360 px', () => {
    let page: Page

    beforeAll(async () => {
      page = await (await newContext(browser, { viewport: NARROW })).newPage()
    })

    for (const key of ['Enter', 'Space'] as const) {
      it(`opens the “Danh mục” menu with ${key} and reaches its links by Tab`, async () => {
        await page.goto('/')
        const menu = page.locator('details.app-nav-toggle')
        expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
        await expect(page.locator('.app-nav-wide').isVisible()).resolves.toBe(false)
        const summary = await tabUntil(page, (f) => f.tag === 'summary')
        expect(summary.text).toBe('Danh mục')
        expect(hasVisibleFocus(summary), JSON.stringify(summary)).toBe(true)

        await page.keyboard.press(key)
        await page.waitForFunction(() => document.querySelector<HTMLDetailsElement>('details.app-nav-toggle')?.open)
        await page.keyboard.press('Tab')
        const first = await focused(page)
        expect(first.inDetails && first.inNav, JSON.stringify(first)).toBe(true)
        expect(first.text).toBe('Trang chủ')
        // The menu holds every section (about 15 links): “Danh bạ” comes after the content sections.
        const directory = await tabUntil(page, (f) => f.inDetails && f.href === '/danh-ba', 25)
        expect(hasVisibleFocus(directory), JSON.stringify(directory)).toBe(true)
      })
    }
  })

  it('shows the articles without JavaScript', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/')
    const titles = await page.locator('main a[href^="/bai-viet/"]').allInnerTexts()
    expect(titles.length).toBeGreaterThan(3)
    expect(titles).toContain(articles.find((a) => a.slug === 'tong-ket-ngay-phap-luat-viet-nam-2026')?.title)

    await page.goto(ARTICLE_PATH)
    await expect(page.locator('h1').innerText()).resolves.toBe(articles[0]!.title)
    expect((await page.locator('.app-article__body').innerText()).length).toBeGreaterThan(200)
    await context.close()
  })

  it('reflows without horizontal scrolling at 320 px (400 % zoom) on the home page and an article', async () => {
    const context = await newContext(browser, { viewport: { width: 320, height: 640 } })
    const page = await context.newPage()
    for (const path of ['/', ARTICLE_PATH]) {
      await page.goto(path)
      const { scrollWidth, clientWidth } = await page.evaluate(() => {
        const root = document.scrollingElement ?? document.documentElement
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth }
      })
      expect(scrollWidth, `${path}: scrollWidth ${scrollWidth} > clientWidth ${clientWidth}`).toBeLessThanOrEqual(
        clientWidth + 1,
      )
    }
    await context.close()
  })
})
