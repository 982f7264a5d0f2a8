/**
 * The site search interface. The simple implementation below matches folded words; a later
 * search engine (legal documents issue) replaces it behind this same interface.
 */
export type SearchHit = {
  collection: string
  kind: string
  id: number | string
  title: string
  url: string
  summary: string | null
  date: string | null
}

export type SearchResult = { query: string; hits: SearchHit[]; total: number; page: number; totalPages: number }

export type SiteSearch = {
  search(args: { query: string; page: number; limit: number }): Promise<SearchResult>
}

export const SEARCH_MAX_QUERY = 200
export const SEARCH_MAX_TERMS = 8

export type QueryCheck = { ok: true; query: string } | { ok: false; message: string }

/** Validates a visitor's query: trimmed, NFC, not empty, not too long. */
export function checkQuery(raw: string | string[] | undefined | null): QueryCheck {
  const value = Array.isArray(raw) ? raw[0] : raw
  const query = (value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim()
  if (!query) return { ok: false, message: 'Vui lòng nhập từ khóa cần tìm.' }
  if (query.length > SEARCH_MAX_QUERY)
    return { ok: false, message: `Từ khóa quá dài (tối đa ${SEARCH_MAX_QUERY} ký tự).` }
  return { ok: true, query }
}
