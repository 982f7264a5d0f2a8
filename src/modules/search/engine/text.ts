/**
 * Tokenizing for the search engine. A token is one syllable (letters and digits), lower case NFC
 * with its tone marks kept (`text`) and folded (`folded`: no marks, đ → d). Document numbers and
 * other slash/hyphen compounds ("25/2024/QĐ-UBND", "QĐ-UBND") also give compound keys, so that
 * an exact or a partial number finds them.
 */
import { nfc } from '@/shared/text/vietnamese'

export type Token = {
  text: string
  folded: string
  /** offsets in the NFC string that was tokenized */
  start: number
  end: number
  /** true when punctuation (not just spaces) separates this token from the previous one */
  breakBefore: boolean
}

const FOLD_CACHE = new Map<string, string>()
const FOLD_CACHE_MAX = 200_000

/** Folds one lower-case syllable: no tone or vowel marks, đ → d. Cached: the vocabulary is small. */
export function foldSyllable(text: string): string {
  const cached = FOLD_CACHE.get(text)
  if (cached !== undefined) return cached
  const folded = /^[a-z0-9]*$/.test(text)
    ? text
    : text
        .replace(/đ/g, 'd')
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .normalize('NFC')
  if (FOLD_CACHE.size >= FOLD_CACHE_MAX) FOLD_CACHE.clear()
  FOLD_CACHE.set(text, folded)
  return folded
}

/** The engine's normal form of any text: NFC, plain spaces, Đ look-alikes made Đ. */
export function normalizeForIndex(input: string): string {
  return nfc(input)
    .replace(/\u00d0/g, 'Đ')
    .replace(/\u00f0/g, 'đ')
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu

/** Splits normalized text into syllable tokens, at most `max` of them. */
export function tokenize(text: string, max = Number.POSITIVE_INFINITY): Token[] {
  const tokens: Token[] = []
  let last = 0
  for (const match of text.matchAll(WORD)) {
    if (tokens.length >= max) break
    const start = match.index
    const raw = match[0]
    const gap = text.slice(last, start)
    const lower = raw.toLowerCase()
    tokens.push({
      text: lower,
      folded: foldSyllable(lower),
      start,
      end: start + raw.length,
      breakBefore: tokens.length === 0 || /[^\s]/u.test(gap),
    })
    last = start + raw.length
  }
  return tokens
}

const MAX_PARTS = 6

/** Runs of tokens joined by "/" or "-" with no spaces ("25/2024/QĐ-UBND"): parts and separators. */
function compounds(text: string, tokens: Token[]): Array<{ parts: string[]; seps: string[] }> {
  const runs: Array<{ parts: string[]; seps: string[] }> = []
  let run: { parts: string[]; seps: string[] } | null = null
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]
    const b = tokens[i]
    if (!a || !b) continue
    const gap = b.start - a.end === 1 ? text[a.end] : ''
    if (gap === '/' || gap === '-') {
      if (!run) runs.push((run = { parts: [a.folded], seps: [] }))
      run.parts.push(b.folded)
      run.seps.push(gap)
    } else run = null
  }
  return runs
}

/**
 * Folded keys of the slash/hyphen compounds: every run of two or more consecutive parts, so
 * "25/2024/QĐ-UBND" gives "25/2024/qd-ubnd", "25/2024", "2024/qd", "qd-ubnd", "2024/qd-ubnd"…
 */
export function compoundKeys(text: string, tokens: Token[] = tokenize(text)): string[] {
  const keys: string[] = []
  for (const { parts, seps } of compounds(text, tokens)) {
    const n = Math.min(parts.length, MAX_PARTS)
    for (let from = 0; from < n; from++) {
      let key = parts[from] ?? ''
      for (let to = from + 1; to < n; to++) {
        key += `${seps[to - 1] ?? '/'}${parts[to] ?? ''}`
        keys.push(key)
      }
    }
  }
  return keys
}

/** The whole compounds of a query, folded ("25/2024", "qd-ubnd"): what the user typed as numbers. */
export function queryCompounds(text: string, tokens: Token[]): string[] {
  return compounds(text, tokens)
    .slice(0, 8)
    .map(({ parts, seps }) =>
      parts
        .slice(0, MAX_PARTS)
        .map((p, i) => (i === 0 ? p : `${seps[i - 1] ?? '/'}${p}`))
        .join(''),
    )
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      current.push(value)
      if (value < best) best = value
    }
    if (best > max) return max + 1
    previous = current
  }
  return previous[b.length] ?? max + 1
}
