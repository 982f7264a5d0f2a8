/**
 * The document as a flat list of styled blocks, shared by the PDF and DOCX downloads: title
 * block, preamble, headings for parts/chapters (centred), sections and articles, provisions as
 * paragraphs with their printed number, the signature and the appendix.
 */
import type { StoredStructure } from '@/modules/legal-documents/hooks/document-structure'
import type { StructureNode } from '@/modules/legal-documents/parse'
import { typeLabel } from '@/modules/legal-documents/ui/document-items'
import type { AknSource } from './load'
import { provisionNum } from './uris'

export type BlockStyle = 'issuer' | 'title' | 'subtitle' | 'chapter' | 'section' | 'article' | 'text' | 'sign' | 'note'
export type Block = { style: BlockStyle; text: string; anchor?: string }

const split = (text: string): string[] =>
  text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)

function walk(node: StructureNode, mode: StoredStructure['mode'], out: Block[]): void {
  const lines = split(node.text)
  if (node.kind === 'phan' || node.kind === 'chuong' || node.kind === 'muc-la-ma') {
    out.push({ style: 'chapter', text: node.label, anchor: node.anchor })
    if (node.heading) out.push({ style: 'chapter', text: node.heading })
    for (const l of lines) out.push({ style: 'text', text: l })
  } else if ((node.kind === 'muc' && mode === 'legal') || node.kind === 'tieu-muc') {
    out.push({
      style: 'section',
      text: node.heading ? `${node.label}. ${node.heading}` : node.label,
      anchor: node.anchor,
    })
    for (const l of lines) out.push({ style: 'text', text: l })
  } else if (node.kind === 'dieu') {
    out.push({
      style: 'article',
      text: `${provisionNum(node)}${node.heading ? ` ${node.heading}` : ''}`,
      anchor: node.anchor,
    })
    for (const l of lines) out.push({ style: 'text', text: l })
  } else {
    const [first = '', ...rest] = lines
    out.push({ style: 'text', text: `${provisionNum(node)} ${first}`.trim(), anchor: node.anchor })
    for (const l of rest) out.push({ style: 'text', text: l })
  }
  for (const child of node.children) walk(child, mode, out)
}

export function documentBlocks(source: AknSource): Block[] {
  const { doc, key } = source
  const structure = (doc.structure ?? null) as StoredStructure | null
  const out: Block[] = [
    { style: 'issuer', text: doc.issuer.toUpperCase() },
    { style: 'subtitle', text: `Số: ${doc.number} — ngày ${key.issuedDay.split('-').reverse().join('/')}` },
    { style: 'title', text: typeLabel(doc.type).toUpperCase() },
    { style: 'subtitle', text: doc.title },
  ]
  if (structure && structure.nodes.length > 0) {
    for (const l of split(structure.preamble)) out.push({ style: 'text', text: l })
    for (const node of structure.nodes) walk(node, structure.mode, out)
  } else {
    for (const l of split(doc.text ?? '')) out.push({ style: 'text', text: l })
  }
  if (doc.signerTitle) out.push({ style: 'sign', text: doc.signerTitle })
  if (doc.signer) out.push({ style: 'sign', text: doc.signer })
  if (structure?.appendix?.trim()) {
    out.push({ style: 'chapter', text: 'PHỤ LỤC', anchor: 'phu-luc' })
    for (const l of split(structure.appendix)) out.push({ style: 'text', text: l })
  }
  out.push({
    style: 'note',
    text: `Bản tạo tự động từ toàn văn trên ${source.siteName}; bản có giá trị pháp lý là bản đăng Công báo hoặc bản giấy có chữ ký, con dấu.`,
  })
  return out
}
