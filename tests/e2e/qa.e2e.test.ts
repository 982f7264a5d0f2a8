import fs from 'node:fs'
import path from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminSession, launchBrowser, lexicalBody, newContext, restAs, USERS, waitForMail, WIDE } from './helpers'

/**
 * The Q&A journey in Chromium: a citizen asks keyboard-only on a phone, sees suggestions, gets the
 * confirmation e-mail; an editor accepts and assigns, an expert answers citing an article, the
 * editor publishes; the citizen follows the link in the e-mail and reads the answer with the cited
 * article inline. axe on every Q&A page type.
 */

const PHONE = { width: 390, height: 844 } as const
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const SHOTS = process.env.QA_SCREENSHOTS_DIR || ''
const EXPERT = 'chuyengia@pbgdpl.local'

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`))
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
}

/** Presses Tab until the element with `selector` has the focus (keyboard only, like a person). */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${selector}`)
}

describe('online legal Q&A', () => {
  let browser: Browser
  const tag = Date.now().toString(36)
  const email = `citizen-${tag}@example.vn`

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('takes a question from a keyboard-only citizen on a phone to a published answer citing an article', async () => {
    const citizen = await newContext(browser, { viewport: PHONE, hasTouch: true })
    const page = await citizen.newPage()
    await page.goto('/hoi-dap/gui-cau-hoi')
    await shot(page, 'ask-390')
    await tabTo(page, '#hoi-name')
    await page.keyboard.type('Nguyễn Thị Hoa')
    await page.keyboard.press('Tab')
    await page.keyboard.type(email)
    await tabTo(page, '#hoi-field')
    await page.keyboard.type('Lao')
    expect(await page.locator('#hoi-field option:checked').textContent()).toBe('Lao động')
    await tabTo(page, '#hoi-title')
    await page.keyboard.type(`Nghỉ việc có được thanh toán tiền phép năm chưa nghỉ không? (${tag})`)
    await page.keyboard.press('Tab')
    await page.keyboard.type(
      'Tôi làm công nhân ở Tân An được hai năm, nay nghỉ việc mà còn 5 ngày phép năm chưa nghỉ. Công ty có phải trả tiền những ngày đó không?',
    )
    // Suggestions arrive while typing and are announced politely.
    const status = page.locator('.app-qa-suggest__status')
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^Có .* có thể giúp bạn$/)
    expect(await page.locator('.app-qa-suggest__list a').count()).toBeGreaterThan(0)
    await shot(page, 'ask-suggestions-390')
    await tabTo(page, '#hoi-consent')
    await page.keyboard.press('Space')
    await tabTo(page, 'button[type="submit"]')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/hoi-dap\/gui-cau-hoi\/da-gui\?ma=/, { timeout: 30_000 })
    const code = (await page.locator('.app-qa-code').first().textContent())?.trim() ?? ''
    expect(code).toMatch(/^HD-\d{4}-[0-9A-Z]{6}$/)
    await shot(page, 'sent-390')
    expect(await axe(page), 'the result page with the tracking code').toEqual([])

    const mail = await waitForMail(
      (m) => m.recipients.includes(email) && m.text.includes(code),
      'the confirmation e-mail',
    )
    const link = /https?:\/\/\S+\/hoi-dap\/tra-cuu\?ma=\S+&khoa=\S+/.exec(mail.text)?.[0]
    expect(link).toBeTruthy()

    // The editor accepts and assigns to the expert (REST with the signed-in cookie).
    const editor = await adminSession(browser, USERS.editor)
    const asEditor = restAs(editor.page)
    const found = await (await asEditor.get(`/api/questions?where[trackingCode][equals]=${code}&depth=0`)).json()
    const id = found.docs[0].id as number
    const experts = await (await asEditor.get(`/api/users?where[email][equals]=${EXPERT}&depth=0`)).json()
    expect((await asEditor.patch(`/api/questions/${id}`, { qaAction: 'accept' })).status()).toBe(200)
    const assigned = await asEditor.patch(`/api/questions/${id}`, {
      qaAction: 'assign',
      assignedExpert: experts.docs[0].id,
    })
    expect(assigned.status(), await assigned.text()).toBe(200)

    // The expert answers, citing khoản 3 Điều 113 of the Labour Code.
    const expert = await adminSession(browser, EXPERT)
    const asExpert = restAs(expert.page)
    const laws = await (
      await asExpert.get(`/api/legal-documents?where[number][equals]=45/2019/QH14&depth=0&limit=1`)
    ).json()
    const answered = await asExpert.patch(`/api/questions/${id}`, {
      qaAction: 'answer',
      answer: lexicalBody(
        'Theo khoản 3 Điều 113 Bộ luật Lao động năm 2019, người lao động thôi việc mà chưa nghỉ hết phép năm được thanh toán tiền lương cho những ngày chưa nghỉ.',
      ),
      citations: [{ document: laws.docs[0].id, article: 'khoản 3 Điều 113' }],
    })
    expect(answered.status(), await answered.text()).toBe(200)

    const published = await asEditor.patch(`/api/questions/${id}`, { qaAction: 'publish' })
    expect(published.status(), await published.text()).toBe(200)
    await editor.context.close()
    await expert.context.close()

    // The citizen follows the link in the e-mail.
    await page.goto(link!)
    await expect.poll(() => page.locator('.app-qa-timeline__step--done').last().textContent()).toContain('Đã trả lời')
    await shot(page, 'tracking-390')
    expect(await axe(page), 'the tracking page with an answer').toEqual([])
    await page.getByRole('link', { name: 'Đọc câu trả lời' }).click()
    await page.waitForURL(/\/hoi-dap\/[a-z0-9-]+$/)
    const cite = page.locator('.app-cite').first()
    await expect.poll(() => cite.textContent()).toContain('Nghỉ hằng năm')
    expect(await cite.locator('a').first().getAttribute('href')).toMatch(/^\/van-ban\/[a-z0-9-]+#dieu-113-khoan-3$/)
    expect(await page.locator('script[type="application/ld+json"]').textContent()).toContain('"QAPage"')
    expect(await page.content()).not.toContain(email)
    await shot(page, 'question-390')
    await citizen.close()
  })

  it('refuses a wrong tracking key with a 404 that does not tell whether the code exists', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const res = await page.goto('/hoi-dap/tra-cuu?ma=HD-2611-AAAAAA&khoa=khong-dung-khoa-nao-ca')
    expect(res?.status()).toBe(404)
    expect(await page.locator('.app-error-summary h2').textContent()).toBe('Không tìm thấy câu hỏi')
    const bad = await page.goto('/hoi-dap?sap_xep=lung-tung')
    expect(bad?.status()).toBe(400)
    await context.close()
  })

  it.each([
    ['the Q&A list', '/hoi-dap'],
    ['the ask form', '/hoi-dap/gui-cau-hoi'],
    ['the tracking form', '/hoi-dap/tra-cuu'],
    ['a question page', 'QUESTION'],
  ])('has no axe violations on %s at phone and desktop widths', async (name, pathname) => {
    const context = await newContext(browser)
    const page = await context.newPage()
    let target = pathname
    if (target === 'QUESTION') {
      await page.goto('/hoi-dap')
      target = (await page.locator('.app-doclist__title a').first().getAttribute('href')) ?? '/hoi-dap'
    }
    for (const viewport of [PHONE, WIDE]) {
      await page.setViewportSize(viewport)
      const res = await page.goto(target)
      expect(res?.status()).toBe(200)
      expect(await axe(page), `${name} at ${viewport.width} px`).toEqual([])
      await shot(page, `${name.replace(/\W+/g, '-')}-${viewport.width}`)
    }
    await context.close()
  })
})
