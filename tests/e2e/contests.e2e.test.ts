import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newCertificateCode } from '../../src/modules/contests/server/certificate-code'
import {
  apiLogin,
  baseURL,
  fetchPage,
  launchBrowser,
  NARROW,
  newContext,
  uniqueTag,
  USERS,
  DEMO_PASSWORD,
  waitForMail,
} from './helpers'

/**
 * The contest journey of issue 6, in Chromium on a 360 px screen with the keyboard alone: a pupil
 * registers, reads the one-time code from the test SMTP server, enters it, starts the timed
 * attempt, answers, reloads mid-attempt and finds the answers kept, submits; once the organiser
 * publishes the results (through the REST API), downloads the certificate and opens its
 * verification page. axe-core runs on every contest page type.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const tag = uniqueTag()
const SLUG = `thi-e2e-${tag}`
const EMAIL = `hoc.sinh.${tag}@example.vn`

let browser: Browser
let context: BrowserContext
let page: Page
let authHeaders: Record<string, string> = {}
let roundId = 0

async function axe(where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const found = result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`))
  expect(found, where).toEqual([])
}

/** Presses Tab until `target` has the focus (the keyboard is the only input device). */
async function tabTo(target: Locator, max = 120): Promise<void> {
  await target.waitFor()
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((el) => el === document.activeElement)) return
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}

async function typeInto(target: Locator, text: string): Promise<void> {
  await tabTo(target)
  await page.keyboard.type(text)
}

async function api(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(new URL(path, baseURL()), {
    method,
    headers: { 'Content-Type': 'application/json', ...authHeaders },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await res.json()) as Record<string, unknown>
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

beforeAll(async () => {
  // The organiser sets up a small contest through the REST API (questions from the demo bank).
  authHeaders = (await apiLogin(baseURL(), USERS.editor, DEMO_PASSWORD)).headers
  const fields = (await api('GET', '/api/legal-fields?where[slug][equals]=giao-thong&depth=0')) as {
    docs: { id: number }[]
  }
  const contest = (await api('POST', '/api/contests', {
    title: `Thi thử an toàn giao thông ${tag}`,
    slug: SLUG,
    status: 'published',
    eligibility: 'open',
    contactKinds: ['email'],
    askBirthDate: true,
    askSchool: true,
    certificateRule: 'participation',
    certificateSigner: 'Nguyễn Thị Thanh Hương',
    certificateSignerTitle: 'Giám đốc Sở Giáo dục và Đào tạo',
  })) as { doc: { id: number } }
  const round = (await api('POST', '/api/contest-rounds', {
    contest: contest.doc.id,
    number: 1,
    title: 'Vòng 1',
    opensAt: new Date(Date.now() - 3_600_000).toISOString(),
    closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    questionCount: 3,
    timeLimitMinutes: 10,
    attemptsAllowed: 1,
    drawFields: fields.docs.map((f) => f.id),
  })) as { doc: { id: number } }
  roundId = round.doc.id
  browser = await launchBrowser()
  context = await newContext(browser, { viewport: NARROW, acceptDownloads: true })
  page = await context.newPage()
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
})

describe('a pupil takes a contest on a phone with the keyboard alone', () => {
  it('finds the contest from the list and opens its registration form', async () => {
    await page.goto('/cuoc-thi')
    await axe('/cuoc-thi')
    await tabTo(page.getByRole('link', { name: `Thi thử an toàn giao thông ${tag}` }))
    await page.keyboard.press('Enter')
    await page.waitForURL(`**/cuoc-thi/${SLUG}`)
    expect(await page.locator('script[type="application/ld+json"]').textContent()).toContain('"@type":"Event"')
    await axe('contest page')
    await tabTo(page.getByRole('link', { name: /Đăng ký dự thi/ }).first())
    await page.keyboard.press('Enter')
    await page.waitForURL(`**/cuoc-thi/${SLUG}/vong-1/dang-ky`)
    await axe('registration page')
  })

  it('registers, reads the code from the mail and enters it', async () => {
    await typeInto(page.getByLabel('Họ và tên'), 'Nguyễn Văn An')
    await typeInto(page.getByLabel('Ngày sinh'), '04/03/2011')
    await typeInto(page.getByLabel('Trường/đơn vị'), 'Trường THPT Tân An')
    await typeInto(page.getByLabel('Lớp (nếu là học sinh)'), '10A1')
    await typeInto(page.getByLabel('Thư điện tử'), EMAIL)
    await tabTo(page.getByRole('checkbox', { name: /Tôi đồng ý/ }))
    await page.keyboard.press('Space')
    // Sent without the guardian's consent first: the summary says what is missing.
    await tabTo(page.getByRole('button', { name: 'Gửi đăng ký và nhận mã' }))
    await page.keyboard.press('Enter')
    const summary = page.getByRole('alert').filter({ hasText: 'Chưa đăng ký được' })
    await summary.waitFor({ timeout: 30_000 })
    await expect.poll(() => summary.textContent()).toMatch(/cha mẹ hoặc người giám hộ/)
    await tabTo(page.getByRole('checkbox', { name: /Cha mẹ hoặc người giám hộ/ }))
    await page.keyboard.press('Space')
    await tabTo(page.getByRole('button', { name: 'Gửi đăng ký và nhận mã' }))
    await page.keyboard.press('Enter')
    await page.waitForURL(`**/cuoc-thi/${SLUG}/vong-1/xac-thuc`, { timeout: 30_000 })
    await axe('code page')
    const mail = await waitForMail((m) => m.recipients.includes(EMAIL), 'the one-time code')
    const code = /là: (\d{6})/.exec(mail.text)?.[1]
    expect(code).toMatch(/^\d{6}$/)
    await typeInto(page.getByLabel('Mã xác thực'), code!)
    await page.keyboard.press('Enter')
    await page.waitForURL(`**/cuoc-thi/${SLUG}/vong-1`)
    await page.getByText('Bạn đã đăng ký vòng thi này').waitFor()
    await axe('round page (signed in)')
  })

  it('takes the timed attempt, reloads mid-attempt and finds the answers kept, then submits', async () => {
    await tabTo(page.getByRole('link', { name: 'Vào thi', exact: true }))
    await page.keyboard.press('Enter')
    await page.waitForURL(`**/cuoc-thi/${SLUG}/vong-1/lam-bai`)
    await tabTo(page.getByRole('button', { name: 'Bắt đầu làm bài' }))
    await page.keyboard.press('Enter')
    await page.getByRole('timer').waitFor()
    await axe('attempt page')
    const first = page.locator('.app-cta__options input').first()
    await tabTo(first)
    await page.keyboard.press('Space')
    await expect.poll(() => first.isChecked()).toBe(true)
    await page
      .getByText(/Đã lưu/)
      .first()
      .waitFor({ timeout: 15_000 })
    const chosen = await first.getAttribute('value')

    await page.reload()
    await page.getByRole('timer').waitFor({ timeout: 30_000 })
    await expect.poll(() => page.locator(`.app-cta__options input[value="${chosen}"]`).isChecked()).toBe(true)

    for (let i = 1; i < 3; i++) {
      await tabTo(page.getByRole('button', { name: 'Câu sau' }))
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { name: new RegExp(`^Câu ${i + 1}/3`) }).waitFor()
      await tabTo(page.locator('.app-cta__options input').first())
      await page.keyboard.press('Space')
    }
    await tabTo(page.getByRole('button', { name: 'Nộp bài', exact: true }))
    await page.keyboard.press('Enter')
    await tabTo(page.getByRole('button', { name: 'Xác nhận nộp bài' }))
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Bài thi đã được nộp' }).waitFor({ timeout: 30_000 })
  })

  it('downloads the certificate once results are published and opens its verification page', async () => {
    await page.goto(`/cuoc-thi/${SLUG}/vong-1/cua-toi`)
    await page.getByText('Ban Tổ chức chưa công bố kết quả').waitFor()
    await api('PATCH', `/api/contest-rounds/${roundId}`, { resultsPublished: true })

    await page.goto(`/cuoc-thi/${SLUG}/vong-1/ket-qua`)
    await axe('results page')
    const board = await page.locator('table').textContent()
    expect(board).toContain('Nguyễn V. A.')
    expect(board).not.toContain('Nguyễn Văn An')
    expect(board).not.toContain(EMAIL)

    await page.goto(`/cuoc-thi/${SLUG}/vong-1/cua-toi`)
    await axe('my results page')
    await tabTo(page.getByRole('link', { name: 'Tải giấy chứng nhận (PDF)' }))
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    const stream = await download.createReadStream()
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    const pdf = Buffer.concat(chunks)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(download.suggestedFilename()).toMatch(/^giay-chung-nhan-[0-9A-Z-]{14}\.pdf$/)

    await tabTo(page.locator('a[href^="/cuoc-thi/xac-minh/"]'))
    await page.keyboard.press('Enter')
    await page.waitForURL('**/cuoc-thi/xac-minh/*')
    await page.getByRole('heading', { name: 'Giấy chứng nhận hợp lệ' }).waitFor()
    expect(await page.locator('main').textContent()).toContain('Nguyễn Văn An')
    await axe('verification page')
  })

  it('answers unknown and malformed certificate codes and bad query strings in Vietnamese', async () => {
    const unknown = await fetchPage(`/cuoc-thi/xac-minh/${newCertificateCode()}`)
    expect(unknown.status).toBe(404)
    expect(unknown.body).toContain('Không tìm thấy giấy chứng nhận')
    const malformed = await fetchPage('/cuoc-thi/xac-minh/khong-phai-ma')
    expect(malformed.status).toBe(400)
    expect(malformed.body).toContain('Mã xác minh không đúng dạng')
    const badQuery = await fetchPage(`/cuoc-thi/${SLUG}/vong-1/ket-qua?trang=abc`)
    expect(badQuery.status).toBe(400)
    expect((await fetchPage(`/cuoc-thi/${SLUG}/vong-99`)).status).toBe(404)
    expect((await fetchPage('/cuoc-thi/khong-co-cuoc-thi-nay')).status).toBe(404)
  })
})
