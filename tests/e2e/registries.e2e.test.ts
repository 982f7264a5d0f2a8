import fs from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readXlsx } from '../../src/shared/xlsx/read'
import { writeXlsx } from '../../src/shared/xlsx/write'
import { adminSession, launchBrowser, newContext, uniqueTag, USERS, WIDE } from './helpers'

/**
 * The registries in a browser: the public lists filtered on a phone, a decision downloaded, the
 * public XLSX, a bad query refused in Vietnamese; an editor imports a file through the admin
 * screen (a bad file first, with its errors by row and column). axe checks every /doi-ngu page.
 */

const PHONE = { width: 390, height: 844 } as const
const SHOTS = process.env.REGISTRIES_SHOTS_DIR || '/tmp/registries-shots'
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const HEADERS = [
  'Họ và tên',
  'Đội ngũ',
  'Cấp',
  'Đơn vị',
  'Chức vụ',
  'Lĩnh vực',
  'Số QĐ công nhận',
  'Ngày QĐ công nhận',
  'Cơ quan công nhận',
  'Số QĐ miễn nhiệm',
  'Ngày QĐ miễn nhiệm',
  'Cơ quan miễn nhiệm',
  'Lý do',
]

let browser: Browser
let visitor: BrowserContext
const tag = uniqueTag()

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).include('main').analyze()
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`))
}

async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
}

const row = (name: string, date = '03/03/2026') => [
  name,
  'Tuyên truyền viên pháp luật',
  'Cấp xã',
  'Xã Tuyên Bình',
  'Trưởng ấp',
  'Đất đai',
  '67/QĐ-UBND',
  date,
  'UBND xã Tuyên Bình',
]
const file = (rows: string[][]) => ({
  name: 'doi-ngu.xlsx',
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  buffer: Buffer.from(
    writeXlsx([{ name: 'Đội ngũ', rows: [{ cells: HEADERS }, ...rows.map((cells) => ({ cells }))] }]),
  ),
})

beforeAll(async () => {
  browser = await launchBrowser()
  visitor = await newContext(browser, { viewport: PHONE, acceptDownloads: true })
})

afterAll(async () => {
  await browser?.close()
})

describe('public registries', () => {
  it('lists the four registries with their counts, axe-clean on a phone and on a desktop', async () => {
    for (const [name, viewport] of [
      ['390', PHONE],
      ['1280', WIDE],
    ] as const) {
      const context = await newContext(browser, { viewport })
      const page = await context.newPage()
      expect((await page.goto('/doi-ngu'))?.status()).toBe(200)
      const main = (await page.locator('main').textContent()) ?? ''
      for (const title of ['Báo cáo viên pháp luật', 'Tuyên truyền viên pháp luật', 'Hòa giải viên ở cơ sở']) {
        expect(main).toContain(title)
      }
      expect(main).toMatch(/Cấp tỉnh: 14/)
      expect(await axe(page)).toEqual([])
      await shoot(page, `doi-ngu-${name}`)
      await page.goto('/doi-ngu/bao-cao-vien')
      expect(await axe(page)).toEqual([])
      await shoot(page, `bao-cao-vien-${name}`)
      await context.close()
    }
  })

  it('filters a list on a phone: name without accents, level, dismissed members with their decision', async () => {
    const page = await visitor.newPage()
    await page.goto('/doi-ngu/bao-cao-vien')
    // On a phone each member is a card: the table header is out of sight, rows stack.
    expect(await page.locator('.app-reg-table thead').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(
      2,
    )
    await page.getByLabel('Họ và tên').fill('nguyen thi thu ha')
    await page.getByLabel('Cấp').selectOption({ label: 'Cấp tỉnh' })
    await page.getByRole('button', { name: 'Lọc' }).click()
    await page.waitForURL(/q=nguyen/)
    expect(await page.locator('.app-reg-summary [role=status]').textContent()).toContain('Có 1 người đang hoạt động')
    const card = page.locator('.app-reg-table tbody tr')
    expect(await card.count()).toBe(1)
    const text = (await card.textContent()) ?? ''
    expect(text).toContain('Nguyễn Thị Thu Hà')
    expect(text).toContain('Sở Tư pháp')
    expect(text).toContain('Số 125/QĐ-UBND ngày 18/01/2022')
    expect(text).not.toMatch(/0900 000/)
    const box = await card.boundingBox()
    expect(box!.width).toBeLessThanOrEqual(PHONE.width)
    // Nothing (long unit names in the filters included) makes the page scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)

    await page.getByLabel('Họ và tên').fill('')
    await page.getByLabel('Tình trạng').selectOption({ label: 'Đã miễn nhiệm, cho thôi' })
    await page.getByRole('button', { name: 'Lọc' }).click()
    await page.waitForURL(/tinh-trang=da-mien-nhiem/)
    const dismissed = (await page.locator('main').textContent()) ?? ''
    expect(dismissed).toContain('Nguyễn Văn Thành')
    expect(dismissed).toContain('Số 3012/QĐ-UBND ngày 06/10/2025')
    expect(dismissed).toContain('Nghỉ hưu theo chế độ.')
    expect(await axe(page)).toEqual([])
    await shoot(page, 'bao-cao-vien-mien-nhiem-390')
    await page.close()
  })

  it('downloads a recognition decision and the filtered list as XLSX without contacts', async () => {
    const page = await visitor.newPage()
    await page.goto('/doi-ngu/bao-cao-vien?cap=tinh')
    const link = page.getByRole('link', { name: /Tải quyết định công nhận số 125\/QĐ-UBND/ }).first()
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    const pdf = fs.readFileSync((await download.path())!)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const status = (await page.locator('.app-reg-summary [role=status]').textContent()) ?? ''
    const count = Number(/Có (\d+) người/.exec(status)?.[1])
    const xlsx = await page.request.get('/doi-ngu/bao-cao-vien/xuat.xlsx?cap=tinh')
    expect(xlsx.status()).toBe(200)
    const rows = readXlsx(new Uint8Array(await xlsx.body())).rows
    expect(rows[3]).not.toContain('Điện thoại')
    expect(rows.slice(4).filter((r) => r.length > 0)).toHaveLength(count)
    expect(JSON.stringify(rows)).not.toContain('0900 000')
    await page.close()
  })

  it('refuses a bad query with a Vietnamese 400', async () => {
    const page = await visitor.newPage()
    const response = await page.goto('/doi-ngu/bao-cao-vien?cap=huyen')
    expect(response?.status()).toBe(400)
    expect(await page.locator('main').textContent()).toContain('Cấp không hợp lệ.')
    const page2 = await page.request.get('/doi-ngu/bao-cao-vien?trang=abc')
    expect(page2.status()).toBe(400)
    await page.close()
  })
})

describe('admin import screen', () => {
  it('shows the errors of a bad file, then previews and imports a good one', async () => {
    const { context, page } = await adminSession(browser, USERS.editor)
    await page.goto('/admin/collections/registry-members')
    // Followed by its address: on a loaded machine a click during hydration can be lost.
    const importHref = await page.getByRole('link', { name: 'Nhập danh sách từ tệp XLSX' }).getAttribute('href')
    expect(importHref).toMatch(/\/admin\/doi-ngu\/nhap/)
    await page.goto(importHref!)
    await page.getByRole('heading', { name: 'Nhập danh sách đội ngũ từ tệp XLSX' }).waitFor()

    await page.setInputFiles('#registry-import-file', file([row(`Lê Văn Lỗi ${tag}`, '31/02/2025')]))
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click()
    const alert = page.locator('.app-registry-import__errors')
    await alert.waitFor()
    expect(await alert.textContent()).toContain(
      'Dòng 2, cột Ngày QĐ công nhận: “31/02/2025” không phải là ngày hợp lệ (nhập theo dạng dd/mm/yyyy).',
    )

    const names = [`Trần Thị Nhập ${tag}`, `Võ Văn Nhập ${tag}`]
    await page.setInputFiles('#registry-import-file', file(names.map((n) => row(n))))
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click()
    await page.getByText('Tệp hợp lệ: 2 dòng — thêm mới 2 người, cập nhật 0 người.').waitFor()
    await page.getByRole('button', { name: 'Nhập 2 dòng' }).click()
    await page.getByText('Đã nhập xong: thêm mới 2 người, cập nhật 0 người.').waitFor()
    await context.close()

    const publicPage = await visitor.newPage()
    await publicPage.goto(`/doi-ngu/tuyen-truyen-vien?q=${encodeURIComponent(tag)}`)
    const text = (await publicPage.locator('main').textContent()) ?? ''
    for (const n of names) expect(text).toContain(n)
    await publicPage.close()
  })
})
