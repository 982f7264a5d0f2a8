import { describe, expect, it } from 'vitest'
import { clientAddress, createRateLimiter } from './rate-limit'

describe('rate limiter (memory store)', () => {
  it('allows up to the limit in a window, then asks to wait until the window ends', async () => {
    const limiter = createRateLimiter({ name: 't', limit: 3, windowMs: 60_000, shared: false })
    const now = 1_000_000
    const first = await Promise.all([1, 2, 3].map(() => limiter.hit('1.2.3.4', { now })))
    expect(first.map((d) => d.allowed)).toEqual([true, true, true])
    expect(await limiter.hit('1.2.3.4', { now: now + 10_000 })).toEqual({
      allowed: false,
      retryAfterSeconds: 50,
      count: 4,
      limit: 3,
    })
    expect((await limiter.hit('5.6.7.8', { now: now + 10_000 })).allowed).toBe(true)
    expect((await limiter.hit('1.2.3.4', { now: now + 60_000 })).allowed).toBe(true)
  })
  it('takes a per-key limit over its own', async () => {
    const limiter = createRateLimiter({ name: 't', limit: 1, windowMs: 60_000, shared: false })
    const hits = []
    for (let i = 0; i < 3; i++) hits.push(await limiter.hit('client', { limit: 2, now: 0 }))
    expect(hits.map((d) => [d.allowed, d.count, d.limit])).toEqual([
      [true, 1, 2],
      [true, 2, 2],
      [false, 3, 2],
    ])
  })
  it('keeps memory bounded', async () => {
    const limiter = createRateLimiter({ name: 't', limit: 1, windowMs: 60_000, maxKeys: 100, shared: false })
    for (let i = 0; i < 1000; i++) await limiter.hit(`k${i}`, { now: 0 })
    expect((await limiter.hit('k999', { now: 0 })).allowed).toBe(false)
  })
  it('reads the client address from the proxy headers', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '10.0.0.1, 192.168.1.1' }))).toBe('10.0.0.1')
    expect(clientAddress(new Headers({ 'x-real-ip': '10.0.0.2' }))).toBe('10.0.0.2')
    expect(clientAddress(new Headers())).toBe('unknown')
  })
})

describe('peek', () => {
  it('tells what the next hit would meet without counting one', async () => {
    const limiter = createRateLimiter({ name: 'peek-test', limit: 2, windowMs: 60_000, shared: false })
    const now = 1_000_000
    expect((await limiter.peek('k', { now })).allowed).toBe(true)
    expect((await limiter.peek('k', { now })).count).toBe(1)
    await limiter.hit('k', { now })
    await limiter.hit('k', { now })
    const next = await limiter.peek('k', { now: now + 1_000 })
    expect(next.allowed).toBe(false)
    expect(next.retryAfterSeconds).toBe(59)
    // Peeking never counted: the window ends as if only the two hits had happened.
    expect((await limiter.peek('k', { now: now + 60_000 })).allowed).toBe(true)
  })
})
