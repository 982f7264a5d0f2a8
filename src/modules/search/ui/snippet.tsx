import type { SnippetSegment } from '../engine/types'

/** A result snippet with the matched words in <mark>; React escapes every piece of text. */
export function Snippet({ segments }: { segments: SnippetSegment[] }) {
  if (segments.length === 0) return null
  return (
    <p className="app-doclist__summary">
      {segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </p>
  )
}

/** The same snippet as HTML text for the JSON API, escaped. */
export function snippetHtml(segments: SnippetSegment[]): string {
  const esc = (t: string) =>
    t.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)
  return segments.map((s) => (s.hit ? `<mark>${esc(s.text)}</mark>` : esc(s.text))).join('')
}
