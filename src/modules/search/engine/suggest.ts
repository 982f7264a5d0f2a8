/**
 * "Did you mean": each syllable may be replaced by a vocabulary syllable within a small edit
 * distance of its folded form; the best sequence (frequent syllables, few edits, pairs that occur
 * as bigrams in the index) is suggested when it differs from the query and finds something.
 */
import type { ParsedQuery } from './query'
import type { Store } from './store/store'
import { editDistance, foldSyllable } from './text'

const MAX_TOKENS = 12
const CANDIDATES = 6
const EDIT_COST = 3
const BIGRAM_BONUS = 4

type Word = { folded: string; df: number; variants: Array<{ text: string; df: number }> }
type Candidate = { word: string; edits: number; df: number }

async function loadVocabulary(store: Store): Promise<Map<string, Word>> {
  const vocabulary = new Map<string, Word>()
  for (const row of await store.vocabulary('u:')) {
    const folded = row.folded.slice(2)
    let word = vocabulary.get(folded)
    if (!word) vocabulary.set(folded, (word = { folded, df: 0, variants: [] }))
    word.df += row.df
    word.variants.push({ text: row.term.slice(2), df: row.df })
  }
  return vocabulary
}

function candidatesFor(folded: string, vocabulary: Map<string, Word>): Candidate[] {
  const max = folded.length <= 4 ? 1 : 2
  const found: Candidate[] = []
  const own = vocabulary.get(folded)
  if (own) found.push({ word: folded, edits: 0, df: own.df })
  if (/^\d+$/.test(folded)) return found
  for (const word of vocabulary.values()) {
    if (word.folded === folded) continue
    const edits = editDistance(folded, word.folded, max)
    if (edits <= max) found.push({ word: word.folded, edits, df: word.df })
  }
  return found.sort((a, b) => a.edits - b.edits || b.df - a.df || (a.word < b.word ? -1 : 1)).slice(0, CANDIDATES)
}

/** Picks one candidate per position: Viterbi over log(df) − edits + bigram bonuses. */
function bestPath(options: Candidate[][], bigrams: ReadonlyMap<string, number>): Candidate[] {
  type Cell = { value: number; back: number }
  const table: Cell[][] = []
  options.forEach((cands, i) => {
    table.push(
      cands.map((c) => {
        const own = Math.log(1 + c.df) - EDIT_COST * c.edits
        if (i === 0) return { value: own, back: -1 }
        let best: Cell = { value: Number.NEGATIVE_INFINITY, back: 0 }
        ;(options[i - 1] ?? []).forEach((p, j) => {
          const bonus = (bigrams.get(`b:${p.word} ${c.word}`) ?? 0) > 0 ? BIGRAM_BONUS : 0
          const value = (table[i - 1]?.[j]?.value ?? Number.NEGATIVE_INFINITY) + own + bonus
          if (value > best.value) best = { value, back: j }
        })
        return best
      }),
    )
  })
  const path: Candidate[] = []
  const last = table[table.length - 1] ?? []
  let index = last.reduce((bi, cell, i, all) => (cell.value > (all[bi]?.value ?? -Infinity) ? i : bi), 0)
  for (let i = options.length - 1; i >= 0; i--) {
    const chosen = options[i]?.[index]
    if (chosen) path.unshift(chosen)
    index = table[i]?.[index]?.back ?? 0
  }
  return path
}

function render(word: Word | undefined, candidate: Candidate, typed: string, toned: boolean): string {
  if (!toned || !word) return candidate.word
  // The toned spelling closest to what was typed, then the most frequent.
  const ranked = [...word.variants].sort(
    (a, b) =>
      editDistance(typed, a.text, 9) - editDistance(typed, b.text, 9) || b.df - a.df || (a.text < b.text ? -1 : 1),
  )
  return ranked[0]?.text ?? candidate.word
}

export async function suggest(
  store: Store,
  query: ParsedQuery,
  finds: (text: string) => Promise<boolean>,
): Promise<string | undefined> {
  const tokens = query.tokens.slice(0, MAX_TOKENS)
  if (tokens.length === 0) return undefined
  const vocabulary = await loadVocabulary(store)
  if (vocabulary.size === 0) return undefined
  const options = tokens.map((t) => {
    const found = candidatesFor(t.folded, vocabulary)
    // A word with nothing near it in the index is left out of the suggestion.
    return found.length > 0 ? found : [{ word: '', edits: 1, df: 0 }]
  })
  const pairs = new Set<string>()
  options.forEach((cands, i) => {
    for (const p of options[i - 1] ?? []) for (const c of cands) pairs.add(`b:${p.word} ${c.word}`)
  })
  const bigrams = await store.dfByFolded([...pairs])
  const path = bestPath(options, bigrams)
  if (path.every((c, i) => c.word === tokens[i]?.folded)) return undefined
  const words = path.map((c, i) => {
    const typed = tokens[i]?.text ?? ''
    if (c.word === '') return ''
    return c.word === foldSyllable(typed) ? typed : render(vocabulary.get(c.word), c, typed, query.toned)
  })
  const text = words.filter((w) => w !== '').join(' ')
  return text && (await finds(text)) ? text : undefined
}
