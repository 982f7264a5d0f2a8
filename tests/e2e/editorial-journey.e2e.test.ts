import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  adminSession,
  chooseWorkflowAction,
  launchBrowser,
  leaveDocument,
  newContext,
  pollUntil,
  restAs,
  saveAndExpectState,
  uniqueTag,
  USERS,
  waitForMail,
} from './helpers'

/**
 * One article's way through the editorial workflow, driven through the real admin UI: a contributor
 * writes and submits it, an editor returns it with a comment, the contributor fixes and resubmits
 * it, the editor publishes it, and an anonymous reader sees it appear on the public site.
 */

type ArticleDoc = { id: number; slug: string; title: string; workflowState: string }

const SECTION = { title: 'Hoạt động trong trường học', slug: 'hoat-dong-truong-hoc' }
const tag = uniqueTag()
const firstTitle = `Trường THCS thử nghiệm ${tag} tổ chức ngoại khóa pháp luật về đất đai`
const fixedTitle = `Trường THCS thử nghiệm ${tag} tổ chức ngoại khóa tìm hiểu Luật Đất đai 2024`
const summary = 'Buổi ngoại khóa giúp học sinh hiểu quyền và nghĩa vụ của người sử dụng đất.'
const bodyText = 'Sáng thứ Bảy, nhà trường phối hợp Phòng Tư pháp tổ chức buổi ngoại khóa cho học sinh khối 9.'
const comment = `Đề nghị ghi rõ tên luật trong tiêu đề (${tag}).`

describe('the editorial journey of a contributor’s article', () => {
  let browser: Browser
  let contributor: { context: BrowserContext; page: Page }
  let editor: { context: BrowserContext; page: Page }
  let reader: BrowserContext
  let readerPage: Page
  let id = 0
  let slug = ''

  async function readAsContributor(): Promise<ArticleDoc> {
    const res = await restAs(contributor.page).get(`/api/articles/${id}?depth=0`)
    expect(res.status()).toBe(200)
    return (await res.json()) as ArticleDoc
  }

  async function openAsEditor(): Promise<void> {
    await editor.page.goto(`/admin/collections/articles/${id}`)
    await editor.page.locator('.app-workflow').waitFor()
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    contributor = await adminSession(browser, USERS.contributor)
    editor = await adminSession(browser, USERS.editor)
    reader = await newContext(browser)
    readerPage = await reader.newPage()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('lets a contributor write an article in the admin and send it for review', async () => {
    const { page } = contributor
    await page.goto('/admin/collections/articles/create')
    await page.locator('#field-title').fill(firstTitle)
    await page.locator('#field-summary').fill(summary)
    const body = page.locator('.rich-text-lexical [contenteditable="true"]').first()
    await body.click()
    await page.keyboard.type(bodyText)
    await page.locator('#field-section .rs__control').click()
    await page.locator('.rs__option', { hasText: SECTION.title }).click()
    await chooseWorkflowAction(page, 'Gửi duyệt')
    await page.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/articles\/\d+$/, { timeout: 30_000 })
    id = Number(new URL(page.url()).pathname.split('/').pop())
    await page.locator('.app-workflow__state strong', { hasText: 'Chờ duyệt' }).waitFor()

    const doc = await readAsContributor()
    expect(doc.title).toBe(firstTitle)
    expect(doc.workflowState).toBe('submitted')
    expect(doc.slug).toMatch(/^truong-thcs-thu-nghiem-/)
    slug = doc.slug
    await leaveDocument(page)
  })

  it('keeps the submitted article away from anonymous readers', async () => {
    const response = await readerPage.goto(`/bai-viet/${slug}`)
    expect(response?.status()).toBe(404)
    await expect(readerPage.locator('h1').innerText()).resolves.toBe('Không tìm thấy trang')
    await readerPage.goto('/')
    expect(await readerPage.locator('main').innerText()).not.toContain(firstTitle)
  })

  it('e-mails the editors that the article waits for review', async () => {
    const mail = await waitForMail((m) => m.subject === `[Chờ duyệt] ${firstTitle}`, 'the “[Chờ duyệt]” e-mail')
    expect(mail.recipients).toEqual(expect.arrayContaining([USERS.editor, USERS.chief]))
    expect(mail.recipients).not.toContain(USERS.contributor)
    expect(mail.text).toContain(`/admin/collections/articles/${id}`)
  })

  it('shows the article in the editor’s review queue, where the editor returns it with a comment', async () => {
    const { page } = editor
    await page.goto('/admin')
    const queue = page.locator('.app-review-queue')
    await expect(queue.getByRole('heading', { level: 2 }).innerText()).resolves.toMatch(/^Nội dung chờ duyệt \(\d+\)$/)
    await queue.getByRole('link', { name: firstTitle }).click()
    await page.waitForURL(new RegExp(`/admin/collections/articles/${id}$`))
    await page.locator('.app-workflow').waitFor()
    await chooseWorkflowAction(page, 'Trả lại kèm ý kiến')
    await page.locator('#field-workflowComment').fill(comment)
    await saveAndExpectState(page, 'Trả lại để sửa')
    expect((await readAsContributor()).workflowState).toBe('returned')
    await leaveDocument(page)
  })

  it('e-mails the contributor the editor’s comment', async () => {
    const mail = await waitForMail(
      (m) => m.subject === `[Trả lại để sửa] ${firstTitle}`,
      'the “[Trả lại để sửa]” e-mail to the contributor',
    )
    expect(mail.recipients).toEqual([USERS.contributor])
    expect(mail.text).toContain(comment)
    expect(mail.html).toContain('Ý kiến:')
  })

  it('lets the contributor fix the title and send the article again', async () => {
    const { page } = contributor
    await page.goto(`/admin/collections/articles/${id}`)
    await page.locator('.app-workflow__state strong', { hasText: 'Trả lại để sửa' }).waitFor()
    await page.locator('#field-title').fill(fixedTitle)
    await chooseWorkflowAction(page, 'Gửi duyệt')
    await saveAndExpectState(page, 'Chờ duyệt')
    await leaveDocument(page)
    const doc = await readAsContributor()
    expect(doc.title).toBe(fixedTitle)
    expect(doc.slug).toBe(slug)
    await waitForMail((m) => m.subject === `[Chờ duyệt] ${fixedTitle}`, 'the second “[Chờ duyệt]” e-mail')
  })

  it('lets the editor publish the corrected article', async () => {
    await openAsEditor()
    await chooseWorkflowAction(editor.page, 'Xuất bản')
    await saveAndExpectState(editor.page, 'Đã xuất bản')
    await leaveDocument(editor.page)
    expect((await readAsContributor()).workflowState).toBe('published')
    const mail = await waitForMail(
      (m) => m.subject === `[Đã xuất bản] ${fixedTitle}`,
      'the “[Đã xuất bản]” e-mail to the contributor',
    )
    expect(mail.recipients).toEqual([USERS.contributor])
  })

  it('shows the published article to anonymous readers within seconds', async () => {
    await pollUntil(
      async () => {
        const response = await readerPage.goto(`/bai-viet/${slug}`)
        return response?.status() === 200
      },
      `/bai-viet/${slug} to answer 200`,
      20_000,
      500,
    )
    await expect(readerPage.locator('h1').innerText()).resolves.toBe(fixedTitle)
    expect(await readerPage.locator('.app-article__body').innerText()).toContain(bodyText)

    await pollUntil(
      async () => {
        await readerPage.goto('/')
        const latest = readerPage.locator('section[aria-labelledby="home-latest"]')
        return (await latest.getByRole('link', { name: fixedTitle }).count()) === 1
      },
      'the article under “Tin mới nhất” on the home page',
      20_000,
      500,
    )
    await expect(readerPage.locator('#home-latest').textContent()).resolves.toBe('Tin mới nhất')

    await readerPage.goto(`/chuyen-muc/${SECTION.slug}`)
    const link = readerPage.locator('main').getByRole('link', { name: fixedTitle })
    await expect(link.getAttribute('href')).resolves.toBe(`/bai-viet/${slug}`)
  })

  it('records every step in the workflow history shown in the admin', async () => {
    await openAsEditor()
    const history = await editor.page.locator('#field-workflowHistory').innerText()
    const steps = [
      'Gửi duyệt — Cộng tác viên Sở GD&ĐT',
      'Trả lại kèm ý kiến — Huỳnh Ngọc Trâm',
      'Gửi duyệt — Cộng tác viên Sở GD&ĐT',
      'Xuất bản — Huỳnh Ngọc Trâm',
    ]
    let from = 0
    for (const step of steps) {
      const at = history.indexOf(step, from)
      expect(at, `“${step}” after position ${from} in:\n${history}`).toBeGreaterThanOrEqual(0)
      from = at + step.length
    }
  })
})
