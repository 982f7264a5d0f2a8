import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminSession, launchBrowser, newContext, restAs, uniqueTag, USERS } from './helpers'

/**
 * Handling a question in the real admin UI: the editor finds it in "Hỏi đáp cần xử lý", accepts it
 * (the due date appears), the assigned expert answers in the rich-text editor and cites an
 * article, the editor publishes it; an expert never sees the asker's contact. Screenshots of the
 * admin views go to QA_SCREENSHOT_DIR when set.
 */

const EXPERT = 'chuyengia@pbgdpl.local'
const tag = uniqueTag()
const title = `Thủ tục đăng ký thường trú cho con ${tag}`
const shots = process.env.QA_SCREENSHOT_DIR

async function shoot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true })
}

async function chooseQaAction(page: Page, label: string): Promise<void> {
  const group = page.getByRole('group', { name: 'Thao tác xử lý khi lưu' })
  await group
    .locator('label')
    .filter({ has: page.getByText(label, { exact: true }) })
    .getByRole('radio')
    .check()
}

async function saveAndExpect(page: Page, state: string): Promise<void> {
  await page.locator('#action-save').click()
  try {
    await page.locator('.app-workflow__state strong', { hasText: state }).waitFor({ timeout: 30_000 })
  } catch (err) {
    const toasts = await page.locator('.payload-toast-container').allInnerTexts()
    throw new Error(`The question did not reach “${state}”. Messages: ${toasts.join(' | ')}`, { cause: err })
  }
}

describe('an editor and an expert handle a question in the admin', () => {
  let browser: Browser
  let editor: { context: BrowserContext; page: Page }
  let id = 0

  beforeAll(async () => {
    browser = await launchBrowser()
    editor = await adminSession(browser, USERS.editor)
    const created = await restAs(editor.page).post('/api/questions', {
      title,
      body: 'Con tôi mới sinh, tôi muốn đăng ký thường trú cho cháu tại nhà ông bà nội thì cần giấy tờ gì?',
      asker: { name: 'Hoàng Thị Lan', email: `lan-${tag}@example.vn`, phone: '0911222333' },
    })
    expect(created.status(), await created.text()).toBe(201)
    id = ((await created.json()) as { doc: { id: number } }).doc.id
  })
  afterAll(async () => {
    await editor?.context.close()
    await browser?.close()
  })

  it('the queue above the list shows the new question waiting for moderation', async () => {
    const { page } = editor
    await page.goto('/admin/collections/questions')
    const queue = page.locator('section[aria-labelledby="app-qa-queue-title"]')
    await queue.getByRole('heading', { name: 'Hỏi đáp cần xử lý' }).waitFor()
    await expect(queue.getByRole('link', { name: /Chờ kiểm duyệt: \d+/ }).innerText()).resolves.toMatch(/[1-9]/)
    await shoot(page, 'qa-admin-list-1280')
    await page.setViewportSize({ width: 390, height: 844 })
    await shoot(page, 'qa-admin-list-390')
    await page.setViewportSize({ width: 1280, height: 900 })
    await queue.getByRole('link', { name: /Chờ kiểm duyệt/ }).click()
    await page.getByRole('link', { name: title }).first().waitFor()
  })

  it('the editor accepts the question and a due date is set', async () => {
    const { page } = editor
    await page.goto(`/admin/collections/questions/${id}`)
    await page.locator('.app-workflow').waitFor()
    await expect(page.locator('#field-asker__email').inputValue()).resolves.toBe(`lan-${tag}@example.vn`)
    await shoot(page, 'qa-admin-edit-1280')
    await chooseQaAction(page, 'Tiếp nhận')
    await saveAndExpect(page, 'Đã tiếp nhận, chờ phân công')
    const doc = (await (await restAs(page).get(`/api/questions/${id}?depth=0`)).json()) as { dueDate?: string }
    expect(doc.dueDate).toBeTruthy()
    await page.locator('.tabs-field__tab-button', { hasText: 'Xử lý' }).click()
    await page.getByText('Hạn trả lời', { exact: true }).first().waitFor()
    await shoot(page, 'qa-admin-handling-1280')
    const experts = (await (await restAs(page).get(`/api/users?where[email][equals]=${EXPERT}&depth=0`)).json()) as {
      docs: { id: number }[]
    }
    const assigned = await restAs(page).patch(`/api/questions/${id}`, {
      qaAction: 'assign',
      assignedExpert: experts.docs[0]?.id,
    })
    expect(assigned.status(), await assigned.text()).toBe(200)
  })

  it('the expert writes the answer in the editor and submits it, without seeing the asker', async () => {
    const expert = await adminSession(browser, EXPERT)
    const { page } = expert
    await page.goto(`/admin/collections/questions/${id}`)
    await page.locator('.app-workflow').waitFor()
    await expect(page.locator('#field-asker__email').count()).resolves.toBe(0)
    await page.locator('.tabs-field__tab-button', { hasText: 'Trả lời' }).click()
    const body = page.locator('.rich-text-lexical [contenteditable="true"]').first()
    await body.click()
    await page.keyboard.type('Theo Luật Cư trú, trẻ em được đăng ký thường trú tại nơi thường trú của cha, mẹ.')
    await chooseQaAction(page, 'Gửi câu trả lời để duyệt')
    await saveAndExpect(page, 'Đã trả lời, chờ duyệt')
    await shoot(page, 'qa-admin-expert-1280')
    await page.setViewportSize({ width: 390, height: 844 })
    await shoot(page, 'qa-admin-expert-390')
    await expect(page.getByText('Duyệt và công bố', { exact: true }).count()).resolves.toBe(0)
    await expert.context.close()
  })

  it('the editor publishes it and an anonymous reader can read it', async () => {
    const { page } = editor
    await page.goto(`/admin/collections/questions/${id}`)
    await page.locator('.app-workflow').waitFor()
    await chooseQaAction(page, 'Duyệt và công bố')
    await saveAndExpect(page, 'Đã công bố')
    const reader = await newContext(browser)
    const res = await reader.request.get(`/api/questions/${id}?depth=0`)
    expect(res.status()).toBe(200)
    const doc = (await res.json()) as { status: string; asker?: unknown }
    expect(doc.status).toBe('published')
    expect(doc.asker).toBeUndefined()
    await reader.close()
  })
})
