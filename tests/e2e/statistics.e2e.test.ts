import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readXlsx, readXlsxSheetNames } from '@/shared/xlsx/read'
import { adminSession, fetchPage, launchBrowser, NARROW, newContext, restAs, uniqueTag, USERS, WIDE } from './helpers'

/**
 * Statistics (issue 5 §4–§5) in Chromium: the public page and the managers' dashboard render with
 * figures, charts and tables, pass axe, work at 360 px and download XLSX; and the whole journey of
 * the issue: a contributor records activities and sends the unit report pre-filled from them, an
 * editor accepts it, and the dashboard and the public page show the new figures — the activity and the
 * report made through the admin forms as the unit's contributor would.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const VIEWER = 'thanhtra@pbgdpl.local'

async function axe(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS)
  if (include) builder.include(include)
  const result = await builder.analyze()
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`))
}

/** The number shown on the figure card labelled `label` ("1.234" → 1234). */
async function figure(page: Page, label: string): Promise<number> {
  const card = page.locator('.app-stats-section .app-stats-figure').filter({ hasText: label }).first()
  const text = await card.locator('.app-stats-figure__value').innerText()
  return Number(text.replace(/\./g, '').replace(',', '.'))
}

/** No element wider than the viewport (the page scrolls only vertically). */
async function overflowsX(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)
}

const day = (offsetDays: number) =>
  new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10)

describe('statistics', () => {
  let browser: Browser
  const contexts: BrowserContext[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    for (const c of contexts) await c.close()
    await browser?.close()
  })

  it('the public page shows figures, charts and their tables, and passes axe at 1280 and 360 px', async () => {
    for (const viewport of [WIDE, NARROW]) {
      const context = await newContext(browser, { viewport })
      contexts.push(context)
      const page = await context.newPage()
      const res = await page.goto('/thong-ke?ky=nam-nay')
      expect(res?.status()).toBe(200)
      await expect(page.locator('h1').innerText()).resolves.toBe('Thống kê phổ biến, giáo dục pháp luật')
      expect(await page.locator('.app-stats-figures--headline .app-stats-figure').count()).toBeGreaterThan(2)
      const charts = page.locator('svg.app-chart__svg[role="img"]')
      expect(await charts.count()).toBeGreaterThan(2)
      // every chart is followed by its table
      expect(await page.locator('figure.app-chart table').count()).toBeGreaterThanOrEqual(await charts.count())
      expect(await page.getByRole('heading', { level: 2, name: 'Hỏi đáp pháp luật trực tuyến' }).count()).toBe(1)
      expect(await axe(page)).toEqual([])
      expect(await overflowsX(page)).toBe(false)
    }
    const phone = await newContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    contexts.push(phone)
    const page = await phone.newPage()
    await page.goto('/thong-ke')
    await page.screenshot({ path: '/tmp/thong-ke-390.png', fullPage: false })
    // A page of dozens of screens on a phone: its contents, folded, lead to each section and table.
    const contents = page.getByRole('navigation', { name: 'Nội dung trang thống kê' })
    await contents.getByText(/^Nội dung trang \(\d+ mục, \d+ bảng\)$/).tap()
    const sections = await page.locator('section.app-stats-section').count()
    expect(await contents.locator('ol > li').count()).toBe(sections)
    expect(await contents.locator('ol ul a').count()).toBe(await page.locator('figure.app-chart').count())
    const link = contents.getByRole('link', { name: 'Hỏi đáp pháp luật trực tuyến' })
    const target = (await link.getAttribute('href'))!
    await link.tap()
    await page.waitForURL(new RegExp(`${target}$`))
    const heading = page.locator(target)
    await expect.poll(async () => (await heading.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0)
    expect((await heading.boundingBox())!.y).toBeLessThan(844)
    expect(await heading.innerText()).toBe('Hỏi đáp pháp luật trực tuyến')
    await page.locator('#tk-news-by-month').scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/thong-ke-390-chart.png' })
  })

  it('answers bad filters and an unknown unit with a Vietnamese 400', async () => {
    const bad = await fetchPage('/thong-ke?ky=tuy-chon&tu=2026-05-02&den=2026-05-01')
    expect(bad.status).toBe(400)
    expect(bad.body).toContain('phải trước hoặc bằng')
    expect((await fetchPage('/thong-ke?ky=tuy-chon&tu=2001-01-01&den=2026-01-01')).status).toBe(400)
    expect((await fetchPage('/thong-ke?don-vi=abc')).status).toBe(400)
    const unknown = await fetchPage('/thong-ke?don-vi=99999999')
    expect(unknown.status).toBe(400)
    expect(unknown.body).toContain('Không tìm thấy đơn vị đã chọn')
    const id = await fetchPage('/api/thong-ke/don-vi?id=99999999')
    expect(id.status).toBe(404)
    expect((await fetchPage('/api/thong-ke/don-vi?id=abc')).status).toBe(400)
  })

  it('downloads the whole page and one table as XLSX', async () => {
    const context = await newContext(browser)
    contexts.push(context)
    const page = await context.newPage()
    await page.goto('/thong-ke')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải XLSX toàn bộ trang thống kê' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^thong-ke-\d{4}-\d{2}-\d{2}-den-\d{4}-\d{2}-\d{2}\.xlsx$/)
    const file = new Uint8Array(await (await import('node:fs/promises')).readFile((await download.path())!))
    expect(readXlsxSheetNames(file)).toContain('Hỏi đáp pháp luật trực tuyến')
    const res = await page.request.get('/api/thong-ke/tai-xuong?bang=qa.by-month')
    expect(res.status()).toBe(200)
    expect(readXlsx(new Uint8Array(await res.body())).rows.some((r) => r[0] === 'Tổng cộng')).toBe(true)
  })

  it('the managers’ dashboard shows every section to a viewer, passes axe, works at 360 px and exports', async () => {
    const { context, page } = await adminSession(browser, VIEWER)
    contexts.push(context)
    await page.goto('/admin/thong-ke')
    await page.getByRole('heading', { level: 1, name: 'Thống kê, báo cáo' }).waitFor()
    // internal-only sections are here, e.g. the periodic reports
    expect(await page.locator('.app-stats-section').count()).toBeGreaterThan(3)
    const contents = page.getByRole('navigation', { name: 'Nội dung trang thống kê' })
    expect(await contents.locator('ol > li').count()).toBe(await page.locator('.app-stats-section').count())
    expect(await page.locator('svg.app-chart__svg').count()).toBeGreaterThan(2)
    expect(await page.getByRole('heading', { name: 'Báo cáo tổng hợp' }).count()).toBe(1)
    expect(await axe(page, '.app-stats-admin')).toEqual([])
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải XLSX toàn bộ bảng thống kê' }).click(),
    ])
    const file = new Uint8Array(await (await import('node:fs/promises')).readFile((await download.path())!))
    expect(readXlsxSheetNames(file).length).toBeGreaterThan(3)
    await page.setViewportSize(NARROW)
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Thống kê, báo cáo' }).waitFor()
    expect(await axe(page, '.app-stats-admin')).toEqual([])
    await page.screenshot({ path: '/tmp/admin-thong-ke-360.png' })
    // a visitor gets nothing from the internal export
    expect((await fetchPage('/api/thong-ke/noi-bo/tai-xuong')).status).toBe(401)
  })

  it('journey: an activity and the unit report made in the admin → accepted → new figures on the dashboard and the public page', async () => {
    const editor = await adminSession(browser, USERS.editor)
    const contributor = await adminSession(browser, USERS.contributor)
    const viewer = await adminSession(browser, VIEWER)
    contexts.push(editor.context, contributor.context, viewer.context)
    const me = (await (await restAs(contributor.page).get('/api/users/me')).json()) as {
      user: { unit: number | { id: number } }
    }
    const unitId = typeof me.user.unit === 'object' ? me.user.unit.id : me.user.unit
    const from = day(-20)
    const to = day(0)
    const filters = `ky=tuy-chon&tu=${from}&den=${to}&don-vi=${unitId}`
    const tag = uniqueTag()

    // before: the figures of the unit for the period, on the dashboard and the public page
    await viewer.page.goto(`/admin/thong-ke?${filters}`)
    const sessionsBefore = await figure(viewer.page, 'Số cuộc, buổi PBGDPL')
    const visitor = await newContext(browser)
    contexts.push(visitor)
    const pub = await visitor.newPage()
    await pub.goto(`/thong-ke?${filters}`)
    const participantsBefore = await figure(pub, 'Số lượt người tham dự')

    // the board opens a reporting period for the unit (setup: the journey is the unit's)
    const periodTitle = `Báo cáo chuyên đề PBGDPL ${tag}`
    const period = await restAs(editor.page).post('/api/report-periods', {
      title: periodTitle,
      kind: 'ad-hoc',
      from: `${from}T00:00:00.000Z`,
      to: `${to}T00:00:00.000Z`,
      deadline: `${day(10)}T00:00:00.000Z`,
      units: [unitId],
      useTemplate: true,
    })
    expect(period.status(), await period.text()).toBe(201)

    // the contributor records a direct session in the activities form and sends it for verification
    const cp = contributor.page
    const title = `Hội nghị phổ biến pháp luật cho giáo viên ${tag}`
    await cp.goto('/admin/collections/activities/create')
    // The sidebar's client component renders once the form is hydrated; typing earlier is lost.
    await cp.locator('.app-activity-actions').waitFor({ timeout: 30_000 })
    for (let attempt = 0; attempt < 3; attempt++) {
      await cp.locator('#field-title').fill(title)
      if ((await cp.locator('#field-title').inputValue()) === title) break
      await cp.waitForTimeout(1000)
    }
    const [y, m, d] = day(-3).split('-')
    await cp.locator('#field-date input').focus()
    await cp.keyboard.type(`${d}/${m}/${y}`)
    await cp.keyboard.press('Escape')
    await cp.locator('#field-form input').first().focus()
    await cp.keyboard.type('trực tiếp')
    await cp.keyboard.press('Enter')
    await cp.locator('#field-sessions').fill('3')
    await cp.locator('#field-participants').fill('120')
    await cp.locator('#action-save').click()
    await cp.waitForURL(/\/admin\/collections\/activities\/\d+/, { timeout: 30_000 })
    await cp.getByRole('button', { name: 'Gửi xác nhận' }).click()
    await cp.locator('.app-activity-actions strong', { hasText: 'Chờ xác nhận' }).waitFor({ timeout: 30_000 })

    // internal figures count the submitted activity at once; the direct sessions are what the report asks
    await viewer.page.goto(`/admin/thong-ke?${filters}`)
    expect(await figure(viewer.page, 'Số cuộc, buổi PBGDPL')).toBe(sessionsBefore + 3)
    const direct = await figure(viewer.page, 'Phổ biến pháp luật trực tiếp (hội nghị, tập huấn, tọa đàm): số cuộc')
    const directPeople = await figure(
      viewer.page,
      'Phổ biến pháp luật trực tiếp (hội nghị, tập huấn, tọa đàm): số lượt người',
    )
    expect(direct).toBeGreaterThanOrEqual(3)

    // the unit's report for the period, opened in the admin, is pre-filled from the activities
    await cp.goto('/admin/collections/unit-reports/create')
    // Typed again until the period's option shows: typing before the form has hydrated is lost.
    const option = cp.getByRole('option', { name: periodTitle })
    for (let attempt = 0; attempt < 5; attempt++) {
      await cp.locator('#field-period input').first().fill(tag)
      if (
        await option.waitFor({ timeout: 5_000 }).then(
          () => true,
          () => false,
        )
      )
        break
    }
    await option.click()
    await cp.locator('#action-save').click()
    await cp.waitForURL(/\/admin\/collections\/unit-reports\/\d+/, { timeout: 30_000 })
    const sessionsInput = cp.locator('#app-report-value-direct-sessions')
    await sessionsInput.waitFor({ timeout: 30_000 })
    expect(await sessionsInput.inputValue()).toBe(String(direct))
    expect(await cp.locator('#app-report-value-direct-participants').inputValue()).toBe(String(directPeople))
    await cp.getByLabel('Kết quả nổi bật').fill('Tổ chức hội nghị phổ biến pháp luật cho giáo viên.')
    await cp.screenshot({ path: '/tmp/journey-report.png', fullPage: true })
    await cp.getByRole('group', { name: 'Thao tác khi lưu' }).getByRole('radio', { name: 'Gửi báo cáo' }).check()
    await cp.locator('#action-save').click()
    await cp.locator('.app-workflow__state strong', { hasText: 'Đã gửi, chờ tiếp nhận' }).waitFor({ timeout: 30_000 })
    const reportUrl = cp.url()

    // the board member accepts the report in the admin (which verifies its activities)
    const ep = editor.page
    await ep.goto(reportUrl)
    await ep.locator('.app-workflow__state strong', { hasText: 'Đã gửi, chờ tiếp nhận' }).waitFor({ timeout: 30_000 })
    await ep.getByRole('group', { name: 'Thao tác khi lưu' }).getByRole('radio', { name: 'Tiếp nhận báo cáo' }).check()
    await ep.locator('#action-save').click()
    await ep.locator('.app-workflow__state strong', { hasText: 'Đã tiếp nhận' }).waitFor({ timeout: 30_000 })

    // the public page now counts the verified activity; the dashboard still does
    await pub.goto(`/thong-ke?${filters}`)
    expect(await figure(pub, 'Số lượt người tham dự')).toBe(participantsBefore + 120)
    await viewer.page.goto(`/admin/thong-ke?${filters}`)
    expect(await figure(viewer.page, 'Số cuộc, buổi PBGDPL')).toBe(sessionsBefore + 3)
    // Three sessions, two forms in the admin and four statistics pages: over two minutes on a
    // slow two-core machine (seen in CI), about forty seconds on a usual one.
  }, 300_000)
})
