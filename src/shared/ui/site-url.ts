/** The public base URL used in feeds, sitemaps and share links. */
export function siteUrl(): string {
  return (process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
}

const ABSOLUTE = /^https?:\/\//i

/** A path on the portal as a full URL (for feeds, share links, structured data); a full URL stays as it is. */
export function absoluteUrl(pathOrUrl: string): string {
  if (ABSOLUTE.test(pathOrUrl)) return pathOrUrl
  return `${siteUrl()}${pathOrUrl.startsWith('/') ? pathOrUrl : `/${pathOrUrl}`}`
}

/**
 * A URL of the portal's own (an uploaded file, as Payload gives it: PUBLIC_URL + /api/…/file/…) as a
 * path, for the src and href of pages: the page then loads it from whatever address it was opened at,
 * over https behind a proxy even when PUBLIC_URL still says http, and under a second name. URLs of
 * other sites are unchanged.
 */
export function sitePath(url: string): string
export function sitePath(url: string | null | undefined): string | null
export function sitePath(url: string | null | undefined): string | null {
  if (!url) return null
  if (!ABSOLUTE.test(url)) return url
  try {
    const parsed = new URL(url)
    if (parsed.origin === new URL(siteUrl()).origin) return `${parsed.pathname}${parsed.search}${parsed.hash}`
  } catch {
    // not a URL we can read: left as it is
  }
  return url
}
