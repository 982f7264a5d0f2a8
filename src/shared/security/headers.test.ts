import { describe, expect, it } from 'vitest'
import { HSTS_HEADER, SECURITY_HEADERS, SITE_CSP, securityHeaderRules } from './headers.mjs'

describe('security headers', () => {
  it('sends the ASVS V14.4 headers on every path', () => {
    const [all] = securityHeaderRules()
    expect(all?.source).toBe('/:path*')
    expect(Object.fromEntries(all!.headers.map((h) => [h.key, h.value]))).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'SAMEORIGIN',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    })
    expect(SECURITY_HEADERS.find((h) => h.key === 'Permissions-Policy')?.value).toContain('camera=()')
  })

  it('keeps scripts, framing, plugins, <base> and form posts to our own origin', () => {
    // No script from another site and no eval, on every page (inline: the prerendered pages' bootstrap).
    expect(SITE_CSP).toMatch(/(^|; )script-src 'self' 'unsafe-inline'(;|$)/)
    for (const directive of ["frame-ancestors 'self'", "object-src 'self'", "base-uri 'self'", "form-action 'self'"]) {
      expect(SITE_CSP).toContain(directive)
    }
  })

  it('adds HSTS only when the request came in over https', () => {
    const hsts = securityHeaderRules().find((r) => r.headers.includes(HSTS_HEADER))
    expect(hsts?.has).toEqual([{ type: 'header', key: 'x-forwarded-proto', value: 'https' }])
    expect(HSTS_HEADER.value).toMatch(/max-age=31536000/)
  })
})
