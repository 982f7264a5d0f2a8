import { FEED_CONTENT_TYPES, feedUpdated, renderAtom, renderRss, type FeedFormat } from './render'
import { loadFeed, type FeedScope } from './sources'

const NOT_FOUND: Record<FeedScope['kind'], string> = {
  site: 'Không tìm thấy nguồn tin.',
  section: 'Không tìm thấy chuyên mục.',
  'document-type': 'Không có loại văn bản này.',
  'legal-field': 'Không tìm thấy lĩnh vực.',
}

/**
 * The HTTP answer for one feed: RSS 2.0 or Atom 1.0, with Last-Modified so readers polling
 * it can revalidate cheaply; a plain Vietnamese 404 for an unknown section, type or field.
 */
export async function feedResponse(scope: FeedScope, format: FeedFormat): Promise<Response> {
  const feed = await loadFeed(scope)
  if (!feed) {
    return new Response(NOT_FOUND[scope.kind], {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const body = format === 'rss' ? renderRss(feed) : renderAtom(feed)
  return new Response(body, {
    headers: {
      'Content-Type': FEED_CONTENT_TYPES[format],
      'Last-Modified': feedUpdated(feed).toUTCString(),
      'Cache-Control': 'public, max-age=300',
    },
  })
}
