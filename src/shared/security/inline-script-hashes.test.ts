import { describe, expect, it } from 'vitest'
import { inlineScriptHashes, prerenderedPagePolicy } from './inline-script-hashes.mjs'
import { withScriptPolicy } from './isr-cache-handler.mjs'

// Digests computed apart from this code: printf '…' | openssl dgst -sha256 -binary | base64
const ALERT = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
const PAYLOAD = "'sha256-zaIQidfl6lAxy07hTv9WxjoZTPevr44p6YdgfQFzaV0='"

describe('inline script hashes of a prerendered page', () => {
  it('hashes the exact UTF-8 text of each inline script a browser would run, once each', () => {
    const html = `<!doctype html><html><head><script>alert(1)</script></head><body>
      <SCRIPT async id="_R_">self.__next_f.push([1,"Tiếng Việt"])</SCRIPT>
      <script type="module">alert(1)</script>
      <script src="/_next/static/chunks/main.js" async=""></script>
      <script type="application/ld+json">{"@type":"NewsArticle"}</script>
      <script type='application/json' id="data">{}</script>
    </body></html>`
    expect(inlineScriptHashes(html)).toEqual([ALERT, PAYLOAD])
  })

  it('allows our own origin and exactly those scripts, never inline ones in general', () => {
    const policy = prerenderedPagePolicy('<script>alert(1)</script>')
    expect(policy).toBe(`script-src 'self' ${ALERT}; object-src 'none'`)
    expect(prerenderedPagePolicy('<p>Không có script</p>')).toBe("script-src 'self'; object-src 'none'")
  })

  it('adds the policy to a cached page once, and leaves other cache entries alone', () => {
    const page: { kind: string; html: string; headers: Record<string, string> } = {
      kind: 'APP_PAGE',
      html: '<script>alert(1)</script>',
      headers: { 'x-nextjs-prerender': '1' },
    }
    withScriptPolicy(page)
    expect(page.headers).toEqual({
      'x-nextjs-prerender': '1',
      'content-security-policy': `script-src 'self' ${ALERT}; object-src 'none'`,
    })
    // A page entry read again keeps the policy it was stored with.
    page.html = '<script>other()</script>'
    withScriptPolicy(page)
    expect(page.headers['content-security-policy']).toContain(ALERT)
    const noHeaders: { kind: string; html: string; headers?: Record<string, string> } = {
      kind: 'APP_PAGE',
      html: '<script>alert(1)</script>',
    }
    expect(withScriptPolicy(noHeaders).headers?.['content-security-policy']).toContain(ALERT)
    const route = { kind: 'APP_ROUTE', body: Buffer.from('<rss/>'), headers: {} }
    expect(withScriptPolicy(route).headers).toEqual({})
    const fetchEntry = { kind: 'FETCH', data: { body: '<script>alert(1)</script>' } }
    expect(withScriptPolicy(fetchEntry)).toEqual({ kind: 'FETCH', data: { body: '<script>alert(1)</script>' } })
    expect(withScriptPolicy(null)).toBeNull()
  })
})
