import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminSession, hasVisibleFocus, launchBrowser, restAs, tabUntil, USERS } from './helpers'

/**
 * A delete that would break a required link (src/shared/fields/delete-guard.ts), as the editor-in-chief
 * meets it: over the REST API a 409 with the Vietnamese reason, in the admin the same reason in the
 * error notice, and the section is still there with its articles.
 */
/** The demo's "Tin tức – Sự kiện" section, which holds articles. */
async function newsSectionId(api: ReturnType<typeof restAs>): Promise<number> {
  const found = (await (await api.get('/api/sections?where[slug][equals]=tin-tuc-su-kien&depth=0')).json()) as {
    docs: { id: number }[]
  }
  return found.docs[0]!.id
}

describe('deleting a section that still holds articles', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('is refused with the reason, over the API and in the admin', async () => {
    const { page } = await adminSession(browser, USERS.chief)
    const api = restAs(page)
    const id = await newsSectionId(api)
    const articles = (await (await api.get(`/api/articles?where[section][equals]=${id}&depth=0&limit=1`)).json()) as {
      totalDocs: number
    }
    expect(articles.totalDocs).toBeGreaterThan(0)
    const reason = `Không xóa được: còn ${articles.totalDocs} bài viết (trường “Chuyên mục”) đang gắn với mục này. Hãy chuyển các mục đó sang mục khác hoặc xóa chúng trước.`

    const rest = await api.delete(`/api/sections/${id}`)
    expect(rest.status()).toBe(409)
    expect(((await rest.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(reason)

    await page.goto(`/admin/collections/sections/${id}`)
    await page.locator('.doc-controls__popup button').first().click()
    await page.getByRole('button', { name: 'Xóa' }).first().click()
    await page.locator('#confirm-action').click()
    await expect(page.getByText('Không xóa được: còn').first().innerText()).resolves.toBe(reason)
    expect((await api.get(`/api/sections/${id}?depth=0`)).status()).toBe(200)
    await page.context().close()
  })

  it('is reached, confirmed and explained with the keyboard alone', async () => {
    const { page } = await adminSession(browser, USERS.chief)
    const api = restAs(page)
    const id = await newsSectionId(api)
    await page.goto(`/admin/collections/sections/${id}`)
    await page.locator('.doc-controls__popup').waitFor()
    // From the top of the page: the document's "more" menu, its "Xóa" item, the confirmation.
    const menu = await tabUntil(page, (f) => f.inDocControls, 60)
    expect(hasVisibleFocus(menu), 'focus indicator on the menu button').toBe(true)
    await page.keyboard.press('Enter')
    const item = await tabUntil(page, (f) => f.text === 'Xóa', 20)
    expect(hasVisibleFocus(item), 'focus indicator on “Xóa”').toBe(true)
    await page.keyboard.press('Enter')
    await page.locator('#confirm-action').waitFor()
    const confirm = await tabUntil(page, (f) => f.id === 'confirm-action', 10)
    expect(hasVisibleFocus(confirm), 'focus indicator on the confirmation').toBe(true)
    await page.keyboard.press('Enter')
    await expect(page.getByText('Không xóa được: còn').first().innerText()).resolves.toMatch(
      /^Không xóa được: còn \d+ bài viết \(trường “Chuyên mục”\) đang gắn với mục này\./,
    )
    expect((await api.get(`/api/sections/${id}?depth=0`)).status()).toBe(200)
    await page.context().close()
  })
})
