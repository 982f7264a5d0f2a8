/**
 * A short passage of the body around the query's words, as segments: `hit` segments are the
 * matched words (to render in <mark>). Plain data, never HTML, so nothing needs escaping here.
 */
import { normalizeForIndex, tokenize, type Token } from './text'
import type { SnippetSegment } from './types'

export const SNIPPET_TOKENS = 36

function bestWindow(tokens: Token[], isHit: boolean[], size: number): number {
  if (tokens.length <= size) return 0
  const counts = new Map<string, number>()
  let distinct = 0
  let hits = 0
  let best = 0
  let bestValue = -1
  for (let i = 0; i < tokens.length; i++) {
    if (isHit[i]) {
      const key = tokens[i]?.folded ?? ''
      const c = counts.get(key) ?? 0
      if (c === 0) distinct++
      counts.set(key, c + 1)
      hits++
    }
    const out = i - size
    if (out >= 0 && isHit[out]) {
      const key = tokens[out]?.folded ?? ''
      const c = (counts.get(key) ?? 1) - 1
      if (c === 0) distinct--
      counts.set(key, c)
      hits--
    }
    const start = Math.max(0, i - size + 1)
    const value = distinct * 1000 + hits
    if (i >= size - 1 && value > bestValue) {
      bestValue = value
      best = start
    }
  }
  // Start a little before the first hit, so the passage reads from its context.
  const firstHit = isHit.findIndex((h, i) => h && i >= best)
  return firstHit > best + 4 ? Math.min(firstHit - 4, tokens.length - size) : best
}

export function makeSnippet(
  body: string,
  querySyllables: ReadonlySet<string>,
  size = SNIPPET_TOKENS,
): SnippetSegment[] {
  const text = normalizeForIndex(body)
  const tokens = tokenize(text)
  if (tokens.length === 0) return []
  const isHit = tokens.map((t) => querySyllables.has(t.folded))
  const from = bestWindow(tokens, isHit, size)
  const to = Math.min(tokens.length, from + size) - 1
  const segments: SnippetSegment[] = []
  const pushText = (value: string, hit: boolean) => {
    if (!value) return
    const last = segments[segments.length - 1]
    if (last && last.hit === hit) last.text += value
    else segments.push({ text: value, hit })
  }
  if (from > 0) pushText('… ', false)
  let cursor = tokens[from]?.start ?? 0
  for (let i = from; i <= to; i++) {
    const token = tokens[i]
    if (!token) continue
    const gap = text.slice(cursor, token.start)
    // Words joined by spaces stay in one highlight: "đất đai", not "đất" + " " + "đai".
    const joinsHit = isHit[i] && isHit[i - 1] && i > from && /^\s+$/.test(gap)
    pushText(gap.replace(/\s+/g, ' '), Boolean(joinsHit))
    pushText(text.slice(token.start, token.end), Boolean(isHit[i]))
    cursor = token.end
  }
  const lastToken = tokens[to]
  if (lastToken && to < tokens.length - 1) pushText(' …', false)
  else if (lastToken) pushText(text.slice(lastToken.end).replace(/\s+/g, ' ').trimEnd(), false)
  return segments
}
