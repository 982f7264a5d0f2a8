import type { CollectionBeforeChangeHook } from 'payload'
import { nfc } from '@/shared/text/vietnamese'
import { countKinds, parseHeader, parseStructure, type StructureKind, type StructureTree } from '../parse'

/** What is stored in `structure`: the parser's tree and the appendix that follows the signature. */
export type StoredStructure = StructureTree & { appendix: string | null }

const KIND_LABELS: Partial<Record<StructureKind, string>> = {
  phan: 'phần',
  chuong: 'chương',
  muc: 'mục',
  'tieu-muc': 'tiểu mục',
  dieu: 'điều',
  khoan: 'khoản',
  diem: 'điểm',
  'muc-la-ma': 'mục lớn',
}

const size = (tree: StructureTree): number => Object.values(countKinds(tree)).reduce((a, b) => a + (b ?? 0), 0)

/**
 * Parses a full text. The header (issuer, Quốc hiệu, number, title) and the signature are left out
 * of the tree when the header parser recognises them; otherwise the whole text is parsed, so that
 * nothing of the body is ever dropped.
 */
export function buildStructure(text: string): { structure: StoredStructure | null; summary: string } {
  if (text.trim() === '') return { structure: null, summary: '' }
  const full = parseStructure(text)
  const header = parseHeader(text)
  const body = header.typeLine !== null && header.body.trim() !== '' ? parseStructure(header.body) : null
  const useBody = body !== null && size(body) >= size(full)
  const tree = useBody ? body : full
  const structure: StoredStructure = { ...tree, appendix: useBody ? header.appendix : null }
  const counts = countKinds(tree)
  const parts = (Object.keys(KIND_LABELS) as StructureKind[])
    .filter((kind) => (counts[kind] ?? 0) > 0)
    .map((kind) => `${counts[kind]} ${KIND_LABELS[kind]}`)
  const summary = [
    parts.length > 0 ? `Tìm thấy ${parts.join(', ')}.` : 'Không tìm thấy điều, khoản hay mục đánh số nào.',
    ...tree.warnings.map((w) => `Cảnh báo: ${w}`),
  ].join('\n')
  return { structure, summary }
}

/**
 * Keeps `structure` in step with `text`: parsed again when the text changes, otherwise the stored
 * tree is kept (whatever a client sent for it is ignored).
 */
export const computeStructure: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const next = data as Record<string, unknown>
  const previous = (originalDoc ?? {}) as Record<string, unknown>
  if (!('text' in next)) {
    delete next.structure
    delete next.parseSummary
    return next
  }
  const text = typeof next.text === 'string' ? nfc(next.text) : ''
  next.text = text === '' ? null : text
  if (text === previous.text && previous.structure) {
    next.structure = previous.structure
    next.parseSummary = previous.parseSummary
    return next
  }
  const { structure, summary } = buildStructure(text)
  next.structure = structure
  next.parseSummary = summary || null
  return next
}
