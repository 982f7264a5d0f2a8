import AxeBuilder from '@axe-core/playwright'
import { build } from 'esbuild'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HONEYPOT_FIELD, POW_FIELD } from '../fields'
import { createChallenge, verifySolution } from '../pow'

/**
 * <AntiSpamFields /> in real Chromium, without a Next.js build: the component is bundled with
 * esbuild into a tiny page served by a Node server that issues challenges (slowly, on purpose,
 * so forms get sent before the work is done) and checks what the forms post.
 */

const root = path.resolve(import.meta.dirname, '../../../..')
const shotDir = process.env.SCREENSHOT_DIR || path.join(os.tmpdir(), 'pbgdpl-antispam-shots')
let server: http.Server
let base = ''
let browser: Browser
let challengeDelayMs = 0
/** how many of the next challenge requests fail with a 503 */
let failNextChallenges = 0
let challengeRequests = 0
const received: Array<{ via: string; name: string; pow: string; honeypot: string }> = []

const ENTRY = `
import { createRoot } from 'react-dom/client'
import { useState } from 'react'
import { AntiSpamFields } from './src/shared/antispam/ui/anti-spam-fields'

function JsForm() {
  const [result, setResult] = useState('')
  return (
    <form id="js-form" onSubmit={async (e) => {
      e.preventDefault()
      const data = new FormData(e.currentTarget)
      const res = await fetch('/send?via=js', { method: 'POST', body: new URLSearchParams(data as never) })
      setResult(await res.text())
    }}>
      <label htmlFor="js-name">Họ và tên (biểu mẫu JS)</label>
      <input id="js-name" name="name" />
      <AntiSpamFields />
      <button type="submit">Gửi bằng JS</button>
      <p id="js-result">{result}</p>
    </form>
  )
}

function App() {
  return (
    <main>
      <h1>Thử biểu mẫu</h1>
      <form id="plain-form" method="post" action="/send?via=plain">
        <label htmlFor="plain-name">Họ và tên</label>
        <input id="plain-name" name="name" />
        <AntiSpamFields />
        <button type="submit">Gửi câu hỏi</button>
      </form>
      <JsForm />
    </main>
  )
}
createRoot(document.getElementById('app')!).render(<App />)
`

const page = (css: string) => `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Thử chống thư rác</title>
<style>body{font-family:sans-serif;padding:1rem} input,button{display:block;margin:.5rem 0;font-size:1rem}
:focus-visible{outline:3px solid #b35c00} form{border:1px solid #777;padding:1rem;margin:1rem 0}</style>
<style>${css}</style></head><body><div id="app"></div><script type="module" src="/app.js"></script></body></html>`

beforeAll(async () => {
  process.env.PAYLOAD_SECRET ||= 'integration-test-secret-0123456789'
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'tsx', sourcefile: 'entry.tsx' },
    bundle: true,
    write: false,
    format: 'esm',
    outdir: path.join(os.tmpdir(), 'pbgdpl-antispam-bundle'),
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  })
  const js = bundle.outputFiles.find((f) => f.path.endsWith('.js'))!.text
  const css = bundle.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? ''
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    if (url.pathname === '/app.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(js)
    if (url.pathname === '/api/chong-spam/thu-thach') challengeRequests++
    if (url.pathname === '/api/chong-spam/thu-thach' && failNextChallenges > 0) {
      failNextChallenges--
      return res.writeHead(503).end()
    }
    if (url.pathname === '/api/chong-spam/thu-thach') {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
        res.end(JSON.stringify(createChallenge({ maxNumber: 20_000 })))
      }, challengeDelayMs)
      return
    }
    if (url.pathname === '/send' && req.method === 'POST') {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString()))
      req.on('end', () => {
        const form = new URLSearchParams(body)
        const entry = {
          via: url.searchParams.get('via') ?? '',
          name: form.get('name') ?? '',
          pow: form.get(POW_FIELD) ?? '',
          honeypot: form.get(HONEYPOT_FIELD) ?? '',
        }
        received.push(entry)
        const ok = verifySolution(entry.pow).ok && entry.honeypot === ''
        res.writeHead(ok ? 200 : 400, { 'content-type': 'text/html; charset=utf-8' })
        res.end(ok ? `<p id="done">Đã nhận câu hỏi của ${entry.name}</p>` : '<p>Bị từ chối</p>')
      })
      return
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(css))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  fs.mkdirSync(shotDir, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
})

async function open(width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'vi-VN' })
  const p = await context.newPage()
  await p.goto(base)
  await p.locator('#plain-name').waitFor()
  return p
}

describe('AntiSpamFields in Chromium', () => {
  it('solves in the background and says so in a polite live region', async () => {
    challengeDelayMs = 0
    const p = await open()
    const status = p.locator('#plain-form [role="status"]')
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Đã sẵn sàng gửi.')
    expect(await status.getAttribute('aria-live')).toBe('polite')
    expect(await p.locator(`#plain-form input[name="${POW_FIELD}"]`).inputValue()).not.toBe('')
    await p.screenshot({ path: path.join(shotDir, 'antispam-1280.png'), fullPage: true })
    await p.context().close()
  })

  it('a keyboard user who sends before the check is done is not stuck: the form waits, then posts itself', async () => {
    challengeDelayMs = 1500
    const p = await open(390)
    await p.keyboard.press('Tab')
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('plain-name')
    await p.keyboard.type('Trần Thị Bình')
    await p.keyboard.press('Enter')
    await expect
      .poll(
        () =>
          p
            .locator('#plain-form [role="status"]')
            .textContent()
            .catch(() => ''),
        { timeout: 5_000 },
      )
      .toContain('biểu mẫu sẽ tự gửi')
    await p.screenshot({ path: path.join(shotDir, 'antispam-390-waiting.png'), fullPage: true })
    await p.locator('#done').waitFor({ timeout: 20_000 })
    expect(await p.locator('#done').textContent()).toBe('Đã nhận câu hỏi của Trần Thị Bình')
    const last = received.at(-1)!
    expect(last).toMatchObject({ via: 'plain', name: 'Trần Thị Bình', honeypot: '' })
    expect(verifySolution(last.pow).ok).toBe(true)
    await p.context().close()
  })

  it('a form with a JS submit handler reads the solution from FormData', async () => {
    challengeDelayMs = 800
    const p = await open()
    await p.locator('#js-name').fill('Lê Văn Cường')
    await p.getByRole('button', { name: 'Gửi bằng JS' }).click()
    await expect
      .poll(() => p.locator('#js-result').textContent(), { timeout: 20_000 })
      .toContain('Đã nhận câu hỏi của Lê Văn Cường')
    expect(received.at(-1)).toMatchObject({ via: 'js', honeypot: '' })
    await p.context().close()
  })

  it('the honeypot is never reached by the keyboard nor exposed to screen readers', async () => {
    challengeDelayMs = 0
    const p = await open()
    const focused: string[] = []
    for (let i = 0; i < 8; i++) {
      await p.keyboard.press('Tab')
      focused.push(await p.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? ''))
    }
    expect(focused).not.toContain(HONEYPOT_FIELD)
    const tree = await p.locator('body').ariaSnapshot()
    expect(tree).not.toContain('để trống')
    expect(tree).toContain('Họ và tên')
    await p.context().close()
  })

  it('when the challenge cannot be fetched, says so, and the next send tries again and goes through', async () => {
    challengeDelayMs = 0
    failNextChallenges = 2 // both forms of the page fail their first fetch
    const p = await open()
    const status = p.locator('#plain-form [role="status"]')
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('Chưa kiểm tra được chống thư rác')
    await p.locator('#plain-name').fill('Hoàng Văn Em')
    await p.getByRole('button', { name: 'Gửi câu hỏi' }).click()
    await p.locator('#done').waitFor({ timeout: 20_000 })
    expect(received.at(-1)).toMatchObject({ via: 'plain', name: 'Hoàng Văn Em' })
    await p.context().close()
  })

  it('a phone whose clock is 20 minutes fast still sends (lifetime measured on the server clock)', async () => {
    challengeDelayMs = 0
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, locale: 'vi-VN' })
    await context.clock.install({ time: Date.now() + 20 * 60_000 })
    await context.clock.resume()
    const p = await context.newPage()
    await p.goto(base)
    await p.locator('#plain-name').fill('Đỗ Thị Giang')
    await expect
      .poll(() => p.locator('#plain-form [role="status"]').textContent(), { timeout: 15_000 })
      .toBe('Đã sẵn sàng gửi.')
    const before = { posts: received.length, challenges: challengeRequests }
    await p.getByRole('button', { name: 'Gửi câu hỏi' }).click()
    await p.locator('#done').waitFor({ timeout: 20_000 })
    expect(received.length).toBe(before.posts + 1)
    // the work done in the background was used, not thrown away as "expired"
    expect(challengeRequests).toBe(before.challenges)
    await context.close()
  })

  it('has no axe violations', async () => {
    const p = await open()
    const results = await new AxeBuilder({ page: p }).analyze()
    expect(results.violations.map((v) => v.id)).toEqual([])
    await p.context().close()
  })
})
