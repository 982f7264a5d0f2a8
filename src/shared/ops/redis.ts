import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'

/**
 * The shared Redis of a multi-instance deployment (docs/deployment.md, profile B), when REDIS_URL
 * is set: rate limits every instance counts together, the lock that runs scheduled jobs once, and
 * the channel on which one instance tells the others to refresh their page cache. Without
 * REDIS_URL each of these falls back to what one process can do alone.
 *
 * Next.js bundles a module once per route, so process-wide state (the connections, this
 * instance's id) lives on globalThis: every bundle then shares one connection.
 */
type RedisState = { url?: string; client?: Redis; subscriber?: Redis; instanceId: string; warned: Set<string> }

const state = ((globalThis as { __pbgdplRedis?: RedisState }).__pbgdplRedis ??= {
  instanceId: randomUUID(),
  warned: new Set(),
})

/** This process's id: a message it published itself is not acted on twice. */
export function instanceId(): string {
  return state.instanceId
}

export function redisConfigured(): boolean {
  return Boolean(process.env.REDIS_URL?.trim())
}

/** Keys and channels are prefixed (REDIS_PREFIX, default "pbgdpl:") so one Redis can serve several portals. */
export function redisKey(name: string): string {
  return `${process.env.REDIS_PREFIX ?? 'pbgdpl:'}${name}`
}

function connect(url: string, purpose: string): Redis {
  const client = new Redis(url, {
    // Commands wait for the connection being made, but not long when Redis is away: after one
    // reconnection attempt or REDIS_COMMAND_TIMEOUT_MS they fail, and callers fall back.
    // (The subscriber's connection waits as long as it takes: it only listens.)
    maxRetriesPerRequest: purpose === 'subscriber' ? null : 1,
    commandTimeout: purpose === 'subscriber' ? undefined : Number(process.env.REDIS_COMMAND_TIMEOUT_MS) || 1000,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    lazyConnect: false,
    connectionName: `pbgdpl-${purpose}`,
  })
  client.on('error', (err) => warnOnce(`redis-${purpose}`, 'Redis unreachable', err))
  client.on('ready', () => state.warned.delete(`redis-${purpose}`))
  return client
}

/** The command connection, or null when no REDIS_URL is set. */
export function sharedRedis(): Redis | null {
  const url = process.env.REDIS_URL?.trim()
  if (!url) return null
  if (state.client && state.url === url) return state.client
  state.client?.disconnect()
  state.url = url
  state.client = connect(url, 'commands')
  return state.client
}

/** A connection of its own for SUBSCRIBE (a subscribed connection accepts no other command). */
export function redisSubscriber(): Redis | null {
  const url = process.env.REDIS_URL?.trim()
  if (!url) return null
  state.subscriber ??= connect(url, 'subscriber')
  return state.subscriber
}

/** Logs a failure once until it recovers, so a Redis outage does not flood the log. */
export function warnOnce(key: string, msg: string, err?: unknown): void {
  if (state.warned.has(key)) return
  state.warned.add(key)
  console.warn(JSON.stringify({ level: 'warn', msg, key, err: err ? String(err) : undefined }))
}

export function clearWarning(key: string): void {
  state.warned.delete(key)
}

/** Closes the connections (graceful shutdown, tests). */
export async function closeRedis(): Promise<void> {
  const clients = [state.client, state.subscriber].filter((c): c is Redis => Boolean(c))
  state.client = undefined
  state.subscriber = undefined
  state.url = undefined
  await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())))
}
