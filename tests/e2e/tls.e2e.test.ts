import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http2 from 'node:http2'
import os from 'node:os'
import path from 'node:path'
import tls from 'node:tls'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  findNginx,
  renderSite,
  selfSignedCertificate,
  TLS12_CIPHERS,
  writeConfiguration,
} from '../../deploy/nginx/render.mjs'
import { freePort, pollUntil, stopChild } from '../helpers/processes'
import { baseURL, launchBrowser, newContext } from './helpers'

/**
 * HTTPS terminated in nginx (docs/security.md V9, docs/deployment.md "HTTPS"): the configuration
 * `npm run cluster` writes with CLUSTER_TLS_… (deploy/nginx/render.mjs), run by a real nginx in front
 * of the e2e server, reached over real TLS:
 *  - TLS 1.0 and 1.1 are refused, and so are TLS 1.2 suites without forward secrecy or authenticated
 *    encryption; TLS 1.3 and the allowed 1.2 suites work, over HTTP/2;
 *  - plain http gets a permanent redirect to the same address over https;
 *  - the application, told the visitor came over https, adds HSTS and marks its cookies Secure;
 *  - a browser loads the portal over https without a single plain-http request (mixed content).
 * Needs nginx (apt-get install nginx-light) and openssl; says loudly when missing and skips.
 */

const root = path.resolve(import.meta.dirname, '..', '..')
const NGINX = findNginx()
const OPENSSL = spawnSync('openssl', ['version']).status === 0
if (!NGINX || !OPENSSL) {
  console.warn(
    `\n⚠⚠⚠ SKIPPED: the HTTPS test needs ${[!NGINX && 'nginx (apt-get install nginx-light)', !OPENSSL && 'openssl'].filter(Boolean).join(' and ')}. ⚠⚠⚠\n`,
  )
}

type Ports = { http: number; https: number; refresh: number }
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-e2e-tls-'))
fs.chmodSync(dir, 0o755)
// Removed once both groups below are done (the second writes its refused configurations there too).
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** A TLS handshake with the given client settings: what was agreed, or the alert's code. */
function handshake(
  port: number,
  options: tls.ConnectionOptions,
): Promise<{ protocol?: string; cipher?: string; alpn?: string | false; error?: string }> {
  return new Promise((resolve) => {
    const socket = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', ...options }, () => {
      resolve({
        protocol: socket.getProtocol() ?? undefined,
        cipher: socket.getCipher().name,
        alpn: socket.alpnProtocol ?? undefined,
      })
      socket.end()
    })
    socket.once('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message }))
  })
}

describe.skipIf(!NGINX || !OPENSSL)('HTTPS in nginx', () => {
  let ports: Ports
  let certificate: { certificate: string; key: string }
  let ca: string
  let nginx: ChildProcess
  let browser: Browser

  /** An HTTP/2 request over TLS that checks our certificate (the client trusts it, as a browser would a real one). */
  function get(pathname: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
    return new Promise<{ status: number; headers: http2.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const client = http2.connect(`https://127.0.0.1:${ports.https}`, { ca })
      client.once('error', reject)
      const request = client.request({
        ':method': init.method ?? 'GET',
        ':path': pathname,
        ...init.headers,
      })
      let status = 0
      let headers: http2.IncomingHttpHeaders = {}
      const chunks: Buffer[] = []
      request.on('response', (h) => {
        headers = h
        status = Number(h[':status'])
      })
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => {
        client.close()
        resolve({ status, headers, body: Buffer.concat(chunks).toString('utf8') })
      })
      request.once('error', reject)
      request.end(init.body)
    })
  }

  beforeAll(async () => {
    ports = { http: await freePort(), https: await freePort(), refresh: await freePort() }
    certificate = selfSignedCertificate(path.join(dir, 'tls'), ['localhost', '127.0.0.1'])
    ca = fs.readFileSync(certificate.certificate, 'utf8')
    const upstream = new URL(baseURL()).host
    const args = writeConfiguration({
      nginxBin: NGINX!,
      dir,
      site: renderSite({
        host: '127.0.0.1',
        listenPort: ports.http,
        upstreams: [upstream],
        cacheDir: path.join(dir, 'cache'),
        cacheSeconds: 2,
        refreshToken: 'tls-e2e-refresh-token-0123',
        maxBody: '50m',
        tls: { port: ports.https, refreshListen: `127.0.0.1:${ports.refresh}`, ...certificate },
      }),
    })
    nginx = spawn(NGINX!, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    await pollUntil(
      async () => (await handshake(ports.https, { ca })).protocol,
      'nginx to answer over TLS',
      10_000,
      100,
    )
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await stopChild(nginx, 'SIGQUIT')
  })

  it('speaks TLS 1.3 and 1.2 with forward-secret AEAD suites only, over HTTP/2', async () => {
    const modern = await handshake(ports.https, { ca, ALPNProtocols: ['h2', 'http/1.1'] })
    expect(modern).toMatchObject({ protocol: 'TLSv1.3', alpn: 'h2' })
    // The certificate is checked (issued for localhost and 127.0.0.1): a client that does not trust it stops.
    expect((await handshake(ports.https, {})).error).toBe('DEPTH_ZERO_SELF_SIGNED_CERT')

    const tls12 = await handshake(ports.https, { ca, maxVersion: 'TLSv1.2' })
    expect(tls12.protocol).toBe('TLSv1.2')
    expect(TLS12_CIPHERS).toContain(tls12.cipher)
    // A client offering old protocols (allowed on its side by security level 0) gets the server's refusal.
    for (const version of ['TLSv1', 'TLSv1.1'] as const) {
      const old = await handshake(ports.https, {
        ca,
        minVersion: version,
        maxVersion: version,
        ciphers: 'DEFAULT:@SECLEVEL=0',
      })
      expect(old.error, version).toBe('ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION')
    }
    // TLS 1.2 suites without forward secrecy (RSA key exchange) or with CBC are refused.
    for (const cipher of [
      'AES128-SHA',
      'AES128-GCM-SHA256',
      'AES256-SHA256',
      'ECDHE-RSA-AES128-SHA',
      'ECDHE-RSA-AES256-SHA384',
    ]) {
      const weak = await handshake(ports.https, { ca, maxVersion: 'TLSv1.2', ciphers: `${cipher}:@SECLEVEL=0` })
      expect(weak.error, cipher).toBe('ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE')
    }
  })

  it('sends plain http to the same address over https, permanently', async () => {
    for (const pathname of ['/', '/van-ban?q=%C4%91%E1%BA%A5t%20%C4%91ai&trang=2', '/admin']) {
      const res = await fetch(`http://127.0.0.1:${ports.http}${pathname}`, { redirect: 'manual' })
      expect(res.status, pathname).toBe(301)
      expect(res.headers.get('location'), pathname).toBe(`https://127.0.0.1:${ports.https}${pathname}`)
    }
  })

  it('serves the portal over https with HSTS, and the application marks its cookies Secure there', async () => {
    const home = await get('/')
    expect(home.status).toBe(200)
    expect(home.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
    expect(home.body).toContain('<html lang="vi"')
    // Over plain http to the application itself (no proxy saying https) there is no HSTS: it comes from nginx's word.
    const direct = await fetch(`${baseURL()}/`)
    expect(direct.headers.get('strict-transport-security')).toBeNull()

    // A question sent empty, without JavaScript: back to the form with its messages in cookies, Secure over https.
    const origin = `https://127.0.0.1:${ports.https}`
    const refused = await get('/api/hoi-dap/gui-cau-hoi', {
      method: 'POST',
      headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'hoTen=&cauHoi=',
    })
    expect(refused.status).toBe(303)
    const cookies = ([] as string[]).concat(refused.headers['set-cookie'] ?? [])
    expect(cookies.length).toBeGreaterThan(0)
    for (const cookie of cookies) expect(cookie).toMatch(/;\s*Secure/i)
  })

  it('loads in a browser over https without a single plain-http request', async () => {
    const context = await newContext(browser, { baseURL: `https://127.0.0.1:${ports.https}`, ignoreHTTPSErrors: true })
    const page = await context.newPage()
    const plain: string[] = []
    const mixed: string[] = []
    page.on('request', (request) => {
      if (request.url().startsWith('http:')) plain.push(request.url())
    })
    page.on('console', (message) => {
      if (/mixed content/i.test(message.text())) mixed.push(message.text())
    })
    for (const pathname of ['/', '/tin-tuc', '/van-ban', '/hoi-dap/gui-cau-hoi']) {
      const response = await page.goto(pathname, { waitUntil: 'load' })
      expect(response?.status(), pathname).toBe(200)
      expect(page.url().startsWith('https://'), pathname).toBe(true)
    }
    // Client-side navigation too (the React Server Component requests go through nginx, over https).
    await page.goto('/')
    await page.locator('a[href="/hoi-dap"]:visible').first().click()
    await page.waitForURL(/\/hoi-dap/)
    expect(plain).toEqual([])
    expect(mixed).toEqual([])
    await context.close()
  })
})

describe.skipIf(!NGINX || !OPENSSL)('npm run cluster with HTTPS: what it refuses', () => {
  const run = (env: Record<string, string>) =>
    spawnSync('node', ['scripts/cluster.mjs'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        NODE_ENV: 'production',
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: 'postgres://postgres@127.0.0.1:1/khong-dung',
        REDIS_URL: 'redis://127.0.0.1:1',
        CLUSTER_SKIP_PREPARE: '1',
        CLUSTER_DIR: path.join(dir, 'refused'),
        ...env,
      },
    })

  it('stops with one Vietnamese message for a certificate without its key, an unreadable file or a bad port', () => {
    const cert = path.join(dir, 'refused-cert.pem')
    fs.writeFileSync(cert, 'không phải chứng chỉ')
    const cases: [Record<string, string>, RegExp][] = [
      [{ CLUSTER_TLS_CERT: cert }, /Cần cả CLUSTER_TLS_CERT .* và CLUSTER_TLS_KEY/],
      [
        { CLUSTER_TLS_CERT: cert, CLUSTER_TLS_KEY: path.join(dir, 'khong-co.key') },
        /CLUSTER_TLS_KEY: không đọc được tệp/,
      ],
      [{ CLUSTER_TLS_SELF_SIGNED: '1', CLUSTER_TLS_PORT: '8080' }, /CLUSTER_TLS_PORT không phải số cổng hợp lệ/],
      [{ CLUSTER_TLS_SELF_SIGNED: '1', CLUSTER_REFRESH_LISTEN: 'mọi nơi' }, /CLUSTER_REFRESH_LISTEN phải có dạng/],
      // A file that is not a certificate: nginx's own check says so, before anything starts.
      [{ CLUSTER_TLS_CERT: cert, CLUSTER_TLS_KEY: cert }, /Cấu hình nginx không hợp lệ/],
    ]
    for (const [env, message] of cases) {
      const result = run(env)
      expect(result.status, JSON.stringify(env)).toBe(2)
      expect(result.stderr, JSON.stringify(env)).toMatch(message)
      expect(result.stderr).not.toMatch(/at .*\.mjs:\d+/)
    }
  })
})
