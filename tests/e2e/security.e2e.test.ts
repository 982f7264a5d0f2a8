import { describe, expect, it } from 'vitest'
import { baseURL } from './helpers'

/** What the server answers to abuse, before any page or Payload code runs. */
describe('abuse limits', () => {
  it('answers 429 in Vietnamese after too many login attempts from one address', async () => {
    const attempt = () =>
      fetch(`${baseURL()}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.77', origin: baseURL() },
        body: JSON.stringify({ email: 'khong-ton-tai@example.vn', password: 'sai-mat-khau' }),
      })
    const statuses: number[] = []
    for (let i = 0; i < 60; i++) statuses.push((await attempt()).status)
    expect(statuses.every((s) => s !== 429 && s < 500)).toBe(true)
    const blocked = await attempt()
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
    const body = (await blocked.json()) as { errors: { message: string }[] }
    expect(body.errors[0]?.message).toMatch(/quá nhiều lần/)
    // Another address is not affected.
    const other = await fetch(`${baseURL()}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.78', origin: baseURL() },
      body: JSON.stringify({ email: 'khong-ton-tai@example.vn', password: 'sai-mat-khau' }),
    })
    expect(other.status).not.toBe(429)
  })

  it('refuses an oversized upload with 413 and a Vietnamese message before reading it', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(26 * 1024 * 1024)], { type: 'application/pdf' }), 'lon.pdf')
    const res = await fetch(`${baseURL()}/api/files`, { method: 'POST', body: form, headers: { origin: baseURL() } })
    expect(res.status).toBe(413)
    const body = (await res.json()) as { errors: { message: string }[] }
    expect(body.errors[0]?.message).toMatch(/Tệp quá lớn/)
  })
})

/** The security headers of next.config.mjs (src/shared/security/headers.mjs) on the production build. */
describe('security headers', () => {
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${baseURL()}${path}`, { headers, redirect: 'manual' })

  it('come with public pages, the admin, the API and uploaded files alike', async () => {
    for (const path of ['/', '/van-ban', '/admin/login', '/api/open/v1/openapi.json', '/rss.xml']) {
      const res = await get(path)
      expect(res.status, path).toBeLessThan(500)
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(res.headers.get('x-frame-options'), path).toBe('SAMEORIGIN')
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('permissions-policy'), path).toContain('camera=()')
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'self'")
      expect(res.headers.get('content-security-policy'), path).toContain("object-src 'self'")
      // Plain http (the proxy in front says nothing): no HSTS.
      expect(res.headers.get('strict-transport-security'), path).toBeNull()
    }
  })

  it('add HSTS when the request came in over https through the proxy', async () => {
    const res = await get('/', { 'x-forwarded-proto': 'https' })
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
  })

  it('keep the library’s own, stricter policy on its pages', async () => {
    const res = await get('/thu-vien')
    expect(res.status).toBe(200)
    const policy = res.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("default-src 'self'")
    expect(policy).toContain("frame-ancestors 'self'")
  })
})
