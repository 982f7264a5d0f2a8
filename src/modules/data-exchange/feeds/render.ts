/**
 * RSS 2.0 and Atom 1.0 rendering of a feed. Pure functions: the entries are gathered by
 * sources.ts from published content only.
 */

export type FeedEntry = {
  /** The absolute address of the entry's page; also its permanent id (guid / atom:id). */
  url: string
  title: string
  summary?: string | null
  /** When it was published on the portal (ISO). */
  published: string
  /** Its last change (ISO); falls back to `published`. */
  updated?: string | null
  categories?: string[]
  author?: string | null
}

export type Feed = {
  title: string
  description: string
  /** The absolute address of the HTML page this feed follows. */
  htmlUrl: string
  /** The absolute addresses of the RSS and Atom versions of this feed. */
  rssUrl: string
  atomUrl: string
  /** Who publishes the site (Atom requires an author for every entry or the feed). */
  publisher: string
  entries: FeedEntry[]
}

export type FeedFormat = 'rss' | 'atom'

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
}

// Characters XML 1.0 does not allow at all (C0 controls other than tab, LF, CR; lone surrogates;
// U+FFFE/U+FFFF): an editor's pasted text must not make the whole feed unreadable.
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Escapes text for an XML element or attribute and drops characters XML cannot carry. */
export function xmlText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVALID_XML, '')
    .replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c)
}

function validDate(value: string | null | undefined): Date | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

const entryUpdated = (e: FeedEntry): Date => validDate(e.updated) ?? validDate(e.published) ?? new Date(0)

/** The feed's own last change: its newest entry's, or the epoch for an empty feed (stable for caches). */
export function feedUpdated(feed: Feed): Date {
  return feed.entries.reduce((max, e) => (entryUpdated(e) > max ? entryUpdated(e) : max), new Date(0))
}

/** RFC 822 date as RSS 2.0 requires ("Sun, 29 Nov 2026 07:00:00 GMT"). */
const rfc822 = (date: Date): string => date.toUTCString()

export function renderRss(feed: Feed): string {
  const items = feed.entries.map((e) => {
    const published = validDate(e.published)
    return [
      '<item>',
      `<title>${xmlText(e.title)}</title>`,
      `<link>${xmlText(e.url)}</link>`,
      `<guid isPermaLink="true">${xmlText(e.url)}</guid>`,
      published ? `<pubDate>${rfc822(published)}</pubDate>` : '',
      e.summary ? `<description>${xmlText(e.summary)}</description>` : '',
      ...(e.categories ?? []).map((c) => `<category>${xmlText(c)}</category>`),
      e.author ? `<dc:creator>${xmlText(e.author)}</dc:creator>` : '',
      '</item>',
    ].join('')
  })
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${xmlText(feed.title)}</title>
<link>${xmlText(feed.htmlUrl)}</link>
<description>${xmlText(feed.description)}</description>
<language>vi</language>
<lastBuildDate>${rfc822(feedUpdated(feed))}</lastBuildDate>
<atom:link href="${xmlText(feed.rssUrl)}" rel="self" type="application/rss+xml"/>
<atom:link href="${xmlText(feed.atomUrl)}" rel="alternate" type="application/atom+xml"/>
${items.join('\n')}
</channel>
</rss>
`
}

export function renderAtom(feed: Feed): string {
  const entries = feed.entries.map((e) => {
    const published = validDate(e.published)
    return [
      '<entry>',
      `<id>${xmlText(e.url)}</id>`,
      `<title type="text">${xmlText(e.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${xmlText(e.url)}"/>`,
      published ? `<published>${published.toISOString()}</published>` : '',
      `<updated>${entryUpdated(e).toISOString()}</updated>`,
      `<author><name>${xmlText(e.author || feed.publisher)}</name></author>`,
      e.summary ? `<summary type="text">${xmlText(e.summary)}</summary>` : '',
      ...(e.categories ?? []).map((c) => `<category term="${xmlText(c)}"/>`),
      '</entry>',
    ].join('')
  })
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
<id>${xmlText(feed.atomUrl)}</id>
<title type="text">${xmlText(feed.title)}</title>
<subtitle type="text">${xmlText(feed.description)}</subtitle>
<updated>${feedUpdated(feed).toISOString()}</updated>
<author><name>${xmlText(feed.publisher)}</name></author>
<link rel="self" type="application/atom+xml" href="${xmlText(feed.atomUrl)}"/>
<link rel="alternate" type="text/html" href="${xmlText(feed.htmlUrl)}"/>
<link rel="alternate" type="application/rss+xml" href="${xmlText(feed.rssUrl)}"/>
${entries.join('\n')}
</feed>
`
}
