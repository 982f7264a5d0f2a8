import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminSession, baseURL, launchBrowser, restAs, USERS } from './helpers'

/**
 * The shared participation infrastructure as people meet it: the challenge endpoint of the
 * production build, and the admin screens of the working calendar, the outbox and the
 * personal-data audit trail (with who may open them).
 */

const SHOTS = process.env.PARTICIPATION_SCREENSHOTS_DIR || ''
const INSPECTOR = 'thanhtra@pbgdpl.local'

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
}

describe('anti-spam challenge endpoint', () => {
  it('answers a fresh, uncached, signed challenge', async () => {
    const [a, b] = await Promise.all([1, 2].map(() => fetch(`${baseURL()}/api/chong-spam/thu-thach`)))
    expect(a!.status).toBe(200)
    expect(a!.headers.get('cache-control')).toContain('no-store')
    const first = (await a!.json()) as Record<string, unknown>
    const second = (await b!.json()) as Record<string, unknown>
    expect(first).toMatchObject({ algorithm: 'SHA-256' })
    expect(first.challenge).toMatch(/^[0-9a-f]{64}$/)
    expect(first.signature).toMatch(/^[0-9a-f]{64}$/)
    expect(first.challenge).not.toBe(second.challenge)
  })
})

describe('participation admin screens', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('the administrator records the government’s extra days off in “Lịch làm việc”', async () => {
    const { context, page } = await adminSession(browser, USERS.admin)
    await page.goto('/admin/globals/site-settings')
    // Payload's collapsible: the header shows the label, the toggle button sits next to it.
    const group = page.locator('.collapsible').filter({ hasText: 'Lịch làm việc' }).first()
    await group.locator('.collapsible__toggle').first().click()
    await page.getByText('Ngày nghỉ thêm', { exact: true }).first().waitFor()
    await expect.poll(() => page.getByText('Ngày làm việc bù', { exact: true }).count()).toBeGreaterThan(0)
    await shot(page, 'admin-lich-lam-viec-1280')
    await context.close()
  })

  it('the administrator sees the outbox and the audit trail with Vietnamese columns', async () => {
    const { context, page } = await adminSession(browser, USERS.admin)
    await page.goto('/admin/collections/outbox-mails')
    await page.getByRole('heading', { name: 'Hộp thư đi' }).waitFor()
    await shot(page, 'admin-hop-thu-di-1280')
    await page.goto('/admin/collections/privacy-audit')
    await page.getByRole('heading', { name: 'Nhật ký dữ liệu cá nhân' }).waitFor()
    for (const column of ['Thời điểm', 'Người dùng', 'Hành động', 'Đối tượng']) {
      await expect.poll(() => page.getByText(column, { exact: true }).count()).toBeGreaterThan(0)
    }
    await shot(page, 'admin-nhat-ky-du-lieu-ca-nhan-1280')
    await context.close()
  })

  it('an inspector reads the audit trail; an editor opens neither the trail nor the outbox', async () => {
    const inspector = await adminSession(browser, INSPECTOR)
    const trail = await restAs(inspector.page).get('/api/privacy-audit?limit=1')
    expect(trail.status()).toBe(200)
    const outbox = await restAs(inspector.page).get('/api/outbox-mails?limit=1')
    expect(outbox.status()).toBe(403)
    await inspector.context.close()

    const editor = await adminSession(browser, USERS.editor)
    expect((await restAs(editor.page).get('/api/privacy-audit?limit=1')).status()).toBe(403)
    expect((await restAs(editor.page).get('/api/outbox-mails?limit=1')).status()).toBe(403)
    expect((await restAs(editor.page).get('/api/antispam-records?limit=1')).status()).toBe(403)
    await editor.context.close()
  })
})
