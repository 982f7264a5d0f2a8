/**
 * Next.js's own file-system cache for prerendered and regenerated pages (ISR), with one addition:
 * each cached page carries a Content-Security-Policy that allows exactly its own inline scripts by
 * hash (inline-script-hashes.mjs). Next.js sends a cache entry's headers with the page, whether it
 * was served from the cache or just rendered into it, so a page that is one HTML for everyone gets
 * a strict script policy without a per-request nonce. Configured in next.config.mjs (`cacheHandler`).
 *  - set(): a page rendered into the cache (at the build, in the background, or on a first visit)
 *    gets its policy before it is stored; the object is the one the response is served from;
 *  - get(): an entry stored without one (written by an older build) gets it when read.
 */
import { createRequire } from 'node:module'
import { CSP_HEADER, prerenderedPagePolicy } from './inline-script-hashes.mjs'

const require = createRequire(import.meta.url)
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

/** Adds the policy to a page entry's value that has HTML and none yet; leaves anything else alone. */
export function withScriptPolicy(value) {
  if (!value || value.kind !== 'APP_PAGE' || typeof value.html !== 'string' || value.html === '') return value
  const headers = value.headers ?? (value.headers = {})
  if (headers[CSP_HEADER] === undefined) headers[CSP_HEADER] = prerenderedPagePolicy(value.html)
  return value
}

export default class IsrCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    if (entry?.value) withScriptPolicy(entry.value)
    return entry
  }

  async set(key, data, ctx) {
    withScriptPolicy(data)
    return super.set(key, data, ctx)
  }
}
