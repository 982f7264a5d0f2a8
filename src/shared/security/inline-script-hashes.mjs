/**
 * Script hashes for the pages that are one HTML for everyone (prerendered by the build or
 * regenerated in the background: ISR). Such a page cannot carry a per-request nonce, so its
 * inline scripts (Next.js's bootstrap and the page's RSC payload) are allowed by their SHA-256
 * instead: `script-src 'self' 'sha256-…' …`. Sent as a second Content-Security-Policy header beside
 * the site-wide one (headers.mjs), a browser enforces both, so an inline script that was not in the
 * page when it was rendered does not run (docs/security.md "CSP").
 * Plain JavaScript: the cache handler (isr-cache-handler.mjs) loads it outside the bundler.
 */
import { createHash } from 'node:crypto'

/** `<script …>…</script>` with its attributes and text; script text never holds `</script`. */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
/** Types a browser runs as script; anything else (JSON-LD, JSON data) is a data block. */
const EXECUTABLE_TYPE = /^\s*(?:text\/javascript|application\/javascript|module|text\/ecmascript|)\s*$/i

/** Reads an attribute of a start tag's attribute text, or null when it is absent. */
function attribute(attrs, name) {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|$)`, 'i').exec(
    attrs,
  )
  if (!match) return null
  return match[1] ?? match[2] ?? match[3] ?? ''
}

/** The distinct SHA-256 sources ('sha256-…') of the HTML's inline scripts that a browser would run. */
export function inlineScriptHashes(html) {
  const hashes = new Set()
  for (const [, attrs, text] of html.matchAll(SCRIPT)) {
    if (attribute(attrs, 'src') !== null) continue
    const type = attribute(attrs, 'type')
    if (type !== null && !EXECUTABLE_TYPE.test(type)) continue
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

/**
 * The policy for one prerendered page: scripts from our own origin and exactly its own inline
 * scripts. A page without inline scripts allows none.
 */
export function prerenderedPagePolicy(html) {
  const dev = process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''
  return [`script-src 'self' ${inlineScriptHashes(html).join(' ')}`.trimEnd() + dev, "object-src 'none'"].join('; ')
}

/** The header name, lower case as Next.js stores a cache entry's headers. */
export const CSP_HEADER = 'content-security-policy'
