import type { Payload } from 'payload'
import { poolFigures } from './db-outage'
import { observerState } from './http-observer'
import { checkMetricsAccess } from './metrics-access'
import { processGauges, renderMetrics, type Gauge } from './metrics'
import type { S3Settings } from '../storage/s3'
import { queueGauges } from './queue-gauges'
import { checkReadiness, databaseProbe, readinessBody } from './readiness'
import { currentRequestContext, type RequestContext } from './request-context'

const NO_STORE = { 'Cache-Control': 'no-store' }

/** /healthz: the process is up and its event loop answers. No database, no disk. */
export function healthResponse(): Response {
  return Response.json(
    { status: 'ok', message: 'Máy chủ đang chạy.', uptimeSeconds: Math.round(process.uptime()) },
    { headers: NO_STORE },
  )
}

/**
 * /readyz: 200 when the database, the uploads directory or S3 bucket and (when configured) Redis
 * answer.
 */
export async function readinessResponse(args: {
  payload: () => Promise<Payload>
  storageDir: string
  s3?: () => S3Settings | null
  redisUrl?: string
}): Promise<Response> {
  const result = await checkReadiness({
    database: async () => databaseProbe((await args.payload()).db)(),
    storageDir: args.storageDir,
    s3: args.s3,
    redisUrl: args.redisUrl,
  })
  const draining = observerState().draining
  const body = readinessBody(result, draining)
  return Response.json(body, { status: body.status === 'ready' ? 200 : 503, headers: NO_STORE })
}

/** The PostgreSQL pool's connections and the queries queued for one (none on SQLite). */
function poolGauges(): Gauge[] {
  const pool = poolFigures()
  if (!pool) return []
  const help = 'PostgreSQL pool connections, by state (Payload keeps one checked out for good).'
  return [
    { name: 'pbgdpl_db_pool_connections', help, value: pool.idleCount, labels: { state: 'idle' } },
    { name: 'pbgdpl_db_pool_connections', help, value: pool.totalCount - pool.idleCount, labels: { state: 'busy' } },
    { name: 'pbgdpl_db_pool_waiting', help: 'Queries waiting for a pool connection.', value: pool.waitingCount },
    {
      name: 'pbgdpl_db_pools',
      help: 'PostgreSQL pools in this process (one per Payload instance).',
      value: pool.pools,
    },
  ]
}

/** /metrics: Prometheus text, for METRICS_TOKEN holders or loopback callers (see metrics-access). */
export async function metricsResponse(
  request: Request,
  args: { payload: () => Promise<Payload>; context?: RequestContext },
): Promise<Response> {
  const access = checkMetricsAccess(request.headers.get('authorization'), args.context ?? currentRequestContext())
  if (!access.allowed) {
    return Response.json(
      { error: access.status === 401 ? 'unauthorized' : 'forbidden', message: access.message },
      {
        status: access.status,
        headers: { ...NO_STORE, ...(access.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="metrics"' } : {}) },
      },
    )
  }
  const gauges: Gauge[] = [...processGauges(), ...poolGauges()]
  try {
    gauges.push(...(await queueGauges(await args.payload())))
    gauges.push({ name: 'pbgdpl_metrics_database_up', help: '1 when the queue figures could be read.', value: 1 })
  } catch {
    // The database being down must not hide the process figures.
    gauges.push({ name: 'pbgdpl_metrics_database_up', help: '1 when the queue figures could be read.', value: 0 })
  }
  return new Response(renderMetrics(gauges), {
    headers: { ...NO_STORE, 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' },
  })
}
