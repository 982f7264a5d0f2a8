import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withClusterLock } from '@/shared/ops/cluster-lock'
import { closeRedis, redisKey, sharedRedis } from '@/shared/ops/redis'
import { createRateLimiter } from '@/shared/security/rate-limit'
import { parseMessage } from '@/shared/cache/revalidation-listener'
import { edgeRefreshPaths, refreshEdgeCacheSettled } from '@/shared/cache/revalidate'
import http from 'node:http'
import { pollUntil } from '../helpers/processes'

/**
 * What several instances share through Redis (docs/deployment.md, profile B), against the real
 * Redis on 127.0.0.1:6379 (REDIS_TEST_URL): rate limits counted together, the lock that runs a
 * scheduled job once, and what happens when Redis does not answer. Skipped loudly without Redis.
 */
const REDIS_URL = process.env.REDIS_TEST_URL || 'redis://127.0.0.1:6379'

function answers(url: string): Promise<boolean> {
  const u = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port || 6379) })
    socket.setTimeout(1000, () => (socket.destroy(), resolve(false)))
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

const redisUp = await answers(REDIS_URL)
if (!redisUp)
  console.warn(`\n⚠⚠⚠ SKIPPED: Redis does not answer at ${REDIS_URL}; the shared-state tests did not run. ⚠⚠⚠\n`)

const saved = { url: process.env.REDIS_URL, prefix: process.env.REDIS_PREFIX }
const prefix = `pbgdpl-int-${process.pid}-${Date.now().toString(36)}:`

describe.skipIf(!redisUp)('shared state in Redis', () => {
  beforeAll(() => {
    process.env.REDIS_URL = REDIS_URL
    process.env.REDIS_PREFIX = prefix
  })
  afterAll(async () => {
    const redis = sharedRedis()
    const keys = (await redis?.keys(`${prefix}*`)) ?? []
    if (keys.length > 0) await redis?.del(...keys)
    await closeRedis()
    process.env.REDIS_URL = saved.url
    process.env.REDIS_PREFIX = saved.prefix
    if (saved.url === undefined) delete process.env.REDIS_URL
    if (saved.prefix === undefined) delete process.env.REDIS_PREFIX
  })

  it('counts the hits of two instances together, and expires the window', async () => {
    // Two limiters of the same name stand for the same limit in two processes.
    const a = createRateLimiter({ name: 'login', limit: 3, windowMs: 1500 })
    const b = createRateLimiter({ name: 'login', limit: 3, windowMs: 1500 })
    const results = [await a.hit('1.2.3.4'), await b.hit('1.2.3.4'), await a.hit('1.2.3.4'), await b.hit('1.2.3.4')]
    expect(results.map((r) => [r.allowed, r.count])).toEqual([
      [true, 1],
      [true, 2],
      [true, 3],
      [false, 4],
    ])
    expect(results[3]!.retryAfterSeconds).toBeGreaterThanOrEqual(1)
    expect(results[3]!.retryAfterSeconds).toBeLessThanOrEqual(2)
    // Another address and another limiter name count apart.
    expect((await b.hit('5.6.7.8')).count).toBe(1)
    expect((await createRateLimiter({ name: 'open-api', limit: 3, windowMs: 1500 }).hit('1.2.3.4')).count).toBe(1)
    expect(await sharedRedis()!.pttl(redisKey('rate:login:1.2.3.4'))).toBeGreaterThan(0)
    await new Promise((resolve) => setTimeout(resolve, 1600))
    expect((await a.hit('1.2.3.4')).allowed).toBe(true)
  })

  it('runs a job in one instance at a time and releases only its own lock', async () => {
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const first = withClusterLock('job', 10_000, async () => {
      await held
      return 'first'
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    // The lock is in Redis while the job runs, and gone when it ends.
    expect(await sharedRedis()!.get(redisKey('lock:job'))).toBeTruthy()
    expect(await withClusterLock('job', 10_000, async () => 'same process')).toEqual({ ran: false, reason: 'held' })
    release()
    expect(await first).toEqual({ ran: true, result: 'first' })
    expect(await sharedRedis()!.get(redisKey('lock:job'))).toBeNull()
    // Held by another instance: this one skips its turn.
    await sharedRedis()!.set(redisKey('lock:job'), 'another-instance', 'PX', 10_000)
    expect(await withClusterLock('job', 10_000, async () => 'second')).toEqual({ ran: false, reason: 'held' })
    await sharedRedis()!.del(redisKey('lock:job'))
    expect(await withClusterLock('job', 10_000, async () => 'third')).toEqual({ ran: true, result: 'third' })

    // A lock that expired and was taken by someone else is not released by its former holder.
    const stolen = withClusterLock('slow', 200, async () => {
      await new Promise((resolve) => setTimeout(resolve, 400))
      return 'slow'
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    await sharedRedis()!.set(redisKey('lock:slow'), 'another-instance', 'PX', 10_000)
    await stolen
    expect(await sharedRedis()!.get(redisKey('lock:slow'))).toBe('another-instance')
  })

  it('falls back when Redis does not answer: limits per process, jobs skipped rather than run twice', async () => {
    await closeRedis()
    process.env.REDIS_URL = 'redis://127.0.0.1:1'
    try {
      const limiter = createRateLimiter({ name: 'down', limit: 1, windowMs: 60_000 })
      expect((await limiter.hit('x')).allowed).toBe(true)
      expect((await limiter.hit('x')).allowed).toBe(false)
      let ran = false
      const outcome = await withClusterLock('down', 1000, async () => {
        ran = true
      })
      expect(outcome).toEqual({ ran: false, reason: 'unavailable' })
      expect(ran).toBe(false)
    } finally {
      await closeRedis()
      process.env.REDIS_URL = REDIS_URL
    }
  })
})

describe('revalidation messages', () => {
  it('reads a well-formed announcement and refuses the rest', () => {
    expect(parseMessage(JSON.stringify({ from: 'a', reason: 'x', paths: ['/', 5, '/bai-viet/b'] }))).toEqual({
      from: 'a',
      reason: 'x',
      paths: ['/', '/bai-viet/b'],
    })
    expect(parseMessage('not json')).toBeNull()
    expect(parseMessage(JSON.stringify({ reason: 'x' }))).toBeNull()
  })
  it('refreshes the home page and the item’s own pages, never another host', () => {
    expect(edgeRefreshPaths(['/bai-viet/a', '//evil.example/x', 'http://evil.example/', '/'])).toEqual([
      '/',
      '/bai-viet/a',
    ])
  })
  it('fetches the proxy’s copies at once and again when every instance has refreshed, with the token', async () => {
    // A real HTTP server stands in for nginx and records what the portal asks of it.
    const seen: { path: string; token: string | undefined; at: number }[] = []
    const edge = http.createServer((req, res) => {
      seen.push({ path: req.url ?? '', token: req.headers['x-cache-refresh'] as string | undefined, at: Date.now() })
      res.end('ok')
    })
    await new Promise<void>((resolve) => edge.listen(0, '127.0.0.1', resolve))
    const savedEdge = { url: process.env.EDGE_CACHE_URL, token: process.env.EDGE_CACHE_TOKEN }
    process.env.EDGE_CACHE_URL = `http://127.0.0.1:${(edge.address() as net.AddressInfo).port}/`
    process.env.EDGE_CACHE_TOKEN = 'edge-token-for-the-test'
    try {
      const started = Date.now()
      await refreshEdgeCacheSettled(['/bai-viet/a'], 400)
      expect(seen.map((r) => r.path).sort()).toEqual(['/', '/bai-viet/a'])
      await pollUntil(async () => seen.length === 4, 'the second pass', 5000, 50)
      const second = seen.slice(2)
      expect(second.map((r) => r.path).sort()).toEqual(['/', '/bai-viet/a'])
      expect(Math.min(...second.map((r) => r.at)) - started).toBeGreaterThanOrEqual(400)
      expect(seen.every((r) => r.token === 'edge-token-for-the-test')).toBe(true)
    } finally {
      process.env.EDGE_CACHE_URL = savedEdge.url
      process.env.EDGE_CACHE_TOKEN = savedEdge.token
      if (savedEdge.url === undefined) delete process.env.EDGE_CACHE_URL
      if (savedEdge.token === undefined) delete process.env.EDGE_CACHE_TOKEN
      await new Promise((resolve) => edge.close(resolve))
    }
  })
})
