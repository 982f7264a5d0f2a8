import fs from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminSession, launchBrowser, restAs, uniqueTag, USERS } from './helpers'

/**
 * Activity records in the real admin: a contributor records an activity with the keyboard only
 * and sends it; an editor finds it in “Hoạt động chờ xác nhận” and verifies it; the editor records
 * a published article as an activity, and a second click opens the same record.
 */

const tag = uniqueTag()
const title = `Tuyên truyền Luật Phòng, chống ma túy tại ấp ${tag}`
const today = new Date(Date.now() + 7 * 3600_000)
const ddmmyyyy = `${String(today.getUTCDate()).padStart(2, '0')}/${String(today.getUTCMonth() + 1).padStart(2, '0')}/${today.getUTCFullYear()}`

// Screenshots of the admin views when ACTIVITIES_SCREENSHOT_DIR (default /tmp/activities-shots) exists.
const shots = process.env.ACTIVITIES_SCREENSHOT_DIR ?? '/tmp/activities-shots'
async function shoot(page: Page, name: string): Promise<void> {
  if (fs.existsSync(shots)) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true })
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).first().focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(text)
}

async function statusOf(page: Page, id: number): Promise<{ status: string; verifiedBy?: unknown; unit?: unknown }> {
  return (await (await restAs(page).get(`/api/activities/${id}?depth=0`)).json()) as {
    status: string
    verifiedBy?: unknown
    unit?: unknown
  }
}

describe('recording and verifying activities in the admin', () => {
  let browser: Browser
  let contributor: { context: BrowserContext; page: Page }
  let editor: { context: BrowserContext; page: Page }
  let id = 0

  beforeAll(async () => {
    browser = await launchBrowser()
    contributor = await adminSession(browser, USERS.contributor)
    editor = await adminSession(browser, USERS.editor)
  })
  afterAll(async () => {
    await contributor?.context.close()
    await editor?.context.close()
    await browser?.close()
  })

  it('a contributor records an activity with the keyboard and sends it for verification', async () => {
    const { page } = contributor
    await page.goto('/admin/collections/activities/create')
    await page.locator('#field-title').waitFor()
    // The sidebar's client component renders once the form is hydrated; typing earlier is lost.
    await page.locator('.app-activity-actions').waitFor()
    for (let attempt = 0; attempt < 3; attempt++) {
      await typeInto(page, '#field-title', title)
      if ((await page.locator('#field-title').inputValue()) === title) break
      await page.waitForTimeout(1000)
    }
    await expect(page.locator('#field-title').inputValue()).resolves.toBe(title)
    await typeInto(page, '#field-date input', ddmmyyyy)
    await page.keyboard.press('Escape')
    await page.locator('#field-form input').first().focus()
    await page.keyboard.type('trực tiếp')
    await page.keyboard.press('Enter')
    await typeInto(page, '#field-sessions', '2')
    await typeInto(page, '#field-participants', '185')
    await shoot(page, 'activity-create')
    await page.locator('#action-save').focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/admin\/collections\/activities\/\d+/, { timeout: 30_000 })
    id = Number(/activities\/(\d+)/.exec(page.url())![1])
    const saved = await statusOf(page, id)
    expect(saved.status).toBe('draft')
    // The unit was filled in from the contributor's account.
    expect(saved.unit).toBeTruthy()

    const send = page.getByRole('button', { name: 'Gửi xác nhận' })
    await send.waitFor()
    await shoot(page, 'activity-draft')
    await send.focus()
    await page.keyboard.press('Enter')
    await page.locator('.app-activity-actions strong', { hasText: 'Chờ xác nhận' }).waitFor({ timeout: 30_000 })
    expect((await statusOf(page, id)).status).toBe('submitted')
    // Now locked for the unit: no buttons, and the server refuses a change.
    await expect(page.getByRole('button', { name: 'Gửi xác nhận' }).count()).resolves.toBe(0)
    const refused = await restAs(page).patch(`/api/activities/${id}`, { participants: 1 })
    expect(refused.status()).toBe(403)
    expect(await refused.text()).toMatch(/chờ xác nhận/)
  })

  it('the editor finds it among the pending records and verifies it', async () => {
    const { page } = editor
    await page.goto('/admin/collections/activities')
    const pending = page.locator('section[aria-labelledby="app-pending-activities-title"]')
    await pending.getByRole('heading', { name: 'Hoạt động chờ xác nhận' }).waitFor()
    await expect(pending.getByRole('link', { name: /Chờ xác nhận: \d+/ }).innerText()).resolves.toMatch(/[1-9]/)
    await shoot(page, 'activity-list-editor')
    // The count links to the list filtered to the records waiting; the new one is among them.
    // Followed by its address: on a loaded machine a click during hydration can be lost.
    const filtered = await pending.getByRole('link', { name: /Chờ xác nhận: \d+/ }).getAttribute('href')
    expect(filtered).toMatch(/where/)
    await page.goto(filtered!)
    // The filtered list re-renders after the URL changes: wait for the record's link in it, then
    // open its address (a click on a row that is being replaced can be lost on a loaded machine).
    const link = page.locator('.table').getByRole('link', { name: title })
    await link.waitFor({ timeout: 30_000 })
    const href = await link.getAttribute('href')
    expect(href).toMatch(new RegExp(`/admin/collections/activities/${id}$`))
    await page.goto(href!)
    // “Trả lại” asks for a reason first; cancelling keeps the record as it was.
    // Clicked again until the reason box opens: a click that lands before the admin page has
    // hydrated does nothing.
    const reason = page.getByLabel('Lý do trả lại (bắt buộc)')
    for (let i = 0; i < 10; i++) {
      await page.getByRole('button', { name: 'Trả lại' }).click()
      if (
        await reason.waitFor({ timeout: 3_000 }).then(
          () => true,
          () => false,
        )
      )
        break
    }
    await reason.waitFor()
    await shoot(page, 'activity-return')
    await page.getByRole('button', { name: 'Hủy' }).click()
    const verify = page.getByRole('button', { name: 'Xác nhận' })
    await verify.focus()
    await page.keyboard.press('Enter')
    await page.locator('.app-activity-actions strong', { hasText: 'Đã xác nhận' }).waitFor({ timeout: 30_000 })
    const doc = await statusOf(page, id)
    expect(doc.status).toBe('verified')
    expect(doc.verifiedBy).toBeTruthy()
  })

  it('“Ghi nhận thành hoạt động PBGDPL” on a published article creates one draft, then opens it again', async () => {
    const { page } = editor
    const found = (await (
      await restAs(page).get(
        '/api/articles?where[slug][equals]=so-nong-nghiep-moi-truong-tuyen-truyen-phan-loai-chat-thai-ran-sinh-hoat&depth=0',
      )
    ).json()) as { docs: { id: number; title: string }[] }
    const article = found.docs[0]!
    await page.goto(`/admin/collections/articles/${article.id}`)
    const button = page.getByRole('button', { name: 'Ghi nhận thành hoạt động PBGDPL' })
    await button.waitFor({ timeout: 30_000 })
    await shoot(page, 'article-record-button')
    await button.click()
    await page.waitForURL(/\/admin\/collections\/activities\/\d+/, { timeout: 30_000 })
    const first = Number(/activities\/(\d+)/.exec(page.url())![1])
    await expect(page.locator('#field-title').inputValue()).resolves.toBe(article.title)
    await page.goto(`/admin/collections/articles/${article.id}`)
    await page.getByRole('button', { name: 'Ghi nhận thành hoạt động PBGDPL' }).click()
    await page.waitForURL(/\/admin\/collections\/activities\/\d+/, { timeout: 30_000 })
    expect(Number(/activities\/(\d+)/.exec(page.url())![1])).toBe(first)
    const count = (await (
      await restAs(page).get(`/api/activities?where[sourceArticle][equals]=${article.id}&limit=0&depth=0`)
    ).json()) as { totalDocs: number }
    expect(count.totalDocs).toBe(1)
  })

  it('staff export the list as XLSX; a contributor gets only their unit', async () => {
    const xlsx = await restAs(contributor.page).get('/api/hoat-dong/xuat-excel?tinh-trang=verified')
    expect(xlsx.status()).toBe(200)
    expect(xlsx.headers()['content-type']).toMatch(/spreadsheetml/)
    const bad = await restAs(contributor.page).get('/api/hoat-dong/xuat-excel?tu-ngay=hom-qua')
    expect(bad.status()).toBe(400)
    expect(await bad.text()).toMatch(/năm-tháng-ngày/)
  })
})
