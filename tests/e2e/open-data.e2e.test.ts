import { AxeBuilder } from '@axe-core/playwright'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NARROW, baseURL, fetchPage, launchBrowser, newContext } from './helpers'

/**
 * The open API on the production build: the routes answer beside Payload's /api catch-all, with
 * CORS for a foreign origin, ETag/304 and problem+json; /du-lieu-mo on a 360 px phone passes axe,
 * fits the screen and its links are reachable with the keyboard.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('open API on the running server', () => {
  it('serves seeded records with CORS and ETag, 304 on If-None-Match, and problem+json errors', async () => {
    const origin = { Origin: 'https://du-lieu.example.org' }
    const list = await fetchPage('/api/open/v1/legal-documents?limit=2', { headers: origin })
    expect(list.status).toBe(200)
    expect(list.headers.get('access-control-allow-origin')).toBe('*')
    const page = JSON.parse(list.body) as { data: { id: number; number: string }[]; next: string | null }
    expect(page.data).toHaveLength(2)
    expect(page.next).toBeTruthy()
    const etag = list.headers.get('etag')!
    const again = await fetchPage('/api/open/v1/legal-documents?limit=2', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    const item = await fetchPage(`/api/open/v1/legal-documents/${page.data[0]!.id}`)
    expect(JSON.parse(item.body)).toMatchObject({ id: page.data[0]!.id, number: page.data[0]!.number })
    const preflight = await fetch(new URL('/api/open/v1/articles', baseURL()), {
      method: 'OPTIONS',
      headers: { ...origin, 'Access-Control-Request-Method': 'GET' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET')
    const bad = await fetchPage('/api/open/v1/articles?limit=1000')
    expect(bad.status).toBe(400)
    expect(bad.headers.get('content-type')).toContain('application/problem+json')
    expect(JSON.parse(bad.body)).toMatchObject({ status: 400, title: 'Yêu cầu không hợp lệ' })
    const spec = await fetchPage('/api/open/v1/openapi.json')
    expect(JSON.parse(spec.body)).toMatchObject({ openapi: '3.1.0' })
    const schema = await fetchPage('/api/open/v1/schemas/question.schema.json')
    expect(JSON.parse(schema.body)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' })
  })
})

describe('/du-lieu-mo', () => {
  it('is reachable from the footer, fits 360 px, passes axe and its endpoint links work with the keyboard', async () => {
    const context = await newContext(browser, { viewport: NARROW })
    const page = await context.newPage()
    await page.goto('/du-lieu-mo')
    expect(await page.locator('footer a[href="/du-lieu-mo"]').count()).toBe(1)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dữ liệu mở')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
    expect(result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([])
    // Keyboard only: Tab to the articles endpoint and follow it.
    let found = false
    for (let i = 0; i < 120 && !found; i++) {
      await page.keyboard.press('Tab')
      found = await page.evaluate(() => document.activeElement?.getAttribute('href') === '/api/open/v1/articles')
    }
    expect(found).toBe(true)
    await page.keyboard.press('Enter')
    await page.waitForURL('**/api/open/v1/articles', { timeout: 30_000 })
    expect(await page.locator('body').textContent()).toContain('"data"')
    await context.close()
  })
})
