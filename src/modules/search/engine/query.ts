/**
 * A visitor's query as weighted terms. Nothing of it ever reaches SQL as text: terms are looked up
 * as bound values, so quotes, `*`, `NEAR`, `--` and the like are just characters.
 */
import { articleKey, bigram, unigram } from './terms'
import { foldSyllable, normalizeForIndex, queryCompounds, tokenize, type Token } from './text'

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
  /** true for the words that only make it a question ("gì", "như thế nào", "… đúng hay sai?") */
  asking: boolean
}

export type ParsedQuery = {
  text: string
  tokens: Token[]
  /** true when the visitor typed tone or vowel marks (or đ) */
  toned: boolean
  terms: QueryTerm[]
}

function push(terms: Map<string, QueryTerm>, term: Omit<QueryTerm, 'count' | 'asking'>, asking = false): void {
  const found = terms.get(term.folded)
  if (found) {
    found.count += 1
    // A word asked about elsewhere in the query is no mere question word.
    if (!asking && found.asking) {
      found.asking = false
      found.unit = term.unit
    }
  } else terms.set(term.folded, { ...term, unit: term.unit && !asking, asking, count: 1 })
}

/**
 * Words that make a sentence a question and say nothing of its subject, as toned syllables: the
 * interrogatives anywhere, the yes/no tails only at the end of the query. A single syllable counts
 * only when typed with its marks ("nào", but "nao" may be "não"); "sao" never ("bản sao").
 */
const QUESTION_SYLLABLES = ['gì', 'nào', 'ai', 'mấy']
const QUESTION_PHRASES = [
  'bao nhiêu',
  'thế nào',
  'như thế nào',
  'như nào',
  'ra sao',
  'vì sao',
  'tại sao',
  'hay không',
  'đúng hay sai',
]
const QUESTION_TAILS = ['không', 'chưa', 'đúng không', 'phải không', 'được không']

const split = (list: string[], folded: boolean) =>
  list.map((p) => p.split(' ').map((w) => (folded ? foldSyllable(w) : w)))
const PHRASES = {
  toned: split([...QUESTION_SYLLABLES, ...QUESTION_PHRASES], false),
  folded: split(QUESTION_PHRASES, true),
}
const TAILS = { toned: split(QUESTION_TAILS, false), folded: split(QUESTION_TAILS, true) }

function matchesAt(words: string[], at: number, phrase: string[]): boolean {
  return phrase.every((w, i) => words[at + i] === w)
}

/** Which tokens are question words; none when the whole query would be (then it is the subject). */
export function questionWords(tokens: Token[], toned: boolean): boolean[] {
  const words = tokens.map((t) => (toned ? t.text : t.folded))
  const phrases = toned ? PHRASES.toned : PHRASES.folded
  const tails = toned ? TAILS.toned : TAILS.folded
  const asking = words.map(() => false)
  const mark = (at: number, length: number) => {
    for (let i = at; i < at + length; i++) asking[i] = true
  }
  words.forEach((_, at) => {
    for (const phrase of phrases) if (matchesAt(words, at, phrase)) mark(at, phrase.length)
  })
  for (const tail of tails) {
    const at = words.length - tail.length
    if (at > 0 && matchesAt(words, at, tail)) mark(at, tail.length)
  }
  return asking.every(Boolean) ? asking.map(() => false) : asking
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
  const asking = questionWords(tokens, toned)
  tokens.forEach((token, i) => {
    const u = unigram(token)
    push(terms, { kind: 'u', folded: u.folded, toned: toned ? u.term : null, unit: true }, asking[i])
    const previous = tokens[i - 1]
    if (previous && !token.breakBefore) {
      const b = bigram(previous, token)
      push(
        terms,
        { kind: 'b', folded: b.folded, toned: toned ? b.term : null, unit: false },
        asking[i] || asking[i - 1],
      )
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
