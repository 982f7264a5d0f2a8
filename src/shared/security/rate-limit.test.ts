import { describe, expect, it } from 'vitest'
import { clientAddress, createRateLimiter } from './rate-limit'

describe('rate limiter', () => {
  it('allows up to the limit in a window, then asks to wait until the window ends', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 })
    const t0 = 1_000_000
    expect([1, 2, 3].map(() => limiter.hit('1.2.3.4', t0).allowed)).toEqual([true, true, true])
    expect(limiter.hit('1.2.3.4', t0 + 10_000)).toEqual({ allowed: false, retryAfterSeconds: 50 })
    expect(limiter.hit('5.6.7.8', t0 + 10_000).allowed).toBe(true)
    expect(limiter.hit('1.2.3.4', t0 + 60_000).allowed).toBe(true)
  })
  it('keeps memory bounded', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 100 })
    for (let i = 0; i < 1000; i++) limiter.hit(`k${i}`, 0)
    expect(limiter.hit('k999', 0).allowed).toBe(false)
  })
  it('reads the client address from the proxy headers', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '10.0.0.1, 192.168.1.1' }))).toBe('10.0.0.1')
    expect(clientAddress(new Headers({ 'x-real-ip': '10.0.0.2' }))).toBe('10.0.0.2')
    expect(clientAddress(new Headers())).toBe('unknown')
  })
})
