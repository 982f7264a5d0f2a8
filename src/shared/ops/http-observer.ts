import diagnostics from 'node:diagnostics_channel'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { metricsState, recordAborted, recordRequest, routeGroup } from './metrics'
import { databaseDown, OUTAGE_HEADERS, outageAnswer } from './db-outage'
import { newRequestId, requestContextStorage, saneRequestId, type RequestContext } from './request-context'

/**
 * Watches every HTTP request of this Node.js process through the `http.server.request.start`
 * diagnostics channel, which Node publishes just before the server's 'request' event, in the same
 * synchronous step. That one place, outside Next.js, can:
 *  - give the request an id (the client's X-Request-Id when it is a sane token, else a new UUID),
 *    put it on the request headers and echo it on the response;
 *  - enter the request's context (AsyncLocalStorage), so the logger's lines during the request
 *    carry the id;
 *  - time the whole response (until 'finish': the last byte handed to the socket) and count it;
 *  - know the listening server(s) and the requests in flight, for graceful shutdown.
 */

type StartMessage = { request: IncomingMessage; response: ServerResponse; socket: Socket; server: Server }

type ObserverState = {
  installed: boolean
  servers: Set<Server>
  inFlight: Set<ServerResponse>
  draining: boolean
  accessLog: boolean
}

const KEY = Symbol.for('pbgdpl.ops.httpObserver')
type Holder = { [KEY]?: ObserverState }

export function observerState(): ObserverState {
  const holder = globalThis as Holder
  holder[KEY] ??= { installed: false, servers: new Set(), inFlight: new Set(), draining: false, accessLog: false }
  return holder[KEY]
}

function pathOf(url: string | undefined): string {
  const raw = url ?? '/'
  const q = raw.indexOf('?')
  return q === -1 ? raw : raw.slice(0, q)
}

function onRequestStart(message: unknown): void {
  const { request, response, socket, server } = message as StartMessage
  const state = observerState()
  state.servers.add(server)
  const requestId = saneRequestId(request.headers['x-request-id']) ?? newRequestId()
  request.headers['x-request-id'] = requestId
  if (!response.headersSent) response.setHeader('X-Request-Id', requestId)
  if (state.draining) {
    // A request on a kept-alive connection after shutdown began: tell the client not to reuse it.
    response.shouldKeepAlive = false
    if (!response.headersSent) response.setHeader('Connection', 'close')
  }
  const h = request.headers
  const context: RequestContext = {
    requestId,
    peerAddress: socket.remoteAddress,
    forwarded: !!(h['x-forwarded-for'] || h['x-real-ip'] || h['forwarded']),
  }
  requestContextStorage().enterWith(context)
  answerOutagesWith503(request, response, context)

  const started = process.hrtime.bigint()
  const pathname = pathOf(request.url)
  const group = routeGroup(pathname)
  const metrics = metricsState()
  metrics.inFlight += 1
  state.inFlight.add(response)
  response.once('close', () => {
    metrics.inFlight -= 1
    state.inFlight.delete(response)
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    if (!response.writableFinished) {
      recordAborted(group)
      return
    }
    recordRequest(group, response.statusCode, seconds)
    if (state.accessLog) {
      // One JSON line per request in pino's shape (level 30 = info), next to Payload's own lines.
      // No query string and no client address: both can hold personal data.
      process.stdout.write(
        `${JSON.stringify({
          level: 30,
          time: Date.now(),
          msg: 'request',
          reqId: requestId,
          method: request.method,
          path: pathname.length > 300 ? `${pathname.slice(0, 300)}…` : pathname,
          group,
          status: response.statusCode,
          ms: Math.round(seconds * 10_000) / 10,
        })}\n`,
      )
    }
  })
  // 'close' also fires when the client gives up; listen so an error there never goes unhandled.
  request.once('error', () => undefined)
}

/** Headers of the failed render's body, which the outage answer replaces. */
const BODY_HEADERS = [
  'content-encoding',
  'content-length',
  'content-type',
  'content-disposition',
  'content-range',
  'etag',
  'last-modified',
  'transfer-encoding',
  'vary',
]

type WriteArgs = [chunk?: unknown, encoding?: unknown, callback?: unknown]

/**
 * A page whose render failed because the database went away under it (a restart, the network to
 * it cut) is answered 503 with Retry-After — "come back in a moment" — not 500: when this request's
 * query lost its connection (db-outage.ts marks the request) or the database is known to be down.
 * The failed render's error page is replaced by the outage answer (the same Vietnamese page or
 * JSON as a request that arrives while the database is away), so the visitor reads what happened.
 *
 * Node writes every head through `writeHead`, also the implicit one of the first `write()` or of
 * `end()`; those two are checked first, so the head is decided before any of the old body goes out
 * (a compression layer set up later calls them too). A response whose head already went out (a page
 * streamed with 200) keeps it.
 */
function answerOutagesWith503(request: IncomingMessage, response: ServerResponse, context: RequestContext): void {
  const writeHead = response.writeHead
  const write = response.write
  const end = response.end
  let replacement: string | null = null
  const outage = (statusCode: number) =>
    statusCode >= 500 && statusCode !== 503 && (context.databaseConnectionFailed || databaseDown())

  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (replacement === null && outage(statusCode)) {
      const answer = outageAnswer(pathOf(request.url), request.headers.accept ?? null)
      replacement = answer.body
      for (const name of BODY_HEADERS) this.removeHeader(name)
      // The reason phrase and headers given here were the error page's.
      return (writeHead as (...args: unknown[]) => ServerResponse).call(this, 503, {
        ...OUTAGE_HEADERS,
        'Content-Type': answer.contentType,
        'Content-Length': String(Buffer.byteLength(answer.body)),
      })
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest)
  } as ServerResponse['writeHead']

  response.write = function (this: ServerResponse, ...args: WriteArgs) {
    if (!this.headersSent && outage(this.statusCode)) this.writeHead(this.statusCode)
    if (replacement === null) return (write as (...a: WriteArgs) => boolean).apply(this, args)
    // The failed render's body is dropped; its writer is told each chunk went.
    const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined
    if (callback) process.nextTick(callback)
    return true
  } as ServerResponse['write']

  response.end = function (this: ServerResponse, ...args: WriteArgs) {
    if (!this.headersSent && outage(this.statusCode)) this.writeHead(this.statusCode)
    if (replacement === null) return (end as (...a: WriteArgs) => ServerResponse).apply(this, args)
    const callback = args.find((arg) => typeof arg === 'function')
    const body = replacement
    replacement = ''
    return (end as (...a: WriteArgs) => ServerResponse).call(this, body, 'utf8', callback)
  } as ServerResponse['end']
}

/** Installs the observer once per process; `accessLog` writes one JSON line per request. */
export function installHttpObserver(options: { accessLog?: boolean } = {}): void {
  const state = observerState()
  state.accessLog = options.accessLog ?? state.accessLog
  if (state.installed) return
  state.installed = true
  diagnostics.subscribe('http.server.request.start', onRequestStart)
}

export function uninstallHttpObserver(): void {
  const state = observerState()
  if (!state.installed) return
  diagnostics.unsubscribe('http.server.request.start', onRequestStart)
  state.installed = false
}
