import fs from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import { strFromU8, unzipSync } from 'fflate'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfTexts } from '../int/dialogue-helpers'
import {
  adminSession,
  fetchPage,
  launchBrowser,
  newContext,
  pollUntil,
  restAs,
  uniqueTag,
  USERS,
  waitForMail,
  WIDE,
} from './helpers'

/**
 * A dialogue from opening to the published summary table: a citizen comments on an article with
 * the keyboard only on a phone, the editorial board publishes the comment, the dialogue closes,
 * the organiser records the decision and publishes the summary, and the public page shows the
 * table with its XLSX and PDF downloads. axe checks the list and the dialogue pages.
 */

const PHONE = { width: 390, height: 844 } as const
const SHOTS = process.env.DIALOGUE_SHOTS_DIR || '/tmp/dialogue-shots'
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const DAY = 24 * 60 * 60 * 1000

let browser: Browser
let staff: { context: BrowserContext; page: Page }
let citizen: BrowserContext
const tag = uniqueTag()
const title = `Lấy ý kiến dự thảo quy định hỗ trợ nông dân chuyển đổi cây trồng ${tag}`
const commentText = `Đề nghị bổ sung hỗ trợ giống cây cho hộ cận nghèo ${tag}. <b>không in đậm</b>`
const email = `nong-dan-${tag}@example.vn`
let dialogue: { id: number; slug: string }

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).include('main').analyze()
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`))
}

async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (el: { tag: string; id: string; text: string }) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null
      return { tag: a?.tagName.toLowerCase() ?? '', id: a?.id ?? '', text: a?.textContent?.trim() ?? '' }
    })
    if (matches(el)) return
  }
  throw new Error('could not reach the element with the Tab key')
}

beforeAll(async () => {
  browser = await launchBrowser()
  staff = await adminSession(browser, USERS.chief)
  citizen = await newContext(browser, { viewport: PHONE })
  const rest = restAs(staff.page)
  const created = await rest.post('/api/dialogues', {
    title,
    kind: 'lay-y-kien',
    summary: 'Dự thảo quy định chính sách hỗ trợ nông dân chuyển đổi cơ cấu cây trồng.',
    opensAt: new Date(Date.now() - DAY).toISOString(),
    closesAt: new Date(Date.now() + 7 * DAY).toISOString(),
    importText: [
      'Điều 1. Phạm vi điều chỉnh',
      'Quy định này quy định mức hỗ trợ nông dân chuyển đổi cây trồng.',
      'Điều 2. Mức hỗ trợ',
      'Hỗ trợ 50% chi phí giống cây trồng.',
    ].join('\n'),
    workflowAction: 'publish',
  })
  expect(created.status(), await created.text()).toBe(201)
  const doc = ((await created.json()) as { doc: { id: number; slug: string } }).doc
  dialogue = { id: doc.id, slug: doc.slug }
})

afterAll(async () => {
  await citizen?.close()
  await staff?.context.close()
  await browser?.close()
})

describe('a policy–law dialogue', () => {
  it('lists dialogues, open ones first, without accessibility violations', async () => {
    for (const [name, viewport] of [
      ['390', PHONE],
      ['1280', WIDE],
    ] as const) {
      const context = await newContext(browser, { viewport })
      const page = await context.newPage()
      const response = await page.goto('/doi-thoai')
      expect(response?.status()).toBe(200)
      expect(await page.locator('.app-dlg-card').first().textContent()).toContain('Đang lấy ý kiến')
      expect(await axe(page)).toEqual([])
      await shoot(page, `danh-sach-${name}`)
      await page.goto('/doi-thoai/doi-thoai-thanh-nien-viec-lam-hoc-nghe-2026')
      expect(await page.locator('main').textContent()).toContain('Câu hỏi đã gửi trước phiên đối thoại')
      expect(await axe(page)).toEqual([])
      await shoot(page, `phien-truc-tiep-${name}`)
      await page.goto('/doi-thoai/du-thao-nghi-dinh-hop-dong-lao-dong-dien-tu')
      expect(await page.locator('main').textContent()).toContain('Bảng tổng hợp tiếp thu, giải trình')
      // The adopted decree from the demo legal documents is linked.
      expect(await page.locator('main a[href^="/van-ban/"]').first().textContent()).toMatch(
        /hợp đồng lao động điện tử/i,
      )
      expect(await axe(page)).toEqual([])
      await shoot(page, `da-cong-bo-${name}`)
      await context.close()
    }
  })

  it('refuses malformed list filters with a Vietnamese 400', async () => {
    for (const [query, message] of [
      ['giai-doan=xyz', 'Giai đoạn không hợp lệ'],
      ['trang=0', 'Số trang không hợp lệ'],
      ['linh-vuc=%3Cscript%3E', 'Lĩnh vực không hợp lệ'],
    ] as const) {
      const { status, body } = await fetchPage(`/doi-thoai?${query}`)
      expect(status, query).toBe(400)
      expect(body).toContain(message)
    }
  })

  it('takes a comment on an article from a keyboard-only phone user', async () => {
    const page = await citizen.newPage()
    await page.goto(`/doi-thoai/${dialogue.slug}`)
    expect(await axe(page)).toEqual([])
    await shoot(page, 'dang-lay-y-kien-390')
    await tabTo(page, (el) => el.tag === 'a' && el.text.startsWith('Góp ý điều này') && el.text.includes('Điều 2'))
    await page.keyboard.press('Enter')
    await page.waitForURL(`**/doi-thoai/${dialogue.slug}/gop-y/dieu-2**`)
    expect(await page.locator('#gop-y-dieu').inputValue()).toBe('dieu-2')
    expect(await axe(page), 'the comment form').toEqual([])
    await tabTo(page, (el) => el.id === 'gop-y-noi-dung')
    await page.keyboard.type(commentText)
    await tabTo(page, (el) => el.id === 'gop-y-ho-ten')
    await page.keyboard.type('Nguyễn Văn Nông')
    await tabTo(page, (el) => el.id === 'gop-y-email')
    await page.keyboard.type(email)
    await tabTo(page, (el) => el.id === 'gop-y-dong-y')
    await page.keyboard.press('Space')
    await shoot(page, 'gop-y-dieu-390')
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Gửi góp ý')
    await page.keyboard.press('Enter')
    await page.waitForURL(`**/doi-thoai/${dialogue.slug}/da-gui`, { timeout: 30_000 })
    expect(await page.getByRole('status').first().textContent()).toContain(
      'Góp ý đã được gửi và sẽ được đăng sau khi kiểm duyệt',
    )
    expect(await axe(page), 'the confirmation page').toEqual([])
    const mail = await waitForMail((m) => m.recipients.includes(email), 'the comment confirmation')
    expect(mail.subject).toContain('Đã nhận góp ý')
    await page.close()
  })

  it('publishes the comment, closes, records the decision and publishes the summary table', async () => {
    const rest = restAs(staff.page)
    const list = await rest.get(`/api/dialogue-comments?where[dialogue][equals]=${dialogue.id}&depth=0`)
    const [comment] = ((await list.json()) as { docs: { id: number; body: string; status: string }[] }).docs
    expect(comment).toMatchObject({ body: commentText, status: 'cho-duyet' })
    expect((await rest.patch(`/api/dialogue-comments/${comment!.id}`, { status: 'da-dang' })).status()).toBe(200)

    const page = await citizen.newPage()
    await pollUntil(async () => {
      await page.goto(`/doi-thoai/${dialogue.slug}`)
      return (await page.locator('#dieu-2').textContent())?.includes(commentText)
    }, 'the published comment on the public page')
    // Markup in a comment is shown as text.
    expect(await page.locator('#dieu-2 b').count()).toBe(0)

    const closed = await rest.patch(`/api/dialogues/${dialogue.id}`, {
      closesAt: new Date(Date.now() - 1000).toISOString(),
    })
    expect(closed.status(), await closed.text()).toBe(200)
    const decided = await rest.patch(`/api/dialogue-comments/${comment!.id}`, {
      decision: 'tiep-thu-mot-phan',
      decisionReason: 'Bổ sung hỗ trợ giống cây cho hộ cận nghèo ở xã vùng sâu.',
    })
    expect(decided.status(), await decided.text()).toBe(200)
    expect((await rest.patch(`/api/dialogues/${dialogue.id}`, { summaryPublished: true })).status()).toBe(200)

    await pollUntil(async () => {
      await page.goto(`/doi-thoai/${dialogue.slug}`)
      return (await page.locator('#tong-hop').count()) > 0
    }, 'the summary table on the public page')
    const table = await page.locator('.app-dlg-table').textContent()
    expect(table).toContain('Tiếp thu một phần')
    expect(table).toContain('N.V.N.')
    expect(await page.locator('main').textContent()).not.toContain(email)
    expect(await axe(page)).toEqual([])
    await shoot(page, 'da-cong-bo-moi-390')
    await page.setViewportSize(WIDE)
    await shoot(page, 'da-cong-bo-moi-1280')

    const xlsx = await page.request.get(`/doi-thoai/${dialogue.slug}/tong-hop.xlsx`)
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml')
    const files = unzipSync(new Uint8Array(await xlsx.body()))
    const strings = strFromU8(files['xl/sharedStrings.xml']!)
    expect(strings).toContain(`hộ cận nghèo ${tag}`)
    expect(strings).toContain('Tiếp thu một phần')
    expect(strings).not.toContain(email)
    expect(strings).not.toContain('Nguyễn Văn Nông')
    const pdf = await page.request.get(`/doi-thoai/${dialogue.slug}/tong-hop.pdf`)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    const bytes = await pdf.body()
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    // The comment wraps across lines of its column: look for single words of it.
    const printed = pdfTexts(new Uint8Array(bytes)).join('\n')
    expect(printed).toContain(tag)
    expect(printed).toContain('N.V.N.')
    expect(printed).toContain('Tiếp thu một phần')
    expect(printed).not.toContain(email)
    await page.close()
  })
})
