/**
 * Security headers sent with every response (next.config.mjs `headers()`), see docs/security.md.
 * Plain JavaScript, because next.config.mjs loads it before any TypeScript is compiled.
 *
 * The Content-Security-Policy here holds the directives that every page keeps whatever it embeds:
 * no plugins from other origins, no <base> or form posts elsewhere, framing by our own pages only
 * (the library shows its PDFs in a frame), and scripts from our own origin only — no script file
 * from another site, no eval. Inline scripts stay allowed here: Next.js inlines its bootstrap
 * scripts into the prerendered pages, which are one HTML for everyone, so a nonce would make every
 * page dynamic. The pages rendered per request add a second policy with a nonce (the proxy,
 * script-nonce.ts), and a browser enforces both; the library's pages have their own full policy
 * (library-csp.ts).
 */
const scriptSrc = `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`

export const SITE_CSP = [
  scriptSrc,
  "object-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ')

/** @type {{ key: string, value: string }[]} */
export const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: SITE_CSP },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

/** HSTS, only over HTTPS: sent when the proxy in front says the request came in over https. */
export const HSTS_HEADER = { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }

/** The `headers()` rules of next.config.mjs. */
export function securityHeaderRules() {
  return [
    { source: '/:path*', headers: SECURITY_HEADERS },
    {
      source: '/:path*',
      has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
      headers: [HSTS_HEADER],
    },
  ]
}
