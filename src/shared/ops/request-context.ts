import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'

/**
 * What the portal knows about the HTTP request being served, available anywhere in its
 * asynchronous call tree (the logger's mixin, route handlers). The store lives on globalThis:
 * Next.js bundles instrumentation.ts and the route handlers separately, and both must see the same
 * AsyncLocalStorage.
 */
export type RequestContext = {
  requestId: string
  /** The TCP peer's address as the socket saw it (not a header): the reverse proxy's, behind one. */
  peerAddress: string | undefined
  /** Whether the request came through a proxy (X-Forwarded-For, X-Real-IP or Forwarded present). */
  forwarded: boolean
  /**
   * Set when a database query of this request failed because its connection did (db-outage.ts):
   * a 5xx answer to it is then a 503 with Retry-After (http-observer.ts), not a 500.
   */
  databaseConnectionFailed?: boolean
}

const KEY = Symbol.for('pbgdpl.ops.requestContext')
type Holder = { [KEY]?: AsyncLocalStorage<RequestContext> }

export function requestContextStorage(): AsyncLocalStorage<RequestContext> {
  const holder = globalThis as Holder
  holder[KEY] ??= new AsyncLocalStorage<RequestContext>()
  return holder[KEY]
}

export function currentRequestContext(): RequestContext | undefined {
  return requestContextStorage().getStore()
}

export function currentRequestId(): string | undefined {
  return currentRequestContext()?.requestId
}

/** A client's X-Request-Id is kept when it is a plain token (so it can be logged safely). */
const SANE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/

export function saneRequestId(value: string | string[] | undefined | null): string | undefined {
  const text = Array.isArray(value) ? value[0] : value
  return text && SANE_ID.test(text) ? text : undefined
}

export function newRequestId(): string {
  return randomUUID()
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/

export function isLoopback(address: string | undefined): boolean {
  return !!address && LOOPBACK.test(address)
}
