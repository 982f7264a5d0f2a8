import { nfc } from '@/shared/text/vietnamese'
import { readAlqacLaws } from '../parse'
import { mapCongbaoRecord, mapCorpusDocument, mapPlainText, str } from './map-records'
import type { ConcreteFormat, ImportFormat, ImportRecord } from './types'

type Line = { line: number; value: unknown } | { line: number; error: string }

function jsonLines(content: string): Line[] {
  const out: Line[] = []
  content.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return
    try {
      out.push({ line: index + 1, value: JSON.parse(raw) as unknown })
    } catch {
      out.push({ line: index + 1, error: 'dòng không phải JSON hợp lệ.' })
    }
  })
  return out
}

const keysOf = (value: unknown): string[] =>
  typeof value === 'object' && value !== null ? Object.keys(value as Record<string, unknown>) : []

/** Picks the format from the file name and, for JSON Lines, from the keys of the first record. */
export function detectFormat(fileName: string, content: string, requested: ImportFormat): ConcreteFormat | null {
  if (requested !== 'auto') return requested
  const lower = fileName.toLowerCase()
  if (lower.endsWith('.txt')) return 'text'
  if (lower.endsWith('.json')) return 'alqac'
  const start = content.search(/\S/)
  const end = content.indexOf('\n', Math.max(0, start))
  const [first] = jsonLines(content.slice(Math.max(0, start), end === -1 ? undefined : end))
  const keys = first && 'value' in first ? keysOf(first.value) : []
  if (keys.includes('article_id')) return 'articles'
  if (keys.includes('trich_yeu') || keys.includes('cong_bao_so')) return 'congbao'
  if (keys.includes('so_hieu')) return 'jsonl'
  return null
}

/** Articles of one document are consecutive lines; they are joined into one text per document. */
function articleRecords(lines: Line[]): ImportRecord[] {
  const groups = new Map<string, { line: number; parts: string[] }>()
  const out: ImportRecord[] = []
  for (const item of lines) {
    if ('error' in item) {
      out.push({ line: item.line, kind: 'error', message: item.error })
      continue
    }
    const value = item.value as Record<string, unknown>
    const docId = str(value.doc_id)
    const heading = str(value.heading)
    const text = typeof value.text === 'string' ? nfc(value.text).trim() : null
    if (!docId || !heading || text === null) {
      out.push({ line: item.line, kind: 'error', message: 'thiếu doc_id, heading hoặc text của điều.' })
      continue
    }
    const group = groups.get(docId) ?? { line: item.line, parts: [] }
    group.parts.push(`${heading}\n${text}`)
    groups.set(docId, group)
  }
  for (const [docId, group] of groups) {
    out.push({
      line: group.line,
      kind: 'attach',
      input: { number: docId, title: null, text: group.parts.join('\n'), articleCount: group.parts.length },
      warnings: [],
    })
  }
  return out.sort((a, b) => a.line - b.line)
}

function alqacRecords(content: string): ImportRecord[] {
  let json: unknown
  try {
    json = JSON.parse(content) as unknown
  } catch {
    return [{ line: 1, kind: 'error', message: 'tệp không phải JSON hợp lệ.' }]
  }
  const read = readAlqacLaws(json)
  if (!read.ok) return [{ line: 1, kind: 'error', message: read.message }]
  return read.laws.map((law, index) => ({
    // law.json has no useful line numbers: the position of the law in the file stands in.
    line: index + 1,
    kind: 'attach',
    input: {
      number: law.documentNumber,
      title: law.title,
      text: law.articles.map((a) => `Điều ${a.number}. ${a.text}`).join('\n'),
      articleCount: law.articles.length,
    },
    warnings: [],
  }))
}

/** Reads a source file into import records, one per document. */
export function readRecords(format: ConcreteFormat, content: string, now: Date): ImportRecord[] {
  if (format === 'alqac') return alqacRecords(content)
  if (format === 'text') {
    const mapped = mapPlainText(content, now)
    return [
      mapped.ok
        ? { line: 1, kind: 'document', input: mapped.input, warnings: mapped.warnings }
        : { line: 1, kind: 'error', message: mapped.message },
    ]
  }
  const lines = jsonLines(content)
  if (format === 'articles') return articleRecords(lines)
  const map = format === 'congbao' ? mapCongbaoRecord : mapCorpusDocument
  return lines.map((item): ImportRecord => {
    if ('error' in item) return { line: item.line, kind: 'error', message: item.error }
    const mapped = map(item.value, now)
    return mapped.ok
      ? { line: item.line, kind: 'document', input: mapped.input, warnings: mapped.warnings }
      : { line: item.line, kind: 'error', message: mapped.message }
  })
}
