/**
 * The terms of an entry. Every term has a toned form (the posting key) and a folded form (the
 * look-up key); a folded query term reads the postings of all its toned variants.
 *   u:luật          syllable            folded u:luat
 *   b:luật đất      adjacent syllables  folded b:luat dat   (not across punctuation)
 *   n:25/2024       number compound     (already folded)
 *   a:5             article number      (already folded)
 * Frequencies are kept per field: title, heading, body, number.
 */
import { compoundKeys, normalizeForIndex, tokenize, type Token } from './text'
import type { SearchEntry } from './types'

export const FIELDS = ['title', 'heading', 'body', 'number'] as const
export const FIELD_COUNT = FIELDS.length
export type FieldFrequencies = [number, number, number, number]

export type TermInfo = { folded: string; tf: FieldFrequencies }
export type EntryTerms = { terms: Map<string, TermInfo>; lengths: FieldFrequencies }

const MAX_TOKENS_PER_FIELD = 60_000

export function unigram(token: Token): { term: string; folded: string } {
  return { term: `u:${token.text}`, folded: `u:${token.folded}` }
}

export function bigram(a: Token, b: Token): { term: string; folded: string } {
  return { term: `b:${a.text} ${b.text}`, folded: `b:${a.folded} ${b.folded}` }
}

function add(terms: Map<string, TermInfo>, term: string, folded: string, field: number): void {
  let info = terms.get(term)
  if (!info) {
    info = { folded, tf: [0, 0, 0, 0] }
    terms.set(term, info)
  }
  info.tf[field] = (info.tf[field] ?? 0) + 1
}

function addText(terms: Map<string, TermInfo>, text: string, field: number): number {
  const tokens = tokenize(text, MAX_TOKENS_PER_FIELD)
  let previous: Token | null = null
  for (const token of tokens) {
    const u = unigram(token)
    add(terms, u.term, u.folded, field)
    if (previous && !token.breakBefore) {
      const b = bigram(previous, token)
      add(terms, b.term, b.folded, field)
    }
    previous = token
  }
  for (const key of compoundKeys(text, tokens)) add(terms, `n:${key}`, `n:${key}`, field)
  return tokens.length
}

/** Normalizes an article number: "Điều 5" / "5" / "5a" → "5" / "5a". */
export function articleKey(value: string): string {
  const folded = tokenize(normalizeForIndex(value))
    .map((t) => t.folded)
    .filter((t) => t !== 'dieu')
  return folded.join(' ')
}

export function entryTerms(entry: SearchEntry): EntryTerms {
  const terms = new Map<string, TermInfo>()
  const lengths: FieldFrequencies = [0, 0, 0, 0]
  lengths[0] = addText(terms, normalizeForIndex(entry.title), 0)
  lengths[1] = addText(terms, normalizeForIndex(entry.heading ?? ''), 1)
  lengths[2] = addText(terms, normalizeForIndex(entry.body), 2)
  lengths[3] = addText(terms, normalizeForIndex(entry.docNumber ?? ''), 3)
  if (entry.articleNumber) {
    const key = articleKey(entry.articleNumber)
    if (key) add(terms, `a:${key}`, `a:${key}`, 3)
  }
  return { terms, lengths }
}

export const FACET_DIMENSIONS = ['collection', 'type', 'field', 'status', 'issuer', 'year'] as const
export type FacetDimension = (typeof FACET_DIMENSIONS)[number]

/** Facet values of an entry, as (dimension, value) pairs; values are kept as given (trimmed, NFC). */
export function entryFacets(entry: SearchEntry): Array<[FacetDimension, string]> {
  const out: Array<[FacetDimension, string]> = [['collection', entry.collection]]
  const f = entry.facets ?? {}
  const one = (dim: FacetDimension, value: string | number | null | undefined) => {
    const text = value === null || value === undefined ? '' : normalizeForIndex(String(value)).trim()
    if (text) out.push([dim, text])
  }
  one('type', f.type)
  one('status', f.status)
  one('issuer', f.issuer)
  one('year', f.year)
  for (const field of new Set(f.field ?? [])) one('field', field)
  return out
}

export function facetTerm(dim: FacetDimension, value: string): string {
  return `f:${dim}=${value}`
}
