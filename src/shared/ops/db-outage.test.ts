import { describe, expect, it } from 'vitest'
import {
  databaseDown,
  isConnectionError,
  outageResponse,
  registerDatabaseProbe,
  reportDatabaseError,
} from './db-outage'

describe('database outage', () => {
  it('tells a lost connection from a failed query, through wrapped causes', () => {
    expect(
      isConnectionError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })),
    ).toBe(true)
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true)
    expect(
      isConnectionError(
        Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      ),
    ).toBe(true)
    expect(
      isConnectionError(
        new Error('Failed query: select 1', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) }),
      ),
    ).toBe(true)
    expect(isConnectionError(Object.assign(new Error('duplicate key value'), { code: '23505' }))).toBe(false)
    expect(isConnectionError(new Error('Không tìm thấy'))).toBe(false)
    expect(isConnectionError(null)).toBe(false)
  })

  it('answers 503 in Vietnamese while down (JSON for the API), lets the probes through, and recovers', async () => {
    let answers = false
    registerDatabaseProbe(async () => {
      if (!answers) throw new Error('still down')
    })
    expect(outageResponse('/', 'text/html')).toBeNull()
    expect(reportDatabaseError(new Error('unique violation'))).toBe(false)
    expect(databaseDown()).toBe(false)
    expect(reportDatabaseError(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBe(true)
    expect(databaseDown()).toBe(true)

    const page = outageResponse('/tin-tuc', 'text/html')!
    expect(page.status).toBe(503)
    expect(page.headers.get('retry-after')).toBe('5')
    expect(await page.text()).toContain('tạm gián đoạn kết nối cơ sở dữ liệu')
    const api = outageResponse('/api/articles', null)!
    expect(api.status).toBe(503)
    expect(((await api.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/Vui lòng thử lại/)
    for (const p of ['/healthz', '/readyz', '/metrics', '/_next/static/chunks/a.js'])
      expect(outageResponse(p, null)).toBeNull()

    // The probe runs every second; the first answer ends the outage.
    await new Promise((resolve) => setTimeout(resolve, 1300))
    expect(databaseDown()).toBe(true)
    answers = true
    await new Promise((resolve) => setTimeout(resolve, 1300))
    expect(databaseDown()).toBe(false)
    expect(outageResponse('/', 'text/html')).toBeNull()
  })
})
