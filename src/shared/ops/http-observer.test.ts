import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { installHttpObserver, uninstallHttpObserver } from './http-observer'
import { requestContextStorage } from './request-context'

/**
 * The observer on a real HTTP server: a 5xx answer to a request whose database query lost its
 * connection goes out as 503 with Retry-After; any other answer keeps its status.
 */
let server: http.Server
let base: string

beforeAll(async () => {
  installHttpObserver()
  server = http.createServer((req, res) => {
    const context = requestContextStorage().getStore()
    if (req.url?.startsWith('/lost')) context!.databaseConnectionFailed = true
    if (req.url === '/lost-head') {
      // The explicit form, with the reason phrase and headers of a 500.
      res.writeHead(500, 'Internal Server Error', { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('lỗi')
      return
    }
    res.statusCode = req.url === '/lost-ok' ? 200 : 500
    res.end(context ? `request ${context.requestId}` : 'no context')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  uninstallHttpObserver()
  await new Promise((resolve) => server.close(resolve))
})

describe('HTTP observer', () => {
  it('answers 503 with Retry-After, not 500, when the request’s database connection was lost', async () => {
    const lost = await fetch(`${base}/lost`)
    expect(lost.status).toBe(503)
    expect(lost.headers.get('retry-after')).toBe('5')
    expect(lost.headers.get('cache-control')).toBe('no-store')
    expect(await lost.text()).toMatch(/^request [0-9a-f-]{36}$/)
    const head = await fetch(`${base}/lost-head`)
    expect(head.status).toBe(503)
    expect(head.statusText).toBe('Service Unavailable')
    expect(head.headers.get('content-type')).toBe('text/plain; charset=utf-8')
  })

  it('leaves any other error, and a success, as it was', async () => {
    const plain = await fetch(`${base}/plain`)
    expect(plain.status).toBe(500)
    expect(plain.headers.get('retry-after')).toBeNull()
    expect((await fetch(`${base}/lost-ok`)).status).toBe(200)
  })
})
