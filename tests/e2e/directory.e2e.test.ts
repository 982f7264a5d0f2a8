import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { officials, units } from '@/modules/demo/data'
import { fetchPage, launchBrowser, newContext } from './helpers'

/** A visitor looks people and units up in the electronic directory (/danh-ba). */

const schools = units.filter((u) => u.kind === 'school')
const schoolNames = schools.map((u) => u.name).sort()
const schoolOfficials = officials
  .filter((o) => schools.some((s) => s.key === o.unit))
  .map((o) => o.name)
  .sort()

describe('the electronic directory', () => {
  let browser: Browser
  let page: Page

  /** Names in the officials' table (each row is headed by the person's name). */
  const officialNames = async (): Promise<string[]> =>
    (await page.locator('#directory-officials ~ .app-table-wrap tbody th[scope="row"]').allInnerTexts()).map((t) =>
      t.trim(),
    )

  async function searchWithKeyboard(query: string): Promise<void> {
    await page.goto('/danh-ba')
    const field = page.getByLabel('Tên người, chức vụ hoặc đơn vị')
    await field.fill(query)
    await Promise.all([page.waitForURL((url) => url.searchParams.get('q') === query), field.press('Enter')])
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await (await newContext(browser)).newPage()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('finds a person by their full Vietnamese name, submitted with Enter', async () => {
    await searchWithKeyboard('Huỳnh Ngọc Trâm')
    const names = await officialNames()
    expect(names).toContain('Huỳnh Ngọc Trâm')
    const row = page.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Huỳnh Ngọc Trâm' }) })
    expect(await row.innerText()).toContain('0918 265 417')
    await expect(page.getByRole('status').first().innerText()).resolves.toMatch(/Tìm thấy \d+ đơn vị và \d+ cán bộ/)
  })

  it('finds the same person when the name is typed without diacritics', async () => {
    await searchWithKeyboard('huynh ngoc tram')
    expect(await officialNames()).toContain('Huỳnh Ngọc Trâm')
    await expect(page.getByLabel('Tên người, chức vụ hoặc đơn vị').inputValue()).resolves.toBe('huynh ngoc tram')
  })

  it('lists only schools and their staff when the unit type “Trường học” is chosen', async () => {
    await page.goto('/danh-ba')
    await page.getByLabel('Loại đơn vị').selectOption({ label: 'Trường học' })
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get('loai') === 'school'),
      page.getByRole('button', { name: 'Lọc danh bạ' }).click(),
    ])
    const unitNames = (await page.locator('#directory-units ~ .app-units .app-units__item h3').allInnerTexts())
      .map((t) => t.trim())
      .sort()
    expect(unitNames).toEqual(schoolNames)
    expect((await officialNames()).sort()).toEqual(schoolOfficials)
    const unitColumn = (await page.locator('.app-table tbody td:nth-of-type(2)').allInnerTexts()).map((t) => t.trim())
    expect(unitColumn.length).toBeGreaterThan(0)
    for (const unit of unitColumn) expect(schoolNames).toContain(unit)
  })

  it('shows each person as a card on a phone, still a table to screen readers', async () => {
    const phone = await newContext(browser, { viewport: { width: 360, height: 740 }, isMobile: true })
    const small = await phone.newPage()
    try {
      await small.goto('/danh-ba')
      const table = small.getByRole('table')
      const rows = await table.locator('tbody tr').count()
      expect(rows).toBeGreaterThan(5)
      // The accessibility tree keeps the table: one row per person plus the heading row, and cells.
      expect(await table.getByRole('row').count()).toBe(rows + 1)
      expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
        'Họ và tên',
        'Chức vụ',
        'Đơn vị',
        'Điện thoại',
        'Thư điện tử',
      ])
      const card = small.locator('tbody tr', { has: small.getByRole('rowheader', { name: 'Huỳnh Ngọc Trâm' }) })
      expect(await card.getByRole('cell').count()).toBe(4)
      const layout = await card.evaluate((tr) => {
        const cells = [...tr.querySelectorAll('td')]
        return {
          box: tr.getBoundingClientRect().toJSON() as DOMRect,
          // Each line is labelled with its column; the cells stack, the email is shown whole.
          labels: cells.map((td) => getComputedStyle(td, '::before').content),
          stacked: cells.every(
            (td, i) => i === 0 || td.getBoundingClientRect().top >= cells[i - 1]!.getBoundingClientRect().bottom - 1,
          ),
          pageWidth: document.documentElement.scrollWidth,
        }
      })
      expect(layout.labels).toEqual(['"Chức vụ: "', '"Đơn vị: "', '"Điện thoại: "', '"Thư điện tử: "'])
      expect(layout.stacked).toBe(true)
      expect(layout.box.x).toBeGreaterThanOrEqual(0)
      expect(layout.box.x + layout.box.width).toBeLessThanOrEqual(360)
      expect(layout.pageWidth).toBeLessThanOrEqual(360)
      const email = card.getByRole('link', { name: /@/ })
      const emailBox = (await email.boundingBox())!
      expect(emailBox.height, 'the address on one line').toBeLessThan(40)
    } finally {
      await phone.close()
    }
  })

  it('answers an unknown unit type with 400 and a Vietnamese message', async () => {
    const { status, body, headers } = await fetchPage('/danh-ba?loai=khong-hop-le')
    expect(status).toBe(400)
    expect(headers.get('content-type')).toContain('text/html')
    expect(body).toContain('lang="vi"')
    expect(body).toContain('Loại đơn vị không hợp lệ.')
  })
})
