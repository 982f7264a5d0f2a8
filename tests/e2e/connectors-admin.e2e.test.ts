import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, loginAdmin, NARROW, newContext, restAs, uniqueTag, USERS, WIDE } from './helpers'

/**
 * The "Nhập văn bản từ nguồn ngoài" admin screen (issue 7 §6) used with the keyboard alone: an
 * editor picks a JSON file of the national legal documents database's gateway, checks it (counts,
 * nothing written), imports it and finds the documents as drafts; a bad file gets a Vietnamese
 * error and writes nothing. No horizontal scrolling at 360 px; axe finds no serious or critical
 * violation in the screen.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const PAGE = '/admin/nhap-van-ban'

/** A gateway export (the shape of tests/fixtures/connectors/vbpl-gateway.json) with numbers of this run. */
function gatewayFile(tag: string) {
  const n = Number(tag.replace(/\D/g, '').slice(-6)) || 1
  const records = [
    {
      itemId: 900_000 + n,
      docNum: `${(n % 90) + 10}/2026/QĐ-UBND`,
      docType: 'Quyết định',
      title: `Quyết định ban hành Quy chế phối hợp phổ biến pháp luật ${tag}`,
      issueDate: '2026-03-02T00:00:00',
      effFrom: '15/03/2026',
      effTo: null,
      effStatus: 'Còn hiệu lực',
      agencyName: 'Ủy ban nhân dân tỉnh',
      signer: 'Nguyễn Văn An',
      fields: ['Tư pháp'],
    },
    {
      itemId: 900_500 + n,
      docNum: `${(n % 90) + 10}/2026/NQ-HĐND`,
      docType: 'Nghị quyết',
      title: `Nghị quyết về mức chi hòa giải ở cơ sở ${tag}`,
      issueDate: '2026-02-10T00:00:00',
      effFrom: '2026-02-20T00:00:00',
      effTo: null,
      effStatus: 'Còn hiệu lực',
      agencyName: 'Hội đồng nhân dân tỉnh',
      signer: 'Trần Thị Bình',
      fields: [{ name: 'Tư pháp' }],
    },
  ]
  const body = { status: 'success', total: records.length, data: records }
  return {
    records,
    file: { name: `vbpl-${tag}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(body)) },
  }
}

async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
  await target.waitFor()
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((el) => el === document.activeElement)) return
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}

/**
 * Keyboard: the file input opens the chooser on Space (or Enter); the test hands it the file.
 * A re-render right after navigation can take focus away from the input, and Chromium
 * ignores a key that arrives before the page has settled; so each attempt first makes sure
 * the input holds the focus, and a few attempts are allowed before giving up.
 */
async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const input = page.getByLabel('Tệp', { exact: true })
  await page.waitForLoadState('networkidle').catch(() => undefined)
  for (let attempt = 0; attempt < 3; attempt++) {
    for (const key of ['Space', 'Enter']) {
      if (!(await input.evaluate((el) => el === document.activeElement).catch(() => false))) await tabTo(page, input)
      const chooser = page.waitForEvent('filechooser', { timeout: 5_000 }).catch(() => null)
      await page.keyboard.press(key)
      const opened = await chooser
      if (opened) return opened.setFiles(file)
    }
  }
  throw new Error('Neither Space nor Enter opened the file chooser')
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).include('.app-connector-import').analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}`))
}

describe('connectors admin screen', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    context = await newContext(browser, { viewport: WIDE })
    page = await context.newPage()
    await loginAdmin(page, USERS.editor)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('checks then imports a gateway JSON file with the keyboard alone; the documents appear as drafts', async () => {
    const tag = uniqueTag()
    const { records, file } = gatewayFile(tag)
    await page.goto(PAGE)
    await page.getByRole('heading', { name: 'Nhập văn bản pháp luật từ nguồn ngoài' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])

    // the format: the gateway JSON is the default; arrow keys move within the radio group
    const gateway = page.getByRole('radio', { name: /JSON của Cơ sở dữ liệu quốc gia/ })
    await tabTo(page, gateway)
    expect(await gateway.isChecked()).toBe(true)

    await chooseFile(page, file)
    await tabTo(page, page.getByRole('button', { name: 'Kiểm tra tệp' }))
    await page.keyboard.press('Enter')
    const status = page.locator('.app-connector-import [role="status"]')
    await status
      .getByText(/Tệp hợp lệ: 2 văn bản — thêm mới 2, cập nhật 0, không đổi 0\. Chưa có gì được ghi\./)
      .waitFor()
    expect(await seriousViolations(page)).toEqual([])
    // nothing written by the check
    const api = restAs(page)
    const where = (r: (typeof records)[number]) =>
      `/api/legal-documents?where[number][equals]=${encodeURIComponent(r.docNum)}&depth=0`
    for (const r of records)
      expect(((await (await api.get(where(r))).json()) as { totalDocs: number }).totalDocs).toBe(0)

    await tabTo(page, page.getByRole('button', { name: 'Nhập 2 văn bản' }))
    await page.keyboard.press('Enter')
    await status.getByText('Đã nhập xong: thêm mới 2, cập nhật 0, không đổi 0.').waitFor({ timeout: 30_000 })
    for (const r of records) {
      const { docs } = (await (await api.get(where(r))).json()) as { docs: Record<string, unknown>[] }
      expect(docs).toHaveLength(1)
      expect(docs[0]).toMatchObject({ workflowState: 'draft' })
      // the importer drops the document type the title starts with ("Quyết định ban hành…" → "Ban hành…")
      expect(String(docs[0]!.title)).toContain(r.title.split(' ').slice(-4).join(' '))
    }

    // the link to the drafts, followed with the keyboard, lists them
    await tabTo(page, page.getByRole('link', { name: 'Xem các văn bản nháp' }))
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/admin\/collections\/legal-documents/)
    await page.goto(`/admin/collections/legal-documents?search=${encodeURIComponent(tag)}`)
    for (const r of records)
      await page.getByText(r.title.split(' ').slice(-4).join(' ')).first().waitFor({ timeout: 30_000 })

    // the same file again: recognised, nothing new
    await page.goto(PAGE)
    await chooseFile(page, file)
    await tabTo(page, page.getByRole('button', { name: 'Kiểm tra tệp' }))
    await page.keyboard.press('Enter')
    await page
      .locator('.app-connector-import [role="status"]')
      .getByText(/thêm mới 0, cập nhật 0, không đổi 2/)
      .waitFor()
  })

  it('answers a bad file with a Vietnamese error and imports nothing', async () => {
    await page.goto(PAGE)
    await chooseFile(page, { name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('{"data": [') })
    await tabTo(page, page.getByRole('button', { name: 'Kiểm tra tệp' }))
    await page.keyboard.press('Enter')
    const alert = page.locator('.app-connector-import [role="alert"]')
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/Tệp không phải JSON hợp lệ/)
    expect(await seriousViolations(page)).toEqual([])

    const tag = uniqueTag()
    const missing = { data: [{ itemId: 1, title: `Văn bản thiếu số ký hiệu ${tag}`, issueDate: '2026-01-01' }] }
    await chooseFile(page, {
      name: 'thieu.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(missing)),
    })
    await tabTo(page, page.getByRole('button', { name: 'Kiểm tra tệp' }))
    await page.keyboard.press('Enter')
    // The summary line repeats the first error; the list item is the record's own line.
    await page.locator('.app-connector-import [role="alert"] li', { hasText: /Bản ghi 1/ }).waitFor()
    const text = (await page.locator('.app-connector-import [role="alert"]').textContent()) ?? ''
    expect(text).toMatch(/[ăâđêôơưàáảãạếềệ]/i)
    expect(text).not.toMatch(/Error|undefined|stack/)
    expect(await page.getByRole('button', { name: /^Nhập \d+ văn bản$/ }).count()).toBe(0)
    const found = await restAs(page).get(`/api/legal-documents?where[title][contains]=${encodeURIComponent(tag)}`)
    expect(((await found.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })

  it('fits a 360 px screen without horizontal scrolling', async () => {
    const narrow = await newContext(browser, { viewport: NARROW })
    const phone = await narrow.newPage()
    try {
      await loginAdmin(phone, USERS.editor)
      await phone.goto(PAGE)
      await phone.getByRole('heading', { name: 'Nhập văn bản pháp luật từ nguồn ngoài' }).waitFor()
      const { file } = gatewayFile(uniqueTag())
      await phone.getByLabel('Tệp', { exact: true }).setInputFiles(file)
      await phone.getByRole('button', { name: 'Kiểm tra tệp' }).click()
      await phone
        .locator('.app-connector-import [role="status"]')
        .getByText(/Tệp hợp lệ/)
        .waitFor()
      const overflow = await phone.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        wide: [...document.querySelectorAll('.app-connector-import *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
          .slice(0, 5),
      }))
      expect(overflow.wide).toEqual([])
      expect(overflow.scroll).toBeLessThanOrEqual(overflow.client)
      expect(await seriousViolations(phone)).toEqual([])
    } finally {
      await narrow.close()
    }
  })
})
