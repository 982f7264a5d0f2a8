import { AxeBuilder } from '@axe-core/playwright'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LIBRARY_DEMO } from '@/modules/media/seed/library-data'
import {
  adminSession,
  baseURL,
  chooseWorkflowAction,
  fetchPage,
  launchBrowser,
  NARROW,
  newContext,
  restAs,
  saveAndExpectState,
  uniqueTag,
  USERS,
  WIDE,
} from './helpers'

/**
 * A reader of the media library (issue 6 §1): filters the list on a phone, plays a captioned video,
 * opens the YouTube item with the keyboard alone and nothing leaves our server before the click;
 * axe finds no WCAG 2.2 AA violation on the list and on an item of each kind.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const slugOf = (kind: string, nth = 0) => LIBRARY_DEMO.filter((d) => d.kind === kind)[nth]!.slug
const SHOTS = process.env.E2E_SCREENSHOTS

async function axe(page: Page): Promise<string[]> {
  // The PDF reader's frame holds Chromium's own viewer, not our markup.
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).exclude('.app-lib-pdf').analyze()
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`))
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
}

const isOwn = (url: string) => url.startsWith(baseURL()) || url.startsWith('data:') || url.startsWith('blob:')

describe('media library', () => {
  let browser: Browser
  let phone: BrowserContext
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    phone = await newContext(browser, { viewport: NARROW })
    page = await phone.newPage()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('lists the library on a phone, filters by kind and rejects a bad filter in Vietnamese', async () => {
    const response = await page.goto('/thu-vien')
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1').textContent()).resolves.toBe('Thư viện số')
    expect(await page.locator('.app-lib-grid .app-card').count()).toBeGreaterThanOrEqual(LIBRARY_DEMO.length)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width)
    expect(await axe(page)).toEqual([])
    await shot(page, 'list-360')

    await page.locator('#lib-kind').selectOption('am-thanh')
    await Promise.all([page.waitForURL(/loai=am-thanh/), page.getByRole('button', { name: 'Lọc' }).click()])
    const titles = await page.locator('.app-lib-grid .app-card__title').allTextContents()
    const audio = LIBRARY_DEMO.filter((d) => d.kind === 'audio').map((d) => d.title)
    expect(titles).toEqual(expect.arrayContaining(audio))
    expect(titles.every((t) => audio.includes(t))).toBe(true)

    const bad = await fetchPage('/thu-vien?loai=phim')
    expect(bad.status).toBe(400)
    expect(bad.body).toContain('Loại tài liệu không hợp lệ.')
  })

  it('plays an uploaded video with Vietnamese captions loaded and shown', async () => {
    await page.goto(`/thu-vien/${slugOf('video', 1)}`)
    const video = page.locator('video')
    expect(await video.getAttribute('preload')).toBe('none')
    expect(await video.getAttribute('poster')).toMatch(/\/api\/media\/file\//)
    const track = page.locator('video track[kind="captions"][srclang="vi"]')
    expect(await track.getAttribute('default')).not.toBeNull()
    const state = await video.evaluate(async (el: HTMLVideoElement) => {
      el.muted = true
      await el.play()
      const started = Date.now()
      while ((el.currentTime < 1 || (el.textTracks[0]?.cues?.length ?? 0) === 0) && Date.now() - started < 15_000) {
        await new Promise((r) => setTimeout(r, 100))
      }
      el.pause()
      const t = el.textTracks[0]!
      return {
        time: el.currentTime,
        mode: t.mode,
        language: t.language,
        cues: t.cues?.length ?? 0,
        first: (t.cues?.[0] as VTTCue | undefined)?.text,
      }
    })
    expect(state.time).toBeGreaterThan(0.5)
    expect(state).toMatchObject({ mode: 'showing', language: 'vi' })
    expect(state.cues).toBeGreaterThan(0)
    expect(state.first).toContain('Người từ đủ 13')
    expect(await axe(page)).toEqual([])
  })

  it('loads nothing from YouTube until the reader presses “Phát video” with the keyboard', async () => {
    const context = await newContext(browser, { viewport: NARROW })
    const yt = await context.newPage()
    const requests: string[] = []
    yt.on('request', (r: Request) => requests.push(r.url()))
    // No test may depend on the internet: every other origin (the player included) gets a stub page.
    const own = new URL(baseURL()).origin
    await context.route(
      (url) => url.origin !== own,
      (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>stub</title>' }),
    )
    const response = await yt.goto(`/thu-vien/${slugOf('youtube')}`, { waitUntil: 'networkidle' })
    const csp = response?.headers()['content-security-policy'] ?? ''
    expect(csp).toContain("frame-src 'self' https://www.youtube-nocookie.com")
    expect(await yt.locator('iframe').count()).toBe(0)
    expect(requests.filter((u) => !isOwn(u))).toEqual([])
    expect(await axe(yt)).toEqual([])
    await shot(yt, 'youtube-360')

    const play = yt.getByRole('button', { name: /Phát video/ })
    for (let i = 0; i < 80 && !(await play.evaluate((el) => el === document.activeElement)); i++) {
      await yt.keyboard.press('Tab')
    }
    expect(await play.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(requests.filter((u) => !isOwn(u))).toEqual([])
    await yt.keyboard.press('Enter')
    const frame = yt.locator('iframe[src^="https://www.youtube-nocookie.com/embed/"]')
    await frame.waitFor()
    expect(await frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1')
    expect(await frame.getAttribute('title')).toMatch(/^Video YouTube: /)
    await expect.poll(() => requests.some((u) => u.startsWith('https://www.youtube-nocookie.com/embed/'))).toBe(true)
    expect(requests.filter((u) => !isOwn(u)).every((u) => u.startsWith('https://www.youtube-nocookie.com/'))).toBe(true)
    await context.close()
  })

  it('shows an audio programme with its transcript', async () => {
    await page.goto(`/thu-vien/${slugOf('audio')}`)
    expect(await page.locator('audio').getAttribute('preload')).toBe('none')
    await expect(page.locator('#lib-transcript').textContent()).resolves.toBe('Lời thoại')
    expect(await page.locator('.app-lib-transcript').textContent()).toContain('tổng đài 111')
    expect(await axe(page)).toEqual([])
  })

  it('shows an infographic with its alt text and long description', async () => {
    await page.goto(`/thu-vien/${slugOf('infographic')}`)
    const img = page.locator('.app-lib-infographic img')
    expect(await img.getAttribute('alt')).toMatch(/nghỉ hằng năm/)
    expect(await page.locator('#lib-long-description').isVisible()).toBe(true)
    expect(await axe(page)).toEqual([])
    await shot(page, 'infographic-360')
  })

  it('shows an e-book with its metadata, reader and download, at desktop width', async () => {
    const context = await newContext(browser, { viewport: WIDE })
    const desk = await context.newPage()
    const response = await desk.goto(`/thu-vien/${slugOf('ebook')}`)
    expect(await desk.locator('.app-facts').textContent()).toMatch(/Nhà xuất bản.*Năm xuất bản2025/)
    const ld = JSON.parse((await desk.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as {
      '@graph': { '@type': string }[]
    }
    expect(ld['@graph'].map((node) => node['@type'])).toEqual(['Book', 'BreadcrumbList'])
    expect(await desk.locator('meta[property="og:type"]').getAttribute('content')).toBe('book')
    const pdf = await desk.locator('iframe.app-lib-pdf').getAttribute('src')
    expect(pdf).toMatch(/\/api\/library-files\/file\/.+\.pdf$/)
    await expect(desk.getByRole('link', { name: /Tải xuống \(PDF, \d+ KB\)/ }).count()).resolves.toBe(1)
    const file = await fetchPage(pdf!)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(file.body.startsWith('%PDF-')).toBe(true)
    expect(response?.headers()['content-security-policy']).toContain("object-src 'self'")
    expect(await axe(desk)).toEqual([])
    await shot(desk, 'ebook-1280')
    await context.close()
  })

  it('lets a contributor add a YouTube video in the admin and send it for approval, unpublished', async () => {
    const { context, page: admin } = await adminSession(browser, USERS.contributor)
    const title = `Video YouTube thử nghiệm ${uniqueTag()}`
    await admin.goto('/admin/collections/library-items/create')
    // Clicked again until the address field shows: a click (or typing) that lands before the admin
    // form has hydrated is lost, so the YouTube choice comes first and the text after it.
    const youtubeUrl = admin.locator('#field-youtubeUrl')
    for (let i = 0; i < 10; i++) {
      await admin.getByText('Liên kết YouTube', { exact: true }).click()
      if (
        await youtubeUrl.waitFor({ timeout: 3_000 }).then(
          () => true,
          () => false,
        )
      )
        break
    }
    await admin.locator('#field-title').fill(title)
    await admin
      .locator('#field-summary')
      .fill('Video giới thiệu quyền và nghĩa vụ của người lao động khi giao kết hợp đồng.')
    await youtubeUrl.fill('https://www.youtube.com/shorts/a1B2c3D4e5_')
    for (const [field, option] of [
      ['fields', 'Lao động'],
      ['audiences', 'Người lao động'],
    ] as const) {
      await admin.locator(`#field-${field} .rs__control`).click()
      await admin.locator('.rs__option', { hasText: option }).first().click()
    }
    await chooseWorkflowAction(admin, 'Gửi duyệt')
    await saveAndExpectState(admin, 'Chờ duyệt')
    const id = Number(new URL(admin.url()).pathname.split('/').pop())
    const doc = (await (await restAs(admin).get(`/api/library-items/${id}?depth=0`)).json()) as Record<string, unknown>
    expect(doc).toMatchObject({ workflowState: 'submitted', youtubeId: 'a1B2c3D4e5_' })
    expect(doc.youtubeUrl).toBe('https://www.youtube.com/watch?v=a1B2c3D4e5_')
    expect((await fetchPage(`/thu-vien/${String(doc.slug)}`)).status).toBe(404)
    await context.close()
  })
})
