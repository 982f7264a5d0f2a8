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

  it('answers an unknown unit type with 400 and a Vietnamese message', async () => {
    const { status, body, headers } = await fetchPage('/danh-ba?loai=khong-hop-le')
    expect(status).toBe(400)
    expect(headers.get('content-type')).toContain('text/html')
    expect(body).toContain('lang="vi"')
    expect(body).toContain('Loại đơn vị không hợp lệ.')
  })
})
