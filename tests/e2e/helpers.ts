import { blocksToLexical } from '../../src/shared/text/blocks-to-lexical'
import { base32Decode, hotp, totpStep } from '../../src/shared/security/totp'
import { DEMO_TOTP_SECRET } from '../../src/modules/organisation/mfa/demo-secret'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  chromium,
  type APIResponse,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core'
import { inject } from 'vitest'
import { parseMessage } from '../helpers/mail'
import { pollUntil } from '../helpers/processes'
import type { MailRecord } from './global-setup'

/** Shared pieces of the end-to-end journeys: browser, contexts, admin login, mail, polling. */

export const DEMO_PASSWORD = 'Demo@2026'
export const USERS = {
  admin: 'quantri@pbgdpl.local',
  chief: 'truongban@pbgdpl.local',
  editor: 'bientap@pbgdpl.local',
  contributor: 'ctv.sogddt@pbgdpl.local',
} as const

export const WIDE = { width: 1280, height: 900 } as const
export const NARROW = { width: 360, height: 740 } as const

export const baseURL = (): string => inject('baseURL')

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** A fresh browser context (its own cookies) on the portal, 1280 px wide unless told otherwise. */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseURL(),
    viewport: WIDE,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    ...options,
  })
}

/** A context already signed in to the admin as `email`, and its page on the dashboard. */
export async function adminSession(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser)
  const page = await context.newPage()
  await loginAdmin(page, email)
  return { context, page }
}

export { DEMO_TOTP_SECRET }
/** Roles that must pass the second sign-in step (src/modules/organisation/mfa/policy.ts). */
export const MFA_ROLES = ['admin', 'editor-in-chief', 'editor']

const OTP_FILE = path.join(os.tmpdir(), 'pbgdpl-e2e-otp.json')
type OtpState = { steps: Record<string, number>; secrets: Record<string, string> }

function readOtpState(): OtpState {
  try {
    const state = JSON.parse(fs.readFileSync(OTP_FILE, 'utf8')) as Partial<OtpState>
    return { steps: state.steps ?? {}, secrets: state.secrets ?? {} }
  } catch {
    return { steps: {}, secrets: {} }
  }
}

/** Remembers the key an account enrolled with during the tests (its next sign-ins use it). */
export function rememberSecret(email: string, secret: string): void {
  const state = readOtpState()
  state.secrets[email] = secret
  fs.writeFileSync(OTP_FILE, JSON.stringify(state))
}

/** The key of `email`: the one it enrolled with in these tests, else the demo accounts' key. */
export const secretFor = (email: string): string => readOtpState().secrets[email] ?? DEMO_TOTP_SECRET

/**
 * A fresh one-time code for `email`, as an authenticator app would show it. The portal accepts
 * each 30-second step once per account (and one step either side of now), so the steps used are
 * remembered across test files; when none is left, this waits for the next one.
 */
export async function nextOtp(email: string, secret = secretFor(email)): Promise<string> {
  for (;;) {
    const state = readOtpState()
    const now = totpStep(Date.now())
    const last = state.steps[email] ?? -Infinity
    // The step before now is still accepted, unless now is about to end (the code would expire on
    // the way); now and the next step are always accepted.
    const early = Date.now() % 30_000 < 25_000
    const step = [early ? now - 1 : null, now, now + 1].find((s): s is number => s !== null && s > last)
    if (step !== undefined) {
      state.steps[email] = step
      fs.writeFileSync(OTP_FILE, JSON.stringify(state))
      return hotp(base32Decode(secret) as Buffer, step)
    }
    await new Promise((r) => setTimeout(r, 30_000 - (Date.now() % 30_000) + 200))
  }
}

/**
 * On the second sign-in step screen: enrols (reads the key under the QR code, types the first code,
 * leaves the recovery codes page) or types a fresh code, and waits to leave the screen.
 */
export async function passSecondStep(page: Page, email: string): Promise<void> {
  const secretBox = page.locator('.app-mfa__secret')
  const enrolling = await page
    .getByLabel('Mã 6 chữ số đầu tiên trong ứng dụng')
    .isVisible()
    .catch(() => false)
  if (enrolling) {
    await secretBox.waitFor({ timeout: 30_000 })
    const secret = (await secretBox.getAttribute('data-secret')) ?? ''
    rememberSecret(email, secret)
    await page.getByLabel('Mã 6 chữ số đầu tiên trong ứng dụng').fill(await nextOtp(email, secret))
    await page.getByRole('button', { name: 'Xác nhận' }).click()
    await page.getByRole('link', { name: 'Tôi đã lưu các mã, vào trang quản trị' }).click({ timeout: 30_000 })
  } else {
    await page.getByLabel('Mã xác thực', { exact: true }).fill(await nextOtp(email))
    await page.getByRole('button', { name: 'Xác nhận' }).click()
  }
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/unauthorized'), { timeout: 30_000 })
}

const SESSIONS_FILE = path.join(os.tmpdir(), 'pbgdpl-e2e-sessions.json')
type SavedCookie = Parameters<BrowserContext['addCookies']>[0][number]

function readSessions(): Record<string, SavedCookie[]> {
  try {
    return JSON.parse(fs.readFileSync(SESSIONS_FILE, 'utf8')) as Record<string, SavedCookie[]>
  } catch {
    return {}
  }
}

/**
 * Signs in through the admin's own login form (and the second step), and waits for the dashboard.
 * The first sign-in of an account on a portal goes through the form; later ones reuse that
 * session's cookies while the portal still accepts them (as a browser that stayed signed in
 * would), so the suite does not wait for a fresh one-time code each time. A session that was
 * signed out or has expired falls back to the form.
 */
export async function loginAdmin(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/admin/login')
  const origin = new URL(page.url()).origin
  const key = `${origin}|${email}`
  const saved = readSessions()[key]
  if (saved) {
    await page.context().addCookies(saved)
    await page.goto('/admin')
    const landed = await page
      .locator('.app-review-queue, .dashboard, .login, .app-mfa__form, input[name="email"]')
      .first()
      .waitFor({ timeout: 30_000 })
      .then(async () => page.locator('.app-review-queue, .dashboard').first().isVisible())
      .catch(() => false)
    if (landed && new URL(page.url()).pathname === '/admin') return
    await page.context().clearCookies()
    await page.goto('/admin/login')
  }
  await page.locator('input[name="email"], input#field-email').first().fill(email)
  await page.locator('input[name="password"], input#field-password').first().fill(password)
  await page.locator('button[type="submit"]').first().click()
  await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/login'), {
    timeout: 30_000,
  })
  await page.locator('.app-review-queue, .dashboard, .app-mfa__form').first().waitFor({ timeout: 30_000 })
  if (new URL(page.url()).pathname.startsWith('/admin/unauthorized')) {
    await passSecondStep(page, email)
    await page.locator('.app-review-queue, .dashboard').first().waitFor({ timeout: 30_000 })
  }
  const cookies = (await page.context().cookies(origin)).filter((c) => ['payload-token', 'pbgdpl-mfa'].includes(c.name))
  const sessions = readSessions()
  sessions[key] = cookies
  fs.writeFileSync(SESSIONS_FILE, JSON.stringify(sessions))
}

/**
 * Signs in through the REST API as an API client does: the JWT, then (for roles that need it) the
 * second step with a fresh code. Returns the headers every later request sends.
 */
export async function apiLogin(
  origin: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<{ token: string; headers: Record<string, string> }> {
  const login = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({ email, password }),
  })
  const body = (await login.json()) as { token?: string; user?: { role?: string; mfaEnabled?: boolean } }
  if (!login.ok || !body.token) throw new Error(`login ${email} on ${origin}: ${login.status} ${JSON.stringify(body)}`)
  const headers: Record<string, string> = { Authorization: `JWT ${body.token}` }
  if (MFA_ROLES.includes(body.user?.role ?? '')) {
    let secret = secretFor(email)
    if (!body.user?.mfaEnabled) {
      // First sign-in of an account made by the test: enrol, as the admin's screen does.
      const setup = await fetch(`${origin}/api/users/mfa/setup`, {
        method: 'POST',
        headers: { ...headers, Origin: origin },
      })
      const key = (await setup.json()) as { secret?: string }
      if (!setup.ok || !key.secret) throw new Error(`enrolment ${email}: ${setup.status} ${JSON.stringify(key)}`)
      secret = key.secret
      rememberSecret(email, secret)
    }
    const verify = await fetch(`${origin}/api/users/mfa/verify`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify({ code: await nextOtp(email, secret) }),
    })
    const proof = (await verify.json()) as { proof?: string }
    if (!verify.ok || !proof.proof) throw new Error(`second step ${email}: ${verify.status} ${JSON.stringify(proof)}`)
    headers['X-MFA-Proof'] = proof.proof
  }
  return { token: body.token, headers }
}

export type Mail = { recipients: string[]; subject: string; text: string; html: string; raw: string }

/** Every message the test SMTP server has received so far, decoded. */
export function readMails(): Mail[] {
  const file = inject('mailFile')
  if (!fs.existsSync(file)) return []
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const record = JSON.parse(line) as MailRecord
      return { recipients: record.recipients, raw: record.raw, ...parseMessage(record.raw) }
    })
}

export { pollUntil }

/** Waits until a received message matches `filter`, and returns it. */
export async function waitForMail(filter: (mail: Mail) => boolean, what: string, timeoutMs = 15_000): Promise<Mail> {
  const found = await pollUntil(() => readMails().find(filter), what, timeoutMs)
  return found
}

/** GET as an anonymous visitor (no cookies), without following redirects. */
export async function fetchPage(
  pathname: string,
  init: RequestInit = {},
): Promise<{ status: number; body: string; headers: Headers }> {
  const res = await fetch(new URL(pathname, baseURL()), { redirect: 'manual', ...init })
  return { status: res.status, body: await res.text(), headers: res.headers }
}

/** A short suffix that keeps titles and slugs of one run apart from any other run. */
export function uniqueTag(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296)
    .toString(36)
    .padStart(2, '0')}`
}

/** A Lexical document of plain paragraphs, as the REST API expects for a rich-text field. */
export function lexicalBody(...paragraphs: string[]): Record<string, unknown> {
  return blocksToLexical(paragraphs.map((text) => ({ type: 'p' as const, text })))
}

/**
 * Payload's REST API with the signed-in user's session cookie (page.request shares the context's
 * cookies). Payload only trusts the cookie when the request names an allowed Origin, as a browser
 * would, so the portal's own origin is sent along.
 */
export function restAs(page: Page) {
  const headers = { Origin: baseURL() }
  return {
    // A kept-alive connection the server closes just as it is reused ends in ECONNRESET (seen on a
    // loaded machine); a browser sends a GET again then, and so does this.
    get: (url: string): Promise<APIResponse> => page.request.get(url, { headers, maxRetries: 2 }),
    post: (url: string, data: unknown): Promise<APIResponse> => page.request.post(url, { headers, data }),
    patch: (url: string, data: unknown): Promise<APIResponse> => page.request.patch(url, { headers, data }),
    delete: (url: string): Promise<APIResponse> => page.request.delete(url, { headers }),
  }
}

/** Picks a workflow action by its visible label in the sidebar's "Thao tác biên tập khi lưu" group. */
export async function chooseWorkflowAction(page: Page, label: string): Promise<void> {
  const group = page.getByRole('group', { name: 'Thao tác biên tập khi lưu' })
  const option = group.locator('label').filter({ has: page.getByText(label, { exact: true }) })
  await option.getByRole('radio').check()
}

/** Clicks the edit view's save button and waits until the workflow box shows `state`. */
export async function saveAndExpectState(page: Page, state: string): Promise<void> {
  await page.locator('#action-save').click()
  try {
    await page
      .locator('.app-workflow__state strong', { hasText: new RegExp(`^${state}$`) })
      .waitFor({ timeout: 30_000 })
  } catch (err) {
    const toasts = await page.locator('.payload-toast-container').allInnerTexts()
    throw new Error(`The document did not reach “${state}” after saving. Messages: ${toasts.join(' | ')}`, {
      cause: err,
    })
  }
}

/**
 * Leaves an admin edit view the way an editor does, through the breadcrumb back to the list.
 * Workflow collections have no edit locks (lockDocuments: false), so the next person can open the
 * document at once; the journey checks that by doing so.
 */
export async function leaveDocument(page: Page, collection = 'articles', label = 'Bài viết'): Promise<void> {
  await page.locator('.step-nav').getByRole('link', { name: label, exact: true }).click()
  await page.waitForURL((url) => url.pathname === `/admin/collections/${collection}`)
}

/** A JSON REST client of one portal, signed in as `email` (Payload's JWT header). */
export async function restClient(origin: string, email: string, password: string) {
  const { headers } = await apiLogin(origin, email, password)
  /** Calls `pathname` on `origin` (or on `at`, another instance sharing the same database and secret). */
  const call = async <T = Record<string, unknown>>(
    method: string,
    pathname: string,
    data?: unknown,
    at = origin,
  ): Promise<T> => {
    const res = await fetch(`${at}${pathname}`, {
      method,
      headers: { ...headers, ...(data ? { 'Content-Type': 'application/json' } : {}) },
      body: data ? JSON.stringify(data) : undefined,
      signal: AbortSignal.timeout(30_000),
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${method} ${at}${pathname}: ${res.status} ${text.slice(0, 500)}`)
    return JSON.parse(text) as T
  }
  return call
}

export type Focused = {
  tag: string
  id: string
  text: string
  href: string | null
  inNav: boolean
  inMain: boolean
  inDetails: boolean
  /** inside the admin's document menu (⋮) */
  inDocControls: boolean
  outline: string
  boxShadow: string
}

/** What has the keyboard focus, and how its focus indicator is drawn. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el) throw new Error('nothing has the focus')
    const style = getComputedStyle(el)
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' '),
      href: el.getAttribute('href'),
      inNav: !!el.closest('nav'),
      inMain: !!el.closest('main'),
      inDetails: !!el.closest('details'),
      inDocControls: !!el.closest('.doc-controls__popup'),
      outline: style.outlineStyle === 'none' || style.outlineWidth === '0px' ? 'none' : style.outline,
      boxShadow: style.boxShadow,
    }
  })
}

export const hasVisibleFocus = (f: Focused): boolean => f.outline !== 'none' || f.boxShadow !== 'none'

/** Presses Tab until the focused element matches; fails naming where the focus went. */
export async function tabUntil(page: Page, match: (f: Focused) => boolean, maxTabs = 40): Promise<Focused> {
  const seen: string[] = []
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab')
    const f = await focused(page)
    if (match(f)) return f
    seen.push(`${f.tag}${f.id ? `#${f.id}` : ''} “${f.text.slice(0, 30)}”`)
  }
  throw new Error(`Not reached in ${maxTabs} Tab presses; focus went through:\n${seen.join('\n')}`)
}
