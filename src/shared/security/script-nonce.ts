import fs from 'node:fs'
import path from 'node:path'

/**
 * Script nonces for the Content-Security-Policy (docs/security.md "CSP").
 *
 * A page rendered for each request (the admin, forms, contests, search, statistics, every page that
 * reads the query string or cookies) gets a fresh nonce: the proxy sends
 * `script-src 'nonce-…' 'strict-dynamic'` and passes the same policy on to the render as a request
 * header, from which Next.js puts the nonce on each of its scripts. An injected inline script or a
 * script from anywhere else is then refused by the browser.
 *
 * A page that the build prerendered or that is regenerated in the background (ISR) is the same HTML
 * for everyone, cached by Next.js and by nginx, so it cannot carry a per-request nonce: those pages
 * keep the site-wide policy (src/shared/security/headers.mjs). Which pages these are is read from
 * the build's own manifests (the app's routes, and which of them are prerendered), so a page that
 * becomes dynamic gets the nonce without a list to keep up to date; the development server renders
 * every page per request and nonces all.
 */

type PrerenderManifest = {
  routes?: Record<string, unknown>
  dynamicRoutes?: Record<string, unknown>
}

/** One segment of an app route: a fixed name, [param], [...param] or [[...param]]. */
type Segment = { kind: 'static'; name: string } | { kind: 'param' } | { kind: 'catch-all' } | { kind: 'optional' }

type Route = { pattern: string; segments: Segment[] }

/** What the build says about the site's pages. */
export type BuildRoutes = {
  /** Every page route of the app (app-path-routes-manifest.json), e.g. /hoi-dap/[slug]. */
  pages: Route[]
  /** Paths and route patterns that are prerendered or regenerated in the background. */
  prerendered: Set<string>
}

let cached: { key: string; routes: BuildRoutes } | undefined

/** The build's manifests, or null when there are none (development, or not built yet). */
function loadBuildRoutes(): BuildRoutes | null {
  const dist = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next')
  const prerenderFile = path.join(dist, 'prerender-manifest.json')
  const pagesFile = path.join(dist, 'app-path-routes-manifest.json')
  let key: string
  try {
    key = `${dist}|${fs.statSync(prerenderFile).mtimeMs}|${fs.statSync(pagesFile).mtimeMs}`
  } catch {
    return null
  }
  if (cached?.key === key) return cached.routes
  try {
    const routes = buildRoutesOf(
      JSON.parse(fs.readFileSync(pagesFile, 'utf8')) as Record<string, string>,
      JSON.parse(fs.readFileSync(prerenderFile, 'utf8')) as PrerenderManifest,
    )
    cached = { key, routes }
    return routes
  } catch {
    return null
  }
}

function parseSegments(pattern: string): Segment[] {
  return pattern
    .split('/')
    .filter(Boolean)
    .map((name): Segment => {
      if (/^\[\[\.\.\.[^\]]+\]\]$/.test(name)) return { kind: 'optional' }
      if (/^\[\.\.\.[^\]]+\]$/.test(name)) return { kind: 'catch-all' }
      if (/^\[[^\]]+\]$/.test(name)) return { kind: 'param' }
      return { kind: 'static', name }
    })
}

/** The page routes of app-path-routes-manifest.json and the prerendered entries. */
export function buildRoutesOf(appPaths: Record<string, string>, prerender: PrerenderManifest): BuildRoutes {
  const pages: Route[] = []
  for (const [file, pattern] of Object.entries(appPaths)) {
    if (!file.endsWith('/page')) continue
    pages.push({ pattern, segments: parseSegments(pattern) })
  }
  return {
    pages,
    prerendered: new Set([...Object.keys(prerender.routes ?? {}), ...Object.keys(prerender.dynamicRoutes ?? {})]),
  }
}

const RANK: Record<Segment['kind'], number> = { static: 3, param: 2, 'catch-all': 1, optional: 0 }

function matches(route: Route, parts: string[]): boolean {
  for (let i = 0; i < route.segments.length; i++) {
    const segment = route.segments[i]!
    if (segment.kind === 'optional') return true
    if (segment.kind === 'catch-all') return parts.length > i
    if (i >= parts.length) return false
    if (segment.kind === 'static' && segment.name !== parts[i]) return false
  }
  return route.segments.length === parts.length
}

/** The route Next.js serves `pathname` from: fixed segments win over parameters, which win over catch-alls. */
export function routeFor(pathname: string, routes: BuildRoutes): string | null {
  let parts = pathname.split('/').filter(Boolean)
  try {
    parts = parts.map((p) => decodeURIComponent(p))
  } catch {
    // keep them as sent
  }
  let best: Route | null = null
  for (const route of routes.pages) {
    if (!matches(route, parts)) continue
    if (!best || moreSpecific(route, best)) best = route
  }
  return best?.pattern ?? null
}

function moreSpecific(a: Route, b: Route): boolean {
  const n = Math.max(a.segments.length, b.segments.length)
  for (let i = 0; i < n; i++) {
    const ra = a.segments[i] ? RANK[a.segments[i]!.kind] : -1
    const rb = b.segments[i] ? RANK[b.segments[i]!.kind] : -1
    if (ra !== rb) return ra > rb
  }
  return false
}

/** Whether the page at `pathname` is rendered per request (and so can carry a nonce). */
export function isRenderedPerRequest(pathname: string, routes: BuildRoutes | null = loadBuildRoutes()): boolean {
  if (!routes) return process.env.NODE_ENV !== 'production'
  const normalised = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname
  const route = routeFor(normalised, routes)
  // No page: Next.js serves its prerendered not-found page.
  if (route === null) return false
  let decoded = normalised
  try {
    decoded = decodeURI(normalised)
  } catch {
    // keep it as sent
  }
  return !(routes.prerendered.has(route) || routes.prerendered.has(normalised) || routes.prerendered.has(decoded))
}

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}

/**
 * The script directive of a nonce policy: only scripts carrying the nonce, and those they load
 * ('strict-dynamic', which is how Next.js loads its chunks). 'self' is only for browsers older
 * than CSP 3, which ignore 'strict-dynamic'; newer ones ignore 'self' beside it. The development
 * server needs eval for React's debugging.
 */
export function nonceScriptSource(nonce: string, isDevelopment = process.env.NODE_ENV === 'development'): string {
  return `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ''}`
}

/** The policy sent with a page rendered per request. */
export function noncePolicy(nonce: string, isDevelopment = process.env.NODE_ENV === 'development'): string {
  return [
    nonceScriptSource(nonce, isDevelopment),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')
}
