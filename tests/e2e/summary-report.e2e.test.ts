import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readXlsx, readXlsxSheetNames } from '@/shared/xlsx/read'
import { adminSession, baseURL, launchBrowser, newContext, USERS } from './helpers'

/**
 * The summary report (issue 5 §5) from the built portal: a viewer fills the form on the managers'
 * dashboard and downloads the PDF and the XLSX; a contributor may not download the province's
 * report; an anonymous request is refused.
 */

const VIEWER = 'thanhtra@pbgdpl.local'
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0

describe('summary report', () => {
  let browser: Browser
  const contexts: BrowserContext[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    for (const c of contexts) await c.close()
    await browser?.close()
  })

  it('a viewer downloads the PDF and the XLSX from the dashboard form', async () => {
    const { context, page } = await adminSession(browser, VIEWER)
    contexts.push(context)
    await page.goto('/admin/thong-ke')
    const form = page.locator('form[action="/api/thong-ke/bao-cao-tong-hop"]')
    await form.getByLabel('Đề án, kế hoạch', { exact: true }).selectOption('de-an-471')
    await form.getByLabel('Từ ngày', { exact: true }).fill('2021-01-01')
    await form.getByLabel('Đến ngày', { exact: true }).fill('2021-12-31')

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      form.getByRole('button', { name: 'Tải báo cáo PDF' }).click(),
    ])
    expect(pdf.suggestedFilename()).toBe('Báo cáo Đề án 471 2021.pdf')
    const pdfPath = await pdf.path()
    const bytes = fs.readFileSync(pdfPath)
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    if (hasPdftotext) {
      const text = spawnSync('pdftotext', ['-layout', pdfPath, '-'])
        .stdout.toString('utf8')
        .replace(/[ \t]+/g, ' ')
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
      expect(text).toContain('Kết quả thực hiện Đề án 471 năm 2021')
      expect(text).toContain('Nơi nhận:')
    }

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      form.getByRole('button', { name: 'Tải bảng số liệu XLSX' }).click(),
    ])
    expect(xlsx.suggestedFilename()).toBe('Báo cáo Đề án 471 2021.xlsx')
    const book = new Uint8Array(fs.readFileSync(await xlsx.path()))
    expect(readXlsxSheetNames(book)[0]).toBe('Báo cáo')
    expect(readXlsx(book).rows.flat()).toContain('Độc lập - Tự do - Hạnh phúc')
  })

  it('refuses an anonymous visitor and a contributor asking for another unit, whatever unit that is', async () => {
    const anonymous = await newContext(browser)
    contexts.push(anonymous)
    // Payload trusts the session cookie of a request that names the portal's origin, as a browser would.
    const headers = { Origin: baseURL() }
    const res = await anonymous.request.get(`${baseURL()}/api/thong-ke/bao-cao-tong-hop?programme=de-an-471`, {
      headers,
    })
    expect(res.status()).toBe(401)

    const { context } = await adminSession(browser, USERS.contributor)
    contexts.push(context)
    const url = (query: string) => `${baseURL()}/api/thong-ke/bao-cao-tong-hop?programme=de-an-471&${query}`
    // Left empty, the contributor's own unit is chosen: allowed.
    expect((await context.request.get(url('unit='), { headers })).status()).toBe(200)
    const me = (await (await context.request.get(`${baseURL()}/api/users/me`, { headers })).json()) as {
      user: { unit: number | { id: number } }
    }
    const own = typeof me.user.unit === 'object' ? me.user.unit.id : me.user.unit
    const units = (await (
      await context.request.get(`${baseURL()}/api/units?limit=50&depth=0`, { headers })
    ).json()) as {
      docs: { id: number; parent?: number | null }[]
    }
    const other = units.docs.find((u) => u.id !== own && u.parent !== own)!
    const refused = await context.request.get(url(`unit=${other.id}`), { headers })
    expect(refused.status()).toBe(403)
    expect(await refused.text()).toBe('Cộng tác viên chỉ được lập báo cáo của đơn vị mình và các đơn vị trực thuộc.')
    // A unit that does not exist is outside the contributor's unit too: refused the same way.
    const unknown = await context.request.get(url('unit=999999'), { headers })
    expect(unknown.status()).toBe(403)
  })
})
