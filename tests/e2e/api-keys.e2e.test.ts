import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminSession, baseURL, launchBrowser, loginAdmin, newContext, restAs, uniqueTag, USERS } from './helpers'

/**
 * API keys of the open data API in the admin (issue 7 §2): an administrator creates a client and
 * sees its key once, with a copy button; the key works against /api/open/v1 with the client's own
 * rate limit; after a reload the key is nowhere (form, list, REST); rotating it revokes the old
 * key at once. An editor cannot open the collection.
 */

const KEY = /^pbgdpl_[\w-]{32}$/

async function openApi(key: string): Promise<Response> {
  return fetch(`${baseURL()}/api/open/v1/articles?limit=1`, { headers: { 'X-Api-Key': key } })
}

/** The key the notice shows after a save (waits for it). */
async function shownKey(page: Page): Promise<string> {
  const notice = page.getByRole('region', { name: 'Khóa API mới — chỉ hiện một lần' })
  await notice.waitFor({ timeout: 30_000 })
  const key = await notice.getByLabel('Khóa API', { exact: true }).inputValue()
  expect(key).toMatch(KEY)
  return key
}

describe('API keys in the admin', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] })
    page = await context.newPage()
    await loginAdmin(page, USERS.admin)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('shows a new key once, it works with the client limit, a reload hides it, rotating revokes the old key', async () => {
    const name = `Ứng dụng thử ${uniqueTag()}`
    await page.goto('/admin/collections/api-clients/create')
    await page.locator('#field-name').fill(name)
    await page.locator('#field-rateLimit').fill('37')
    // no key before the first save
    expect(await page.locator('.app-issued-key').count()).toBe(0)
    await page.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/api-clients\/\d+$/, { timeout: 30_000 })
    const id = Number(new URL(page.url()).pathname.split('/').at(-1))
    const first = await shownKey(page)

    // copy button puts the key on the clipboard and says so
    await page.getByRole('button', { name: 'Sao chép khóa' }).click()
    await page.getByText('Đã sao chép khóa vào bộ nhớ tạm.').waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first)

    // the key works and the client's own limit applies
    const ok = await openApi(first)
    expect(ok.status).toBe(200)
    expect(ok.headers.get('x-ratelimit-limit')).toBe('37')
    expect(Number(ok.headers.get('x-ratelimit-remaining'))).toBeLessThan(37)

    // the hint is stored, the key is not: reload, list and REST never show it again
    await page.reload()
    await page.locator('#field-name').waitFor()
    expect(await page.locator('#field-name').inputValue()).toBe(name)
    expect(await page.locator('.app-issued-key').count()).toBe(0)
    expect(await page.content()).not.toContain(first)
    const rest = await restAs(page).get(`/api/api-clients/${id}`)
    expect(rest.status()).toBe(200)
    const stored = (await rest.json()) as Record<string, unknown>
    expect(stored.keyHint).toBe(`…${first.slice(-4)}`)
    expect(JSON.stringify(stored)).not.toContain(first)
    expect(stored.issuedKey ?? null).toBeNull()
    await page.goto('/admin/collections/api-clients')
    await page.getByRole('link', { name }).first().waitFor()
    expect(await page.content()).not.toContain(first)

    // back to the document through the admin itself (client-side navigation): still not shown
    await page.getByRole('link', { name }).first().click()
    await page.waitForURL(`**/admin/collections/api-clients/${id}`)
    await page.locator('#field-name').waitFor()
    expect(await page.locator('.app-issued-key').count()).toBe(0)

    // rotate: a new key once, the old one is refused at once
    await page.getByLabel('Cấp khóa mới khi lưu').check()
    await page.locator('#action-save').click()
    const second = await shownKey(page)
    expect(second).not.toBe(first)
    await expect.poll(() => page.getByLabel('Cấp khóa mới khi lưu').isChecked()).toBe(false)
    const refused = await openApi(first)
    expect(refused.status).toBe(401)
    expect(refused.headers.get('content-type')).toContain('application/problem+json')
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/khóa/i)
    const fresh = await openApi(second)
    expect(fresh.status).toBe(200)
    expect(fresh.headers.get('x-ratelimit-limit')).toBe('37')

    // a save without rotating issues nothing and keeps the key valid
    await page.reload()
    await page.locator('#field-rateLimit').fill('38')
    const saved = page.waitForResponse(
      (r) => r.url().includes(`/api/api-clients/${id}`) && r.request().method() !== 'GET',
      { timeout: 30_000 },
    )
    await page.locator('#action-save').click()
    expect((await saved).status()).toBe(200)
    await page.waitForTimeout(500)
    expect(await page.locator('.app-issued-key').count()).toBe(0)
    const still = await openApi(second)
    expect(still.status).toBe(200)
    expect(still.headers.get('x-ratelimit-limit')).toBe('38')
  })

  it('keeps editors out of the API clients', async () => {
    const editor = await adminSession(browser, USERS.editor)
    try {
      expect(await editor.page.locator('nav a[href="/admin/collections/api-clients"]').count()).toBe(0)
      await editor.page.goto('/admin/collections/api-clients')
      await editor.page.waitForLoadState('networkidle')
      expect(await editor.page.locator('.collection-list, table').count()).toBe(0)
      expect(await editor.page.content()).not.toContain('Cổng PBGDPL quốc gia (mẫu)')
      const list = await restAs(editor.page).get('/api/api-clients')
      expect(list.status()).toBe(403)
      const create = await restAs(editor.page).post('/api/api-clients', { name: 'Không được tạo' })
      expect(create.status()).toBe(403)
    } finally {
      await editor.context.close()
    }
  })

  it('has the demo client without its key anywhere public', async () => {
    const list = await restAs(page).get(
      '/api/api-clients?where[name][equals]=C%E1%BB%95ng%20PBGDPL%20qu%E1%BB%91c%20gia%20(m%E1%BA%ABu)',
    )
    expect(list.status()).toBe(200)
    const { docs } = (await list.json()) as { docs: Record<string, unknown>[] }
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ rateLimit: 1200, active: true, keyHint: expect.stringMatching(/^….{4}$/) })
    expect(docs[0]!.issuedKey ?? null).toBeNull()
    expect(JSON.stringify(docs[0])).not.toMatch(/pbgdpl_/)
  })
})
