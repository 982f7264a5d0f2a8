import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminSession, launchBrowser, restAs, uniqueTag, USERS } from './helpers'

/**
 * A unit's periodic report in the real admin: the contributor opens the report of their unit, sees
 * the values pre-filled from the unit's activities, completes and sends it with the keyboard; the
 * editor returns it with a comment; the contributor sends it again; the editor accepts it, and the
 * "who has reported" screen shows it.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const tag = uniqueTag()
const periodTitle = `Báo cáo chuyên đề ${tag}`
const DIRECT = 'Số cuộc phổ biến pháp luật trực tiếp (cuộc)'

async function axe(page: Page, include: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).include(include).analyze()
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

async function expectState(page: Page, state: string): Promise<void> {
  try {
    await page.locator('.app-workflow__state strong', { hasText: state }).waitFor({ timeout: 30_000 })
  } catch (err) {
    const toasts = await page.locator('.payload-toast-container').allInnerTexts()
    throw new Error(`The report did not reach “${state}”. Messages: ${toasts.join(' | ')}`, { cause: err })
  }
}

/** Picks an action with the keyboard: focus its radio button and press Space. */
async function chooseByKeyboard(page: Page, label: string): Promise<void> {
  const group = page.getByRole('group', { name: 'Thao tác khi lưu' })
  const radio = group.getByRole('radio', { name: label })
  await radio.focus()
  await page.keyboard.press('Space')
  await expect(radio.isChecked()).resolves.toBe(true)
}

describe('a unit reports, an editor returns and accepts', () => {
  let browser: Browser
  let editor: { context: BrowserContext; page: Page }
  let contributor: { context: BrowserContext; page: Page }
  let periodId = 0
  let reportId = 0

  beforeAll(async () => {
    browser = await launchBrowser()
    editor = await adminSession(browser, USERS.editor)
    const rest = restAs(editor.page)
    const users = (await (await rest.get(`/api/users?where[email][equals]=${USERS.contributor}&depth=0`)).json()) as {
      docs: { unit: number }[]
    }
    const unit = users.docs[0]!.unit
    const activity = await rest.post('/api/activities', {
      title: `Hội nghị phổ biến Luật Giáo dục ${tag}`,
      date: '2026-03-05T02:00:00.000Z',
      form: 'direct',
      sessions: 3,
      participants: 150,
      unit,
      status: 'submitted',
    })
    expect(activity.status(), await activity.text()).toBe(201)
    const period = await rest.post('/api/report-periods', {
      title: periodTitle,
      kind: 'ad-hoc',
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-06-30T00:00:00.000Z',
      deadline: '2027-01-15T00:00:00.000Z',
      units: [unit],
      useTemplate: true,
    })
    expect(period.status(), await period.text()).toBe(201)
    periodId = ((await period.json()) as { doc: { id: number } }).doc.id
    contributor = await adminSession(browser, USERS.contributor)
  }, 120_000)

  afterAll(async () => {
    await contributor?.context.close()
    await editor?.context.close()
    await browser?.close()
  })

  it('the contributor opens the report of their unit and sees the pre-filled values', async () => {
    const { page } = contributor
    await page.goto('/admin/collections/unit-reports/create')
    await page.locator('#field-period input').first().focus()
    await page.keyboard.type(tag)
    await page.getByRole('option', { name: periodTitle }).waitFor()
    await page.keyboard.press('Enter')
    await page.keyboard.press('ControlOrMeta+s')
    await page.waitForURL(/\/admin\/collections\/unit-reports\/\d+/, { timeout: 30_000 })
    reportId = Number(/unit-reports\/(\d+)/.exec(page.url())![1])
    await page.locator('[data-testid="report-values"]').waitFor({ timeout: 30_000 })
    const saved = (await (await restAs(page).get(`/api/unit-reports/${reportId}?depth=0`)).json()) as {
      values: Record<string, number | null>
    }
    expect(saved.values['direct.sessions']).toBeGreaterThanOrEqual(3)
    const direct = page.getByLabel(DIRECT)
    await expect(direct.inputValue()).resolves.toBe(String(saved.values['direct.sessions']))
    await expect(
      page
        .getByText(/Lấy sẵn \d+ từ/)
        .first()
        .isVisible(),
    ).resolves.toBe(true)
    await expectState(page, 'Đang soạn')
    expect(await axe(page, '[data-testid="report-values"]')).toEqual([])
  })

  it('completes and sends it with the keyboard', async () => {
    const { page } = contributor
    await page.getByLabel('Kết quả nổi bật').focus()
    await page.keyboard.type('Tổ chức 3 hội nghị phổ biến Luật Giáo dục cho giáo viên.')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Thiếu tài liệu cho học sinh.')
    await chooseByKeyboard(page, 'Gửi báo cáo')
    await page.keyboard.press('ControlOrMeta+s')
    await expectState(page, 'Đã gửi, chờ tiếp nhận')
  })

  it('the editor returns it with a comment', async () => {
    const { page } = editor
    await page.goto(`/admin/collections/unit-reports/${reportId}`)
    await expectState(page, 'Đã gửi, chờ tiếp nhận')
    await page
      .getByRole('group', { name: 'Thao tác khi lưu' })
      .getByRole('radio', { name: 'Trả lại để bổ sung' })
      .check()
    await page.locator('#field-reportNote').fill('Bổ sung đề xuất, kiến nghị.')
    await page.locator('#action-save').click()
    await expectState(page, 'Trả lại để bổ sung')
  })

  it('the contributor completes it and sends it again', async () => {
    const { page } = contributor
    await page.goto(`/admin/collections/unit-reports/${reportId}`)
    await expectState(page, 'Trả lại để bổ sung')
    await expect(page.locator('#field-reviewComment').inputValue()).resolves.toBe('Bổ sung đề xuất, kiến nghị.')
    await page.getByLabel('Đề xuất, kiến nghị').focus()
    await page.keyboard.type('Đề nghị cấp thêm tài liệu hỏi đáp pháp luật cho học sinh.')
    await chooseByKeyboard(page, 'Gửi báo cáo')
    await page.keyboard.press('ControlOrMeta+s')
    await expectState(page, 'Đã gửi, chờ tiếp nhận')
  })

  it('the editor accepts it and the status screen shows it', async () => {
    const { page } = editor
    await page.goto(`/admin/collections/unit-reports/${reportId}`)
    await expectState(page, 'Đã gửi, chờ tiếp nhận')
    await page
      .getByRole('group', { name: 'Thao tác khi lưu' })
      .getByRole('radio', { name: 'Tiếp nhận báo cáo' })
      .check()
    await page.locator('#action-save').click()
    await expectState(page, 'Đã tiếp nhận')
    await page.goto(`/admin/bao-cao/tinh-hinh?ky=${periodId}`)
    const table = page.locator('.app-report-status__table')
    await table.waitFor()
    await expect(table.locator('tbody tr').first().innerText()).resolves.toContain('Đã tiếp nhận')
    expect(await axe(page, '.app-report-status')).toEqual([])
    const xlsx = await restAs(page).get(`/api/bao-cao/so-lieu.xlsx?ky=${periodId}`)
    expect(xlsx.status()).toBe(200)
  })
})
