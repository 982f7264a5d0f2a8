import fs from 'node:fs'
import path from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchPage, launchBrowser, NARROW, newContext, WIDE } from './helpers'

/**
 * Legal situations with the demo data (seven situations citing the seeded Labour Code 2019): a
 * reader on a 360 px phone filters the list, opens a situation, follows a legal-basis link to the
 * article's anchor, comes back and takes the quiz with the keyboard alone. The same quiz works
 * without JavaScript through the result page; bad posts and query strings get Vietnamese 4xx.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const SHOTS = process.env.SITUATIONS_SCREENSHOTS_DIR || ''
const TITLE = 'Học sinh 16 tuổi đi làm thêm dịp hè: được làm mấy giờ một ngày?'

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`))
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
}

/** Presses Tab until the focused element matches `selector` (keyboard only, like a person). */
async function tabTo(page: Page, selector: string, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${selector}`)
}

const checkedTexts = (page: Page) =>
  page.$$eval('.app-quiz__question input:checked', (inputs) =>
    inputs.map((i) => i.closest('label')?.textContent?.trim() ?? ''),
  )

describe('legal situations', () => {
  let browser: Browser
  let page: Page
  let itemPath = ''

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await (await newContext(browser, { viewport: NARROW })).newPage()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('lets a reader on a phone filter the list by field and audience', async () => {
    await page.goto('/tinh-huong')
    expect(await page.locator('h1').textContent()).toBe('Tình huống pháp luật')
    // On a phone the header's menu may be folded away: the link is there all the same.
    expect(await page.locator('.app-header a[href="/tinh-huong"]').count()).toBeGreaterThan(0)
    expect(await page.locator('.app-footer a[href="/tinh-huong"]').count()).toBe(1)
    expect(await axe(page), 'the list').toEqual([])
    await page.getByLabel('Lĩnh vực').selectOption({ label: 'Trẻ em' })
    await page.getByLabel('Đối tượng').selectOption({ label: 'Học sinh' })
    await page.getByRole('button', { name: 'Lọc' }).click()
    await page.waitForURL(/linh_vuc=tre-em/)
    const titles = await page.locator('.app-doclist__title').allTextContents()
    expect(titles).toEqual([TITLE])
    expect(await page.getByRole('status').first().textContent()).toBe('1 tình huống.')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await shot(page, 'situations-list-360')
  })

  it('answers bad query strings with a Vietnamese 400', async () => {
    const bad = await fetchPage('/tinh-huong?trang=mot')
    expect(bad.status).toBe(400)
    expect(bad.body).toContain('Số trang không hợp lệ.')
    expect((await fetchPage('/tinh-huong?linh_vuc=%3Cscript%3E')).status).toBe(400)
    expect((await fetchPage('/tinh-huong/hoc-sinh/ket-qua?chon=%27or%201=1')).status).toBe(400)
    expect((await fetchPage('/tinh-huong?linh_vuc=khong-co-linh-vuc-nay')).status).toBe(404)
  })

  it('opens a situation and follows its legal basis to the article anchor', async () => {
    await page.getByRole('link', { name: TITLE }).click()
    await page.waitForURL(/\/tinh-huong\/[a-z0-9-]+$/)
    itemPath = new URL(page.url()).pathname
    expect(await page.locator('h1').textContent()).toBe(TITLE)
    for (const heading of ['Tình huống', 'Câu hỏi đặt ra', 'Phân tích', 'Kết luận', 'Căn cứ pháp lý']) {
      expect(await page.getByRole('heading', { level: 2, name: heading, exact: true }).count()).toBe(1)
    }
    expect(await axe(page), 'the item page').toEqual([])
    expect(await page.locator('script[type="application/ld+json"]').textContent()).toContain('"Article"')
    await shot(page, 'situation-360')
    const basis = page.locator('.app-cite a').first()
    expect(await basis.getAttribute('href')).toBe('/van-ban/bo-luat-45-2019-qh14#dieu-143-khoan-1')
    await basis.click()
    await page.waitForURL(/\/van-ban\/bo-luat-45-2019-qh14#dieu-143-khoan-1$/)
    await expect.poll(() => page.locator('[id="dieu-143-khoan-1"]').count()).toBe(1)
    expect(await page.locator('[id="dieu-143"]').textContent()).toContain('Lao động chưa thành niên')
    await page.goBack()
    await page.waitForURL((url) => url.pathname === itemPath)
  })

  it('takes the quiz with the keyboard alone and sees the result in place', async () => {
    await page.locator('form.app-quiz__form[data-enhanced="true"]').waitFor()
    await tabTo(page, '.app-quiz__question input[type="radio"]')
    // Question 1: the third option; question 2: the second (wrong on purpose: the first); question 3: the first.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    expect(await checkedTexts(page)).toEqual([
      'Chưa đủ 18 tuổi',
      '20 giờ',
      'Sự đồng ý của cha, mẹ hoặc người giám hộ của Minh',
    ])
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Nộp bài')
    await page.keyboard.press('Enter')
    const status = page.locator('.app-quiz__status')
    await expect.poll(() => status.textContent()).toContain('Bạn trả lời đúng 2/3 câu')
    expect(await status.getAttribute('aria-live')).toBe('polite')
    expect(await page.evaluate(() => document.activeElement?.classList.contains('app-quiz__status'))).toBe(true)
    const feedback = await page.locator('.app-quiz__feedback').allTextContents()
    expect(feedback[1]).toContain('Chưa đúng. Đáp án đúng: 40 giờ')
    expect(feedback[1]).toContain('Khoản 2 Điều 146')
    expect(page.url()).toContain(itemPath)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await shot(page, 'situation-quiz-result-360')
  })

  it('grades the quiz without JavaScript on a result page, and refuses a forged post', async () => {
    const context = await newContext(browser, { viewport: WIDE, javaScriptEnabled: false })
    const plain = await context.newPage()
    await plain.goto(itemPath)
    const groups = plain.locator('.app-quiz__question')
    expect(await groups.count()).toBe(3)
    for (let i = 0; i < 3; i++) await groups.nth(i).locator('input').first().check()
    await plain.getByRole('button', { name: 'Nộp bài' }).click()
    await plain.waitForURL(/\/ket-qua\?chon=/)
    expect(await plain.getByRole('status').textContent()).toBe('Bạn trả lời đúng 1/3 câu.')
    const resultUrl = plain.url()
    const forged = await plain.request.post(`${itemPath}/kiem-tra`, {
      form: { 'cau-khong-co': 'gia-mao' },
      maxRedirects: 0,
    })
    expect(forged.status()).toBe(400)
    expect(await forged.text()).toContain('Bài làm có câu hỏi không thuộc bài kiểm tra này.')
    await context.close()
    // axe needs scripts: the same result page, checked in the reader's browser.
    await page.goto(resultUrl)
    expect(await page.locator('.app-quiz__feedback--right').count()).toBe(1)
    expect(await axe(page), 'the result page').toEqual([])
    await shot(page, 'situation-result-page-360')
  })
})
