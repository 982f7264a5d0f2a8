import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminSession, launchBrowser, lexicalBody, newContext, pollUntil, restAs, uniqueTag, USERS } from './helpers'

/**
 * The editor-in-chief schedules an article a few seconds ahead; the server's own scheduler
 * (SCHEDULER_INTERVAL_SECONDS=2 in the test server) publishes it without anyone touching it.
 *
 * The article is created through the REST API with the editor-in-chief's browser session cookie
 * (after a real login in the admin UI): the admin's date-and-time picker cannot be set to a moment
 * a few seconds ahead reliably, while the workflow rules applied are exactly the same.
 */

type Created = { doc: { id: number; slug: string; workflowState: string; publishedAt: string } }
type History = { workflowHistory: { action: string; byName: string }[]; workflowState: string }

const tag = uniqueTag()
const title = `Thông tin hẹn giờ ${tag}: lịch tiếp công dân tháng tới của Sở Tư pháp`
const SECTION_SLUG = 'tin-tuc-su-kien'

describe('scheduled publishing', () => {
  let browser: Browser
  let chief: { context: BrowserContext; page: Page }
  let reader: Page
  let created: Created['doc']

  beforeAll(async () => {
    browser = await launchBrowser()
    chief = await adminSession(browser, USERS.chief)
    reader = await (await newContext(browser)).newPage()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('lets the editor-in-chief schedule an article a few seconds ahead', async () => {
    const api = restAs(chief.page)
    const sections = await api.get(`/api/sections?where[slug][equals]=${SECTION_SLUG}&depth=0`)
    const section = ((await sections.json()) as { docs: { id: number }[] }).docs[0]
    expect(section, `section ${SECTION_SLUG}`).toBeDefined()

    const publishedAt = new Date(Date.now() + 8_000).toISOString()
    const res = await api.post('/api/articles', {
      title,
      summary: 'Bài viết được hẹn giờ xuất bản tự động.',
      section: section?.id,
      body: lexicalBody('Sở Tư pháp thông báo lịch tiếp công dân định kỳ trong tháng tới.'),
      publishedAt,
      workflowAction: 'schedule',
    })
    expect(res.status(), await res.text()).toBe(201)
    created = ((await res.json()) as Created).doc
    expect(created.workflowState).toBe('scheduled')
    expect(created.publishedAt).toBe(publishedAt)
  })

  it('keeps the scheduled article off the public site before its time', async () => {
    expect(Date.parse(created.publishedAt)).toBeGreaterThan(Date.now())
    const response = await reader.goto(`/bai-viet/${created.slug}`)
    expect(response?.status()).toBe(404)
    await reader.goto('/')
    expect(await reader.locator('main').innerText()).not.toContain(title)
  })

  it('publishes it on time without anyone touching it', async () => {
    await pollUntil(
      async () => (await reader.goto(`/bai-viet/${created.slug}`))?.status() === 200,
      `/bai-viet/${created.slug} to be published by the scheduler`,
      30_000,
      1_000,
    )
    await expect(reader.locator('h1').innerText()).resolves.toBe(title)
    await pollUntil(
      async () => {
        await reader.goto('/')
        return (await reader.locator('main').getByRole('link', { name: title }).count()) > 0
      },
      'the scheduled article on the home page',
      15_000,
      500,
    )

    const res = await restAs(chief.page).get(`/api/articles/${created.id}?depth=0`)
    const doc = (await res.json()) as History
    expect(doc.workflowState).toBe('published')
    expect(doc.workflowHistory.map((h) => h.action)).toEqual(['schedule', 'publish'])
    expect(doc.workflowHistory[1]?.byName).toBe('Hệ thống (xuất bản theo lịch)')
  })
})
