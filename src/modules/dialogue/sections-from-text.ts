import { matchDieu } from '@/modules/legal-documents/parse/markers'
import { anchorPart } from '@/modules/legal-documents/parse/structure'

export type DialogueSection = { key: string; heading: string; body: string }

/**
 * Splits a pasted draft into sections at each "Điều N." line: the key is the article's anchor
 * ("dieu-1"), the heading the line itself, the body the lines up to the next article. Text before
 * the first article (the preamble) becomes a section "mo-dau" when it is not empty; a text with
 * no article at all becomes one section.
 */
export function sectionsFromText(text: string): DialogueSection[] {
  const lines = text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n')
  const sections: DialogueSection[] = []
  let current: DialogueSection | null = null
  const preamble: string[] = []
  const seen = new Set<string>()
  for (const raw of lines) {
    const line = raw.trim()
    const marker = line ? matchDieu(line) : null
    if (marker) {
      let key = `dieu-${anchorPart(marker.number)}`
      for (let n = 2; seen.has(key); n++) key = `dieu-${anchorPart(marker.number)}-${n}`
      seen.add(key)
      current = { key, heading: line, body: '' }
      sections.push(current)
    } else if (current) {
      current.body = current.body ? `${current.body}\n${line}` : line
    } else {
      preamble.push(line)
    }
  }
  const intro = preamble.join('\n').trim()
  if (sections.length === 0) return intro ? [{ key: 'toan-bo', heading: 'Toàn bộ nội dung', body: intro }] : []
  const tidy = sections.map((s) => ({ ...s, body: s.body.replace(/\n{3,}/g, '\n\n').trim() }))
  return intro ? [{ key: 'mo-dau', heading: 'Phần mở đầu', body: intro }, ...tidy] : tidy
}
