import type { Article } from '@/payload-types'
import { absoluteUrl } from '@/shared/ui/site-url'

function xml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  )
}

/** An RSS 2.0 feed of articles. */
export function renderRss(args: { title: string; link: string; description: string; articles: Article[] }): string {
  const items = args.articles
    .map((a) => {
      const url = absoluteUrl(`/bai-viet/${a.slug}`)
      return [
        '<item>',
        `<title>${xml(a.title)}</title>`,
        `<link>${xml(url)}</link>`,
        `<guid isPermaLink="true">${xml(url)}</guid>`,
        a.publishedAt ? `<pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate>` : '',
        a.summary ? `<description>${xml(a.summary)}</description>` : '',
        '</item>',
      ].join('')
    })
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${xml(args.title)}</title>
<link>${xml(absoluteUrl(args.link))}</link>
<description>${xml(args.description)}</description>
<language>vi</language>
<atom:link href="${xml(absoluteUrl(args.link === '/' ? '/rss.xml' : `${args.link}/rss.xml`))}" rel="self" type="application/rss+xml"/>
${items}
</channel>
</rss>
`
}

export const RSS_HEADERS = { 'Content-Type': 'application/rss+xml; charset=utf-8' }
