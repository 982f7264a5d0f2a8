import { createHash } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseURL, launchBrowser, loginAdmin, newContext, USERS } from './helpers'

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

  it('answers what the security scan found with 4xx, never 500: writes to static files, missing uploads', async () => {
    const home = await (await fetch(`${baseURL()}/`)).text()
    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1]
    expect(chunk).toBeTruthy()
    for (const path of [chunk!, '/favicon.svg', '/emblem.svg']) {
      const res = await fetch(`${baseURL()}${path}`, {
        method: 'POST',
        body: 'x=1',
        headers: { accept: 'application/json' },
      })
      expect(res.status, path).toBe(405)
      expect(res.headers.get('allow')).toBe('GET, HEAD')
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/chỉ để đọc/)
      // Reading them still works.
      expect((await fetch(`${baseURL()}${path}`)).status, path).toBe(200)
    }
    for (const path of ['/api/media/file/khong-co-tep-nay.html', '/api/files/file/khong-co.pdf']) {
      const res = await fetch(`${baseURL()}${path}`)
      expect(res.status, path).toBe(404)
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/Không tìm thấy tệp/)
    }
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
      // 'none' on pages rendered per request (their nonce policy), 'self' elsewhere.
      expect(res.headers.get('content-security-policy'), path).toMatch(/object-src '(self|none)'/)
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

/**
 * Cross-site request forgery (src/shared/security/same-origin.ts): a state-changing request that
 * another site makes the browser send is refused before any handler runs. The attacking page is
 * served from another port of 127.0.0.1, which browsers count as the same site, so SameSite cookies
 * alone would not stop it.
 */
describe('cross-site request forgery', () => {
  it('refuses a form that another site makes the browser post, with a Vietnamese page', async () => {
    const attack = `<!doctype html><html><body>
      <form id="f" method="post" action="${baseURL()}/api/hoi-dap/gui-cau-hoi">
        <input name="title" value="Câu hỏi giả mạo từ trang khác">
        <input name="question" value="Nội dung do một trang web khác gửi thay người dùng.">
        <input name="fullName" value="Nguyễn Văn A"><input name="email" value="a@example.vn">
      </form><script>document.getElementById('f').submit()</script></body></html>`
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      res.end(attack)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      const refused = page.waitForResponse((r) => r.url().endsWith('/api/hoi-dap/gui-cau-hoi'))
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
      const response = await refused
      expect(response.status()).toBe(403)
      await page.waitForURL(`${baseURL()}/api/hoi-dap/gui-cau-hoi`)
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Yêu cầu bị từ chối')
      await expect(page.locator('main').textContent()).resolves.toContain('gửi từ một trang web khác')
    } finally {
      await browser.close()
      server.close()
    }
  })

  it('refuses API writes from another origin, and lets the portal’s own and non-browser clients through', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${baseURL()}/api/users/logout`, { method: 'POST', headers: { accept: 'application/json', ...headers } })
    const refused: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example', authorization: 'JWT x', cookie: 'payload-token=x' },
    ]
    for (const headers of refused) {
      const res = await post(headers)
      expect(res.status, JSON.stringify(headers)).toBe(403)
      const body = (await res.json()) as { errors: { message: string }[] }
      expect(body.errors[0]?.message).toMatch(/trang web khác/)
    }
    const accepted: Record<string, string>[] = [{ origin: baseURL() }, { 'sec-fetch-site': 'same-origin' }, {}]
    for (const headers of accepted) {
      expect((await post(headers)).status, JSON.stringify(headers)).not.toBe(403)
    }
    // Reads are never refused.
    const read = await fetch(`${baseURL()}/van-ban`, { headers: { origin: 'https://evil.example' } })
    expect(read.status).toBe(200)
  })
})

/** A page whose Content-Security-Policy violations are collected from its first script on. */
async function watchViolations(browser: Browser) {
  const context = await newContext(browser)
  await context.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  const page = await context.newPage()
  const violations = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
  return { context, page, violations }
}

/** Script nonces (src/shared/security/script-nonce.ts) on the pages rendered per request. */
describe('script nonces', () => {
  const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1]

  it('put a fresh nonce on every script of a page rendered per request', async () => {
    const nonces: string[] = []
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${baseURL()}/tim-kiem?q=${encodeURIComponent('đất đai')}`)
      expect(res.status).toBe(200)
      const policy = res.headers.get('content-security-policy')
      expect(policy).toContain("'strict-dynamic'")
      expect(policy).not.toContain("'unsafe-inline'")
      const nonce = nonceOf(policy)
      expect(nonce).toBeTruthy()
      nonces.push(nonce ?? '')
      const html = await res.text()
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
        .map((m) => m[1] ?? '')
        .filter((attrs) => !attrs.includes('application/ld+json'))
      expect(scripts.length).toBeGreaterThan(0)
      for (const attrs of scripts) expect(attrs, attrs).toContain(`nonce="${nonce}"`)
    }
    expect(nonces[0]).not.toBe(nonces[1])
  })

  it('give each prerendered page a policy that allows exactly its own inline scripts, by hash', async () => {
    // A prerendered page, an ISR list and an article regenerated on demand: the first visit renders
    // it into the cache, the second is served from there; both carry the hashes.
    const list = await (await fetch(`${baseURL()}/tin-tuc`)).text()
    const article = /href="(\/bai-viet\/[^"?#]+)"/.exec(list)?.[1]
    expect(article, 'an article linked from /tin-tuc').toBeTruthy()
    for (const path of ['/', '/van-ban/tai-lieu', article!, article!]) {
      const res = await fetch(`${baseURL()}${path}`)
      expect(res.status, path).toBe(200)
      // fetch() joins the two policies with ", ": the site-wide one and the page's own.
      const policies = (res.headers.get('content-security-policy') ?? '').split(/,\s*/)
      expect(policies, path).toHaveLength(2)
      for (const policy of policies) expect(policy, path).not.toContain('nonce-')
      const own = policies.find((policy) => policy.includes("'sha256-"))
      expect(own, path).toBeTruthy()
      expect(own, path).not.toContain("'unsafe-inline'")
      const html = await res.text()
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attrs]) => !/\bsrc=/.test(attrs ?? '') && !/type="application\/(ld\+)?json"/.test(attrs ?? ''),
      )
      expect(inline.length, path).toBeGreaterThan(0)
      for (const [, , text] of inline) {
        expect(own, path).toContain(
          `'sha256-${createHash('sha256')
            .update(text ?? '')
            .digest('base64')}'`,
        )
      }
    }
  })

  it('run a prerendered page without a violation, and refuse a script file from another site there', async () => {
    const browser = await launchBrowser()
    try {
      const { context, page, violations } = await watchViolations(browser)
      await page.goto('/')
      await page.waitForLoadState('load')
      await page.waitForTimeout(500)
      expect(await violations()).toEqual([])
      // What an injected <script src> would do: the browser does not even fetch it.
      const other = new URL(baseURL())
      other.port = String(Number(other.port) + 7)
      await page.evaluate((src) => {
        const script = document.createElement('script')
        script.src = src
        document.body.append(script)
      }, `${other.origin}/injected.js`)
      await expect.poll(async () => (await violations()).length).toBeGreaterThan(0)
      expect((await violations())[0]).toMatch(/^script-src(-elem)? .*injected\.js$/)
      await context.close()
    } finally {
      await browser.close()
    }
  })

  it('refuse an inline script that was not in the prerendered page when it was rendered', async () => {
    // What stored markup that slipped into the cached HTML would do: the page arrives with its own
    // headers and one more inline script, which the browser must not run.
    const browser = await launchBrowser()
    try {
      const { context, page, violations } = await watchViolations(browser)
      await page.route(`${baseURL()}/`, async (route) => {
        const original = await route.fetch()
        const body = (await original.text()).replace('</body>', '<script>window.__injected = 1</script></body>')
        await route.fulfill({ response: original, body })
      })
      await page.goto('/')
      await page.waitForLoadState('load')
      await expect.poll(async () => (await violations()).length).toBeGreaterThan(0)
      expect(await violations()).toEqual([expect.stringMatching(/^script-src(-elem)? inline$/)])
      expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined()
      // The page's own scripts ran: Next.js hydrated it (its router is there).
      expect(await page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe('object')
      await context.close()
    } finally {
      await browser.close()
    }
  })

  it('run the admin and the public forms under the nonce policy without a single violation', async () => {
    const browser = await launchBrowser()
    try {
      const { context, page, violations } = await watchViolations(browser)
      for (const path of ['/hoi-dap/gui-cau-hoi', '/tim-kiem?q=lao+%C4%91%E1%BB%99ng', '/thu-vien']) {
        const res = await page.goto(path)
        expect(nonceOf(res?.headers()['content-security-policy'] ?? null), path).toBeTruthy()
        // Loaded, and React has hydrated the page (the ask form polls for its challenge, so the
        // network never goes idle there).
        await page.waitForLoadState('load')
        await page.waitForFunction(() => document.querySelector('[data-hydrated], form, main') !== null)
        await page.waitForTimeout(500)
        expect(await violations(), path).toEqual([])
      }
      // The admin's sign-in form is a React form: it works only when the nonced scripts ran.
      const login = await page.goto('/admin/login')
      expect(nonceOf(login?.headers()['content-security-policy'] ?? null)).toBeTruthy()
      await loginAdmin(page, USERS.contributor)
      await page.goto('/admin/collections/articles')
      await page.locator('.collection-list, .list-controls').first().waitFor({ timeout: 30_000 })
      expect(await violations()).toEqual([])
      await context.close()
    } finally {
      await browser.close()
    }
  })
})
