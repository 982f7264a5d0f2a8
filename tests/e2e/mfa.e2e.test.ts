import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  baseURL,
  launchBrowser,
  loginAdmin,
  NARROW,
  newContext,
  nextOtp,
  restClient,
  DEMO_PASSWORD,
  uniqueTag,
  USERS,
} from './helpers'

/**
 * Two-factor sign-in (issue 8 §3) as a new editor meets it, on a 360 px phone with the keyboard
 * alone: the password, then a QR code to scan, the first code, ten recovery codes; the next time
 * only the code. An administrator resets it from the account's page when the phone is lost.
 */

const PASSWORD = 'Bien-tap-moi-2026!'

/** How many accounts this browser's session may list: everyone for the board, only itself before the second step. */
async function visibleAccounts(page: Page): Promise<number> {
  const answer = await page.request.get('/api/users?limit=1&depth=0', { headers: { Origin: baseURL() } })
  const text = await answer.text()
  expect(answer.status(), text).toBe(200)
  return (JSON.parse(text) as { totalDocs: number }).totalDocs
}

/** No axe violations on the page, or (inside Payload's own screens, which have theirs) in `include`. */
async function expectAccessible(page: Page, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  if (include) builder.include(include)
  const result = await builder.analyze()
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

/** Types the password on the login form with the keyboard and waits for the second step. */
async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/admin/login')
  await page.locator('input[name="email"], input#field-email').first().fill(email)
  await page.locator('input[name="password"], input#field-password').first().fill(PASSWORD)
  await page.keyboard.press('Enter')
  await page.waitForURL((url) => url.pathname.startsWith('/admin/unauthorized'), { timeout: 30_000 })
  await page.getByRole('heading', { name: 'Xác thực hai bước' }).waitFor({ timeout: 30_000 })
}

describe('two-factor sign-in of an editor', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const email = `bientap-${uniqueTag()}@pbgdpl.local`
  let userId = 0
  let secret = ''

  beforeAll(async () => {
    const admin = await restClient(baseURL(), USERS.admin, DEMO_PASSWORD)
    const created = await admin<{ doc: { id: number } }>('POST', '/api/users', {
      email,
      password: PASSWORD,
      name: 'Biên tập viên mới',
      role: 'editor',
    })
    userId = created.doc.id
    browser = await launchBrowser()
    context = await newContext(browser, { viewport: NARROW })
    page = await context.newPage()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('enrols at the first sign-in: QR code, first code, recovery codes, then the admin', async () => {
    await signIn(page, email)
    // Nothing of the admin is reachable before the second step.
    expect(await visibleAccounts(page)).toBe(1)
    const qr = page.getByRole('img', { name: 'Mã QR để thêm tài khoản vào ứng dụng xác thực' })
    await qr.waitFor()
    expect(await qr.locator('svg').count()).toBe(1)
    secret = (await page.locator('.app-mfa__secret').getAttribute('data-secret')) ?? ''
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    await expectAccessible(page)
    await page.screenshot({ path: '/tmp/mfa-enrol-360.png', fullPage: true })

    // The code field has the focus: a wrong code first, then the right one, keyboard only.
    await page.keyboard.type('000000')
    await page.keyboard.press('Enter')
    await page.getByRole('alert').filter({ hasText: 'Mã xác thực không đúng' }).waitFor()
    await page.getByLabel('Mã 6 chữ số đầu tiên trong ứng dụng').focus()
    await page.keyboard.type(await nextOtp(email, secret))
    await page.keyboard.press('Enter')
    const codes = page.getByRole('list', { name: 'Mã khôi phục' })
    await codes.waitFor({ timeout: 30_000 })
    expect(await codes.getByRole('listitem').count()).toBe(10)
    expect(await codes.getByRole('listitem').first().innerText()).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/)
    await expectAccessible(page)
    await page.getByRole('link', { name: 'Tôi đã lưu các mã, vào trang quản trị' }).focus()
    await page.keyboard.press('Enter')
    await page.locator('.app-review-queue, .dashboard').first().waitFor({ timeout: 30_000 })
    expect(await visibleAccounts(page)).toBeGreaterThan(1)
  })

  it('asks only for the code at the next sign-in, and keeps the page asked for', async () => {
    await context.clearCookies()
    await page.goto('/admin/collections/articles')
    await page.waitForURL((url) => url.pathname.startsWith('/admin/login'), { timeout: 30_000 })
    await page.locator('input[name="email"], input#field-email').first().fill(email)
    await page.locator('input[name="password"], input#field-password').first().fill(PASSWORD)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Xác thực hai bước' }).waitFor({ timeout: 30_000 })
    expect(await page.getByRole('img', { name: /Mã QR/ }).count()).toBe(0)
    await expectAccessible(page)
    await page.screenshot({ path: '/tmp/mfa-verify-360.png', fullPage: true })
    await page.keyboard.type(await nextOtp(email, secret))
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === '/admin/collections/articles', { timeout: 30_000 })
  })

  it('the editor makes new recovery codes from their own account page, with the keyboard', async () => {
    await page.goto('/admin/account')
    const open = page.getByRole('button', { name: 'Tạo lại mã khôi phục' })
    await open.waitFor({ timeout: 30_000 })
    await open.focus()
    await page.keyboard.press('Enter')
    // The field has the focus: a wrong code, then the right one.
    await page.keyboard.type('000000')
    await page.keyboard.press('Enter')
    await page.getByRole('alert').filter({ hasText: 'Mã xác thực không đúng' }).waitFor({ timeout: 30_000 })
    const field = page.getByLabel('Mã 6 chữ số đang hiện trong ứng dụng xác thực')
    await field.fill('')
    await field.focus()
    await page.keyboard.type(await nextOtp(email, secret))
    await page.keyboard.press('Enter')
    const codes = page.getByRole('list', { name: 'Mã khôi phục mới' })
    await codes.waitFor({ timeout: 30_000 })
    expect(await codes.getByRole('listitem').count()).toBe(10)
    await expectAccessible(page, '.app-mfa-recovery')
    await page.screenshot({ path: '/tmp/mfa-recovery-renew-360.png', fullPage: true })
    // Done: back to the button, and the codes are not shown again.
    await page.getByRole('button', { name: 'Tôi đã cất giữ các mã' }).click()
    await open.waitFor()
    expect(await codes.count()).toBe(0)
  })

  it('an administrator resets it from the account page; the editor enrols again', async () => {
    const adminContext = await newContext(browser)
    const adminPage = await adminContext.newPage()
    await loginAdmin(adminPage, USERS.admin)
    await adminPage.goto(`/admin/collections/users/${userId}`)
    const enabled = adminPage.locator('#field-mfaEnabled')
    await enabled.waitFor({ timeout: 30_000 })
    expect(await enabled.isChecked()).toBe(true)
    adminPage.once('dialog', (dialog) => void dialog.accept())
    await adminPage.getByRole('button', { name: 'Đặt lại xác thực hai bước' }).click()
    await adminPage.getByRole('status').filter({ hasText: 'Đã đặt lại xác thực hai bước' }).waitFor({ timeout: 30_000 })
    await adminPage.screenshot({ path: '/tmp/mfa-reset.png' })
    await adminPage.waitForFunction(() => !(document.querySelector('#field-mfaEnabled') as HTMLInputElement).checked)
    await adminContext.close()

    // The editor's trusted session is trusted no longer; the next sign-in shows a new QR code.
    expect(await visibleAccounts(page)).toBe(1)
    await context.clearCookies()
    await signIn(page, email)
    await page.getByRole('img', { name: /Mã QR/ }).waitFor({ timeout: 30_000 })
    const fresh = await page.locator('.app-mfa__secret').getAttribute('data-secret')
    expect(fresh).toMatch(/^[A-Z2-7]{32}$/)
    expect(fresh).not.toBe(secret)
  })
})
