import { checkQuery, siteSearch } from '@/modules/search'
import { parseSearchFilters } from '@/modules/search/server/parse-filters'
import { snippetHtml } from '@/modules/search/ui/snippet'
import { parsePage } from '@/shared/content/published'

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': status === 200 ? 'public, max-age=60' : 'no-store' } })

/**
 * GET /api/search?q=&type=&field=&status=&page=&limit= — site search as JSON. Each hit has the
 * document number, title, the article (Điều) number when the hit is an article, a highlighted
 * snippet (segments, and as escaped HTML with <mark>) and the URL.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const checked = checkQuery(url.searchParams.get('q'))
  if (!checked.ok) return json({ error: checked.message }, 400)
  const filters = parseSearchFilters(url.searchParams)
  if (!filters.ok) return json({ error: filters.message }, 400)
  const page = parsePage(url.searchParams.get('trang') ?? url.searchParams.get('page') ?? undefined)
  if (page === null) return json({ error: 'Số trang không hợp lệ.' }, 400)
  const limitParam = url.searchParams.get('limit')
  const limit = limitParam === null ? 20 : Number(limitParam)
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
    return json({ error: 'Tham số limit phải là số nguyên từ 1 đến 50.' }, 400)
  }
  const result = await siteSearch.search({ query: checked.query, page, limit, filters: filters.filters })
  return json({
    ...result,
    hits: result.hits.map((h) => ({ ...h, snippetHtml: snippetHtml(h.snippet) })),
  })
}
