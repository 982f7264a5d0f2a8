/**
 * A visitor's query as weighted terms. Nothing of it ever reaches SQL as text: terms are looked up
 * as bound values, so quotes, `*`, `NEAR`, `--` and the like are just characters.
 */
import { articleKey, bigram, unigram } from './terms'
import { normalizeForIndex, queryCompounds, tokenize, type Token } from './text'

export const MAX_QUERY_CHARS = 1000
export const MAX_QUERY_TOKENS = 64

/** syllable, bigram, number, article number, definitions-article hint */
export type TermKind = 'u' | 'b' | 'n' | 'a' | 'd'

export type QueryTerm = {
  kind: TermKind
  /** look-up key: all toned variants of it are read */
  folded: string
  /** the exact toned key, scored again when the query has tone marks */
  toned: string | null
  /** how many times the query has it */
  count: number
  /** a unit of "how much of the query a result must contain" */
  unit: boolean
}

export type ParsedQuery = {
  text: string
  tokens: Token[]
  /** true when the visitor typed tone or vowel marks (or đ) */
  toned: boolean
  terms: QueryTerm[]
}

function push(terms: Map<string, QueryTerm>, term: Omit<QueryTerm, 'count'>): void {
  const found = terms.get(term.folded)
  if (found) found.count += 1
  else terms.set(term.folded, { ...term, count: 1 })
}

const ARTICLE_REF = /(?:^|[^\p{L}\p{N}])điều\s+(\d+[a-zđ]?)(?![\p{L}\p{N}])/giu

/** "X là gì?", "định nghĩa X", "X được hiểu như thế nào": the answer is in a definitions article. */
const DEFINITION_ASK = /(?:^| )(?:la gi|dinh nghia|duoc hieu|hieu nhu the nao|hieu la|giai thich)(?: |$)/
const DEFINITION_TERMS = ['b:giai thich', 'b:thich tu', 'b:tu ngu']

function asksDefinition(tokens: Token[]): boolean {
  return DEFINITION_ASK.test(tokens.map((t) => t.folded).join(' '))
}

export function parseQuery(raw: string): ParsedQuery {
  const text = normalizeForIndex(raw.slice(0, MAX_QUERY_CHARS)).replace(/\s+/g, ' ').trim()
  const tokens = tokenize(text, MAX_QUERY_TOKENS)
  const toned = tokens.some((t) => t.text !== t.folded)
  const terms = new Map<string, QueryTerm>()
  tokens.forEach((token, i) => {
    const u = unigram(token)
    push(terms, { kind: 'u', folded: u.folded, toned: toned ? u.term : null, unit: true })
    const previous = tokens[i - 1]
    if (previous && !token.breakBefore) {
      const b = bigram(previous, token)
      push(terms, { kind: 'b', folded: b.folded, toned: toned ? b.term : null, unit: false })
    }
  })
  for (const key of queryCompounds(text, tokens))
    push(terms, { kind: 'n', folded: `n:${key}`, toned: null, unit: true })
  for (const match of text.matchAll(ARTICLE_REF)) {
    const key = articleKey(match[1] ?? '')
    if (key) push(terms, { kind: 'a', folded: `a:${key}`, toned: null, unit: false })
  }
  if (asksDefinition(tokens)) {
    for (const folded of DEFINITION_TERMS) push(terms, { kind: 'd', folded, toned: null, unit: false })
  }
  return { text, tokens, toned, terms: [...terms.values()] }
}
