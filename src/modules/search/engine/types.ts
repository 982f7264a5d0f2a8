/** Public types of the site search engine (one interface, a SQLite and a PostgreSQL store). */

export type SearchFacetValues = {
  /** document type, e.g. "Luật", "Nghị định", "Tin tức" */
  type?: string | null
  /** fields (lĩnh vực); an entry may belong to several */
  field?: string[] | null
  status?: string | null
  issuer?: string | null
  year?: number | null
}

/** One searchable unit: an article, a whole document, or one Điều of a legal document. */
export type SearchEntry = {
  /** unique, e.g. "legal-documents:12:dieu-5" or "articles:7" */
  key: string
  collection: string
  docId: string | number
  url: string
  /** the document's title (for an Điều: the title of the document it belongs to) */
  title: string
  /** for an Điều: "Điều 5. Áp dụng pháp luật"; for a page: a subtitle */
  heading?: string | null
  body: string
  /** số ký hiệu, e.g. "25/2024/QĐ-UBND" */
  docNumber?: string | null
  /** "5" for Điều 5 */
  articleNumber?: string | null
  facets?: SearchFacetValues
  publishedAt?: string | null
}

export type SearchFilters = {
  collection?: string
  type?: string
  field?: string
  status?: string
  issuer?: string
  year?: number
}

export type SearchRequest = {
  query: string
  filters?: SearchFilters
  page?: number
  limit?: number
  /** false: hits come without snippets (and bodies are not read), for quick suggestions */
  snippets?: boolean
}

/** A piece of a snippet; `hit` pieces are the ones to show highlighted (e.g. in <mark>). */
export type SnippetSegment = { text: string; hit: boolean }

export type SearchHitResult = {
  key: string
  collection: string
  docId: string
  url: string
  title: string
  heading: string | null
  docNumber: string | null
  articleNumber: string | null
  publishedAt: string | null
  snippet: SnippetSegment[]
  score: number
}

export type FacetCount = { value: string; count: number }

export type SearchFacets = {
  collection: FacetCount[]
  type: FacetCount[]
  field: FacetCount[]
  status: FacetCount[]
  issuer: FacetCount[]
  year: FacetCount[]
}

export type SearchResponse = {
  hits: SearchHitResult[]
  total: number
  page: number
  totalPages: number
  facets: SearchFacets
  didYouMean?: string
}

export type SearchEngine = {
  readonly dialect: 'sqlite' | 'postgres'
  /** Creates the engine's own tables when missing; safe to call any number of times. */
  ensureSchema(): Promise<void>
  /** Adds entries, or replaces the entries with the same keys. Visible to the next search. */
  index(entries: SearchEntry[]): Promise<void>
  remove(keys: string[]): Promise<void>
  search(request: SearchRequest): Promise<SearchResponse>
  /** Number of live entries. */
  count(): Promise<number>
}
