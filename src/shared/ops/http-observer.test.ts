import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { installHttpObserver, uninstallHttpObserver } from './http-observer'
import { requestContextStorage } from './request-context'

/**
 * The observer on a real HTTP server: a 5xx answer to a request whose database query lost its
 * connection goes out as 503 with Retry-After and the outage page (or JSON) instead of the error
 * page, however that page was written; any other answer keeps its status and body.
 */
let server: http.Server
let base: string

const ERROR_PAGE = '<!doctype html><title>Lỗi</title><p>Đã có lỗi xảy ra.</p>'

beforeAll(async () => {
  installHttpObserver()
  server = http.createServer((req, res) => {
    const context = requestContextStorage().getStore()
    const url = req.url ?? '/'
    if (url.startsWith('/lost') || url.startsWith('/api/lost')) context!.databaseConnectionFailed = true
    if (url === '/lost-head') {
      // The explicit form, with the reason phrase and headers of a 500.
      res.writeHead(500, 'Internal Server Error', { 'Content-Type': 'text/plain; charset=utf-8', ETag: '"e"' })
      res.end('lỗi')
      return
    }
    if (url === '/lost-stream') {
      // A compressed error page streamed in chunks, its head implied by the first write.
      res.statusCode = 500
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Content-Encoding', 'gzip')
      const gzip = zlib.createGzip()
      gzip.pipe(res)
      for (let i = 0; i < 50; i++) gzip.write(`${ERROR_PAGE}${i}\n`)
      gzip.end()
      return
    }
    res.statusCode = url === '/lost-ok' ? 200 : 500
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.end(context ? `request ${context.requestId}` : 'no context')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  uninstallHttpObserver()
  await new Promise((resolve) => server.close(resolve))
})

function expectOutageHeaders(res: Response): void {
  expect(res.status).toBe(503)
  expect(res.statusText).toBe('Service Unavailable')
  expect(res.headers.get('retry-after')).toBe('5')
  expect(res.headers.get('cache-control')).toBe('no-store')
}

describe('HTTP observer', () => {
  it('answers 503 with Retry-After and the outage page, not 500, when the request’s database connection was lost', async () => {
    const lost = await fetch(`${base}/lost`)
    expectOutageHeaders(lost)
    expect(lost.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const body = await lost.text()
    expect(body).toContain('Hệ thống đang tạm gián đoạn kết nối cơ sở dữ liệu')
    expect(body).not.toContain('request ')
    expect(Number(lost.headers.get('content-length'))).toBe(Buffer.byteLength(body))

    const head = await fetch(`${base}/lost-head`)
    expectOutageHeaders(head)
    expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(head.headers.get('etag')).toBeNull()
    expect(await head.text()).toContain('<h1>Tạm gián đoạn</h1>')
  })

  it('replaces a compressed error page streamed in chunks', async () => {
    const res = await fetch(`${base}/lost-stream`)
    expectOutageHeaders(res)
    expect(res.headers.get('content-encoding')).toBeNull()
    const body = await res.text()
    expect(body).toContain('tạm gián đoạn')
    expect(body).not.toContain('Đã có lỗi')
    // The connection is still good for the next request (the length said was the length sent).
    expect((await fetch(`${base}/lost-ok`)).status).toBe(200)
  })

  it('answers the API and JSON clients with a Vietnamese JSON message', async () => {
    for (const [path, accept] of [
      ['/api/lost', '*/*'],
      ['/lost', 'application/json'],
    ] as const) {
      const res = await fetch(`${base}${path}`, { headers: { Accept: accept } })
      expectOutageHeaders(res)
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect(await res.json()).toEqual({
        errors: [{ message: 'Hệ thống đang tạm gián đoạn kết nối cơ sở dữ liệu. Vui lòng thử lại sau ít giây.' }],
      })
    }
  })

  it('leaves any other error, and a success, as it was', async () => {
    const plain = await fetch(`${base}/plain`)
    expect(plain.status).toBe(500)
    expect(plain.headers.get('retry-after')).toBeNull()
    expect(await plain.text()).toMatch(/^request [0-9a-f-]{36}$/)
    const ok = await fetch(`${base}/lost-ok`)
    expect(ok.status).toBe(200)
    expect(await ok.text()).toMatch(/^request [0-9a-f-]{36}$/)
  })
})
