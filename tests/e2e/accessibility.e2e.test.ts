import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { announcements, articles, events, plans } from '@/modules/demo/data'
import { adminSession, launchBrowser, NARROW, newContext, USERS, WIDE } from './helpers'

/**
 * axe-core finds no WCAG 2.2 AA violation on any kind of public page, at desktop and phone widths,
 * nor in the admin components the portal adds to Payload.
 */

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number]

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const article = articles.find((a) => a.section === 'gioi-thieu-van-ban-moi') ?? articles[0]!
const PUBLIC_PAGES: { name: string; path: string; status?: number }[] = [
  { name: 'the home page', path: '/' },
  { name: 'an article', path: `/bai-viet/${article.slug}` },
  { name: 'a section', path: '/chuyen-muc/tin-tuc-su-kien' },
  { name: 'a section with subsections, second page', path: '/chuyen-muc/hoat-dong-pbgdpl/trang/2' },
  { name: 'the news list', path: '/tin-tuc' },
  { name: 'the news list, second page', path: '/tin-tuc/trang/2' },
  { name: 'the events list', path: '/su-kien' },
  { name: 'an event', path: `/su-kien/${events[0]!.slug}` },
  { name: 'the announcements list', path: '/thong-bao' },
  { name: 'an announcement', path: `/thong-bao/${announcements[0]!.slug}` },
  { name: 'the plans list', path: '/ke-hoach' },
  { name: 'a plan', path: `/ke-hoach/${plans[0]!.slug}` },
  { name: 'the introduction page', path: '/gioi-thieu/gioi-thieu' },
  { name: 'the directory with results', path: '/danh-ba?q=tr%C3%A2m' },
  { name: 'the search results', path: '/tim-kiem?q=phap+luat' },
  { name: 'the site map', path: '/so-do-trang' },
  { name: 'the “page not found” page', path: '/trang-khong-ton-tai', status: 404 },
]

/** One line per violation and node, readable in a test failure. */
function describeViolations(violations: Violation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${node.target.join(' ')}\n    ${(node.failureSummary ?? '').replace(/\n\s*/g, ' ')}`,
    ),
  )
}

async function scan(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS)
  if (include) builder.include(include)
  const result = await builder.analyze()
  return describeViolations(result.violations)
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  for (const [label, viewport] of [
    ['1280 px', WIDE],
    ['360 px', NARROW],
  ] as const) {
    describe(`public pages at ${label}`, () => {
      let context: BrowserContext
      let page: Page

      beforeAll(async () => {
        context = await newContext(browser, { viewport })
        page = await context.newPage()
      })

      afterAll(async () => {
        await context?.close()
      })

      for (const { name, path, status = 200 } of PUBLIC_PAGES) {
        it(`finds no violations on ${name} (${path})`, async () => {
          const response = await page.goto(path)
          expect(response?.status()).toBe(status)
          expect(await scan(page)).toEqual([])
        })
      }
    })
  }

  /**
   * WCAG 1.4.10 Reflow: at 320 CSS px nothing makes the page scroll sideways (a data table may scroll
   * inside its own region) and no text is squeezed into a column so narrow that it reads letter by
   * letter (what the officials' directory and the statistics tables did before). Pages: the main
   * lists and forms, and the first pages of every sitemap.
   */
  describe('reflow at 320 px (WCAG 1.4.10)', () => {
    it('keeps every sampled page within the screen, words whole', async () => {
      const context = await newContext(browser, { viewport: { width: 320, height: 720 } })
      const page = await context.newPage()
      const paths = new Set([
        '/',
        '/danh-ba',
        '/thong-ke',
        '/doi-ngu',
        '/du-lieu-mo',
        '/van-ban',
        '/hoi-dap',
        '/hoi-dap/gui-cau-hoi',
        '/cuoc-thi',
        '/thu-vien',
        '/doi-thoai',
        '/tim-kiem?q=%C4%91%E1%BA%A5t+%C4%91ai',
      ])
      const index = await (await context.request.get('/sitemap.xml')).text()
      for (const [, map] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
        const xml = await (await context.request.get(new URL(map!).pathname)).text()
        for (const [, loc] of [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].slice(0, 3)) paths.add(new URL(loc!).pathname)
      }
      expect(paths.size).toBeGreaterThan(40)
      const problems: string[] = []
      for (const path of paths) {
        const response = await page.goto(path)
        expect(response?.status(), path).toBe(200)
        const found = await page.evaluate(() => {
          const root = document.documentElement
          const out: string[] = []
          if (root.scrollWidth > root.clientWidth) {
            const wide = [...document.querySelectorAll('body *')].find(
              (el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !el.closest('[role="region"]'),
            )
            out.push(
              `scrolls sideways by ${root.scrollWidth - root.clientWidth} px (${wide?.tagName.toLowerCase()}.${wide?.className})`,
            )
          }
          for (const el of document.querySelectorAll('th, td, li, p, a, dd, dt, h1, h2, h3, label')) {
            // Not shown to anyone: the anti-spam trap field.
            if (el.closest('[aria-hidden="true"]')) continue
            const box = el.getBoundingClientRect()
            const text = (el.textContent ?? '').trim()
            const line = parseFloat(getComputedStyle(el).lineHeight) || 20
            if (box.width > 0 && box.width < 48 && box.height > 4 * line && /\p{L}{4}/u.test(text) && text.length > 12)
              out.push(`${el.tagName.toLowerCase()} ${Math.round(box.width)} px wide: “${text.slice(0, 40)}”`)
          }
          return out.slice(0, 3)
        })
        problems.push(...found.map((f) => `${path}: ${f}`))
      }
      expect(problems).toEqual([])
      await context.close()
    })
  })

  // Payload's own admin screens have violations the portal cannot fix (react-select inputs without
  // labels, icon-only buttons, low-contrast field descriptions…), so the admin scans cover the
  // components the portal adds: the review queue on the dashboard and the workflow box of the
  // edit view.
  describe('admin components, signed in as an editor', () => {
    let page: Page

    beforeAll(async () => {
      ;({ page } = await adminSession(browser, USERS.editor))
    })

    it('finds no violations in the dashboard’s review queue', async () => {
      await page.goto('/admin')
      const queue = page.locator('.app-review-queue')
      await queue.waitFor()
      expect(await queue.locator('tbody tr').count()).toBeGreaterThan(0)
      expect(await scan(page, '.app-review-queue')).toEqual([])
    })

    it('finds no violations in the workflow box of an article’s edit view', async () => {
      await page.goto('/admin')
      await page.locator('.app-review-queue tbody a').first().click()
      await page.locator('.app-workflow').waitFor()
      expect(await page.locator('.app-workflow input[type="radio"]').count()).toBeGreaterThan(1)
      expect(await scan(page, '.app-workflow')).toEqual([])
    })
  })
})
