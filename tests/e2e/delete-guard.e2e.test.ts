import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  adminSession,
  hasVisibleFocus,
  launchBrowser,
  loginAdmin,
  newContext,
  restAs,
  tabUntil,
  USERS,
} from './helpers'

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

  it('fits a 390 px phone: the menu, its items, the confirmation and the reason are on the screen', async () => {
    const context = await newContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    const page = await context.newPage()
    await loginAdmin(page, USERS.chief)
    const api = restAs(page)
    const id = await newsSectionId(api)
    await page.goto(`/admin/collections/sections/${id}`)
    const onScreen = async (locator: ReturnType<typeof page.locator>, what: string) => {
      await locator.waitFor()
      // Wholly inside the 390 × 844 screen once it has slid in (the notice is animated).
      await expect
        .poll(
          async () => {
            const box = await locator.boundingBox()
            return box ? [box.x >= 0, box.x + box.width <= 390.5, box.y >= 0, box.y + box.height <= 844.5] : null
          },
          { message: `${what}: on the screen`, timeout: 5000 },
        )
        .toEqual([true, true, true, true])
      expect((await locator.boundingBox())!.height, `${what}: a finger-sized target`).toBeGreaterThanOrEqual(24)
    }
    const menu = page.locator('.doc-controls__popup button').first()
    await onScreen(menu, 'the document menu')
    await menu.tap()
    const remove = page.getByRole('button', { name: 'Xóa' }).first()
    await onScreen(remove, '“Xóa”')
    await onScreen(page.getByRole('button', { name: 'Tạo bản sao' }).first(), '“Tạo bản sao”')
    await remove.tap()
    await onScreen(page.locator('#confirm-action'), 'the confirmation')
    await page.locator('#confirm-action').tap()
    const reason = page.getByText('Không xóa được: còn').first()
    await onScreen(reason, 'the reason')
    expect(await reason.innerText()).toMatch(/^Không xóa được: còn \d+ bài viết/)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0)
    expect((await api.get(`/api/sections/${id}?depth=0`)).status()).toBe(200)
    await context.close()
  })
})
