import { describe, expect, it } from 'vitest'
import { crossSiteReason, type OriginCheckInput } from './same-origin'

const base = (headers: Record<string, string>, extra: Partial<OriginCheckInput> = {}): OriginCheckInput => ({
  method: 'POST',
  url: 'http://127.0.0.1:3000/hoi-dap/gui-cau-hoi',
  headers: new Headers({ host: '127.0.0.1:3000', ...headers }),
  ...extra,
})

describe('cross-site request refusal', () => {
  it('lets reads through whatever their origin', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      expect(
        crossSiteReason(base({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, { method })),
      ).toBeNull()
    }
  })

  it('accepts writes from the portal itself', () => {
    expect(crossSiteReason(base({ origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' }))).toBeNull()
    // Upper case and a default port are the same origin.
    expect(crossSiteReason(base({ origin: 'HTTP://127.0.0.1:3000' }))).toBeNull()
  })

  it('accepts the public name behind a proxy, and configured extra origins', () => {
    const proxied = (origin: string, extra: Partial<OriginCheckInput> = {}) =>
      crossSiteReason(
        base(
          { origin, host: 'app1:3000', 'x-forwarded-host': 'pbgdpl.longan.gov.vn', 'x-forwarded-proto': 'https' },
          extra,
        ),
      )
    expect(proxied('https://pbgdpl.longan.gov.vn')).toBeNull()
    expect(proxied('http://pbgdpl.longan.gov.vn')).toMatch(/Origin/)
    expect(
      crossSiteReason(
        base(
          { origin: 'https://phobienphapluat.longan.gov.vn' },
          { publicUrl: 'https://phobienphapluat.longan.gov.vn/' },
        ),
      ),
    ).toBeNull()
    expect(
      crossSiteReason(
        base({ origin: 'https://b.example' }, { trustedOrigins: 'https://a.example, https://b.example' }),
      ),
    ).toBeNull()
  })

  it('refuses writes that another site made the browser send', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'post']) {
      expect(crossSiteReason(base({ origin: 'https://evil.example' }, { method }))).toBe('Origin https://evil.example')
    }
    // Same host, other port or scheme: another origin.
    expect(crossSiteReason(base({ origin: 'http://127.0.0.1:4000' }))).toMatch(/Origin/)
    expect(crossSiteReason(base({ origin: 'https://127.0.0.1:3000' }))).toMatch(/Origin/)
    // A sandboxed frame or data: page, and garbage.
    expect(crossSiteReason(base({ origin: 'null' }))).toBe('Origin: null')
    expect(crossSiteReason(base({ origin: 'not a url' }))).toMatch(/không hợp lệ/)
    // No Origin, but the browser says where it came from.
    expect(crossSiteReason(base({ 'sec-fetch-site': 'cross-site' }))).toMatch(/cross-site/)
    expect(crossSiteReason(base({ 'sec-fetch-site': 'same-site' }))).toMatch(/same-site/)
  })

  it('refuses a cookie sent with an Authorization header from elsewhere', () => {
    expect(
      crossSiteReason(base({ origin: 'https://evil.example', authorization: 'x', cookie: 'payload-token=1' })),
    ).toMatch(/Origin/)
  })

  it('lets clients without a browser and token-only API clients through', () => {
    expect(crossSiteReason(base({}))).toBeNull()
    expect(crossSiteReason(base({ 'sec-fetch-site': 'none' }))).toBeNull()
    expect(crossSiteReason(base({ origin: 'https://app.example', authorization: 'users API-Key abc' }))).toBeNull()
  })
})
