import { describe, expect, it } from 'vitest'
import { buildRoutesOf, createNonce, isRenderedPerRequest, noncePolicy, routeFor } from './script-nonce'

// The shapes of Next.js's app-path-routes-manifest.json and prerender-manifest.json, cut down.
const routes = buildRoutesOf(
  Object.fromEntries(
    [
      '/',
      '/[...khong-tim-thay]',
      '/tin-tuc',
      '/tim-kiem',
      '/bai-viet/[slug]',
      '/hoi-dap',
      '/hoi-dap/[slug]',
      '/hoi-dap/gui-cau-hoi',
      '/chuyen-muc/[slug]/trang/[page]',
      '/admin/[[...segments]]',
      '/đơn-vị',
    ]
      .map((p) => [`/(frontend)${p === '/' ? '' : p}/page`, p])
      .concat([['/(frontend)/api/hoi-dap/gui-cau-hoi/route', '/api/hoi-dap/gui-cau-hoi']]),
  ),
  {
    routes: { '/': {}, '/tin-tuc': {}, '/bai-viet/luat-dat-dai-2024': {}, '/đơn-vị': {} },
    dynamicRoutes: { '/bai-viet/[slug]': {}, '/hoi-dap/[slug]': {}, '/chuyen-muc/[slug]/trang/[page]': {} },
  },
)

describe('which pages get a script nonce', () => {
  it('routes a path as Next.js does: fixed segments first, then parameters, then catch-alls', () => {
    expect(routeFor('/hoi-dap/gui-cau-hoi', routes)).toBe('/hoi-dap/gui-cau-hoi')
    expect(routeFor('/hoi-dap/mot-cau-hoi', routes)).toBe('/hoi-dap/[slug]')
    expect(routeFor('/hoi-dap/a/b', routes)).toBe('/[...khong-tim-thay]')
    expect(routeFor('/admin', routes)).toBe('/admin/[[...segments]]')
    expect(routeFor('/admin/collections/articles', routes)).toBe('/admin/[[...segments]]')
    expect(routeFor('/', routes)).toBe('/')
  })

  it('leaves prerendered and regenerated pages alone', () => {
    expect(isRenderedPerRequest('/', routes)).toBe(false)
    expect(isRenderedPerRequest('/tin-tuc', routes)).toBe(false)
    expect(isRenderedPerRequest('/tin-tuc/', routes)).toBe(false)
    expect(isRenderedPerRequest('/bai-viet/bai-moi-chua-dung', routes)).toBe(false)
    expect(isRenderedPerRequest('/hoi-dap/mot-cau-hoi', routes)).toBe(false)
    expect(isRenderedPerRequest('/chuyen-muc/tin-tuc/trang/2', routes)).toBe(false)
    expect(isRenderedPerRequest(encodeURI('/đơn-vị'), routes)).toBe(false)
  })

  it('nonces the pages rendered per request', () => {
    expect(isRenderedPerRequest('/tim-kiem', routes)).toBe(true)
    expect(isRenderedPerRequest('/hoi-dap', routes)).toBe(true)
    expect(isRenderedPerRequest('/hoi-dap/gui-cau-hoi', routes)).toBe(true)
    expect(isRenderedPerRequest('/admin/collections/articles', routes)).toBe(true)
    // Unknown paths render the catch-all's not-found page per request.
    expect(isRenderedPerRequest('/bai-viet/a/b', routes)).toBe(true)
    expect(isRenderedPerRequest('/%E0%A4%A', routes)).toBe(true)
  })

  it('gives no nonce where no page matches (Next.js serves its prerendered not-found page)', () => {
    const bare = buildRoutesOf({ '/(frontend)/tin-tuc/page': '/tin-tuc' }, { routes: {} })
    expect(isRenderedPerRequest('/khac', bare)).toBe(false)
    expect(isRenderedPerRequest('/tin-tuc', bare)).toBe(true)
  })
})

describe('the nonce policy', () => {
  it('is fresh each time and allows only nonced scripts and what they load', () => {
    const a = createNonce()
    const b = createNonce()
    expect(a).not.toBe(b)
    expect(Buffer.from(a, 'base64')).toHaveLength(16)
    const policy = noncePolicy(a, false)
    expect(policy).toContain(`script-src 'self' 'nonce-${a}' 'strict-dynamic'`)
    expect(policy).not.toContain('unsafe-inline')
    expect(policy).not.toContain('unsafe-eval')
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("frame-ancestors 'self'")
    expect(noncePolicy(a, true)).toContain("'unsafe-eval'")
  })
})
