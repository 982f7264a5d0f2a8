/**
 * The portal's own Prometheus metrics, kept in this process's memory (each instance reports its
 * own; Prometheus sums them). Like the request context, the registry lives on globalThis so the
 * HTTP observer (instrumentation bundle) and the /metrics route (app bundle) share it.
 */

export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] as const

type Histogram = { buckets: number[]; sum: number; count: number }

export type MetricsState = {
  startedAt: number
  requests: Map<string, number>
  latency: Map<string, Histogram>
  aborted: Map<string, number>
  serverErrors: Map<string, number>
  inFlight: number
  schedulerEnabled: boolean
  schedulerLastTickAt: number | null
  schedulerLastTickOk: boolean | null
}

const KEY = Symbol.for('pbgdpl.ops.metrics')
type Holder = { [KEY]?: MetricsState }

export function metricsState(): MetricsState {
  const holder = globalThis as Holder
  holder[KEY] ??= {
    startedAt: Date.now(),
    requests: new Map(),
    latency: new Map(),
    aborted: new Map(),
    serverErrors: new Map(),
    inFlight: 0,
    schedulerEnabled: false,
    schedulerLastTickAt: null,
    schedulerLastTickOk: null,
  }
  return holder[KEY]
}

/** A small, fixed set of route groups, so the metrics' cardinality stays bounded. */
export function routeGroup(pathname: string): string {
  if (pathname === '/healthz' || pathname === '/readyz' || pathname === '/metrics') return 'ops'
  if (pathname.startsWith('/_next/')) return 'next_assets'
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return 'admin'
  if (pathname.startsWith('/api/open/') || pathname === '/api/open') return 'open_api'
  if (pathname.startsWith('/api/internal/')) return 'internal'
  if (pathname.startsWith('/api/')) return 'api'
  if (/\.(xml|txt)$/.test(pathname)) return 'feeds'
  if (/\.[a-z0-9]{2,5}$/i.test(pathname)) return 'files'
  return 'pages'
}

export function statusClass(status: number): string {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : 'other'
}

export function recordRequest(group: string, status: number, seconds: number): void {
  const state = metricsState()
  const key = `${group}|${statusClass(status)}`
  state.requests.set(key, (state.requests.get(key) ?? 0) + 1)
  let h = state.latency.get(group)
  if (!h) {
    h = { buckets: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 }
    state.latency.set(group, h)
  }
  LATENCY_BUCKETS.forEach((bound, i) => {
    if (seconds <= bound) h.buckets[i] = (h.buckets[i] ?? 0) + 1
  })
  h.sum += seconds
  h.count += 1
}

export function recordAborted(group: string): void {
  const state = metricsState()
  state.aborted.set(group, (state.aborted.get(group) ?? 0) + 1)
}

export function recordServerError(routeType: string): void {
  const state = metricsState()
  state.serverErrors.set(routeType, (state.serverErrors.get(routeType) ?? 0) + 1)
}

export function recordSchedulerTick(ok: boolean, at = Date.now()): void {
  const state = metricsState()
  state.schedulerLastTickAt = at
  state.schedulerLastTickOk = ok
}

/** A gauge computed when /metrics is read (queues, memory). */
export type Gauge = { name: string; help: string; value: number; labels?: Record<string, string> }

const escapeLabel = (v: string): string => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')
const labelText = (labels: Record<string, string>): string => {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`)
  return parts.length > 0 ? `{${parts.join(',')}}` : ''
}
const num = (n: number): string => (Number.isFinite(n) ? String(n) : n > 0 ? '+Inf' : n < 0 ? '-Inf' : 'NaN')

/** Prometheus text exposition format 0.0.4. */
export function renderMetrics(gauges: Gauge[], now = Date.now()): string {
  const state = metricsState()
  const out: string[] = []
  const family = (name: string, type: string, help: string) => {
    out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`)
  }

  family('pbgdpl_http_requests_total', 'counter', 'HTTP requests answered, by route group and status class.')
  for (const [key, value] of [...state.requests].sort()) {
    const [group = '', cls = ''] = key.split('|')
    out.push(`pbgdpl_http_requests_total${labelText({ group, status_class: cls })} ${value}`)
  }
  family(
    'pbgdpl_http_request_duration_seconds',
    'histogram',
    'Time from the request reaching Node.js to the last byte of the response handed to the socket.',
  )
  for (const [group, h] of [...state.latency].sort(([a], [b]) => a.localeCompare(b))) {
    LATENCY_BUCKETS.forEach((bound, i) => {
      out.push(`pbgdpl_http_request_duration_seconds_bucket${labelText({ group, le: String(bound) })} ${h.buckets[i]}`)
    })
    out.push(`pbgdpl_http_request_duration_seconds_bucket${labelText({ group, le: '+Inf' })} ${h.count}`)
    out.push(`pbgdpl_http_request_duration_seconds_sum${labelText({ group })} ${num(h.sum)}`)
    out.push(`pbgdpl_http_request_duration_seconds_count${labelText({ group })} ${h.count}`)
  }
  family(
    'pbgdpl_http_requests_aborted_total',
    'counter',
    'Requests whose connection closed before the response was complete.',
  )
  for (const [group, value] of [...state.aborted].sort()) {
    out.push(`pbgdpl_http_requests_aborted_total${labelText({ group })} ${value}`)
  }
  family(
    'pbgdpl_server_errors_total',
    'counter',
    'Errors thrown while rendering a page or running a route handler (Next.js onRequestError).',
  )
  for (const [type, value] of [...state.serverErrors].sort()) {
    out.push(`pbgdpl_server_errors_total${labelText({ route_type: type })} ${value}`)
  }
  family('pbgdpl_http_requests_in_flight', 'gauge', 'Requests being served now.')
  out.push(`pbgdpl_http_requests_in_flight ${state.inFlight}`)

  family('pbgdpl_scheduler_enabled', 'gauge', '1 when this instance runs the scheduler timer.')
  out.push(`pbgdpl_scheduler_enabled ${state.schedulerEnabled ? 1 : 0}`)
  if (state.schedulerLastTickAt !== null) {
    family('pbgdpl_scheduler_last_tick_age_seconds', 'gauge', 'Seconds since the scheduler last ran a tick.')
    out.push(`pbgdpl_scheduler_last_tick_age_seconds ${num((now - state.schedulerLastTickAt) / 1000)}`)
    family('pbgdpl_scheduler_last_tick_ok', 'gauge', '1 when the last scheduler tick succeeded.')
    out.push(`pbgdpl_scheduler_last_tick_ok ${state.schedulerLastTickOk ? 1 : 0}`)
  }

  const seen = new Set<string>()
  for (const g of gauges) {
    if (!seen.has(g.name)) {
      family(g.name, 'gauge', g.help)
      seen.add(g.name)
    }
    out.push(`${g.name}${labelText(g.labels ?? {})} ${num(g.value)}`)
  }
  return `${out.join('\n')}\n`
}

/** Process figures every exporter shows. */
export function processGauges(now = Date.now()): Gauge[] {
  const m = process.memoryUsage()
  return [
    { name: 'process_resident_memory_bytes', help: 'Resident memory size in bytes.', value: m.rss },
    { name: 'nodejs_heap_size_used_bytes', help: 'V8 heap used, in bytes.', value: m.heapUsed },
    { name: 'nodejs_heap_size_total_bytes', help: 'V8 heap allocated, in bytes.', value: m.heapTotal },
    { name: 'nodejs_external_memory_bytes', help: 'Memory of C++ objects bound to JavaScript.', value: m.external },
    {
      name: 'process_uptime_seconds',
      help: 'Seconds since the metrics registry started in this process.',
      value: (now - metricsState().startedAt) / 1000,
    },
  ]
}
