import { describe, expect, it } from 'vitest'
import { documentSlugSource } from '../collections/legal-documents/document-slug'
import { displayTitleOf, initialStatus } from './document-keys'
import { buildStructure } from './document-structure'

const NOW = new Date('2026-11-28T00:00:00Z')

describe('derived values of a document', () => {
  it('starts a document with the status its dates give', () => {
    expect(initialStatus({}, NOW)).toBe('chua-xac-dinh')
    expect(initialStatus({ effectiveAt: '2027-01-01T00:00:00Z' }, NOW)).toBe('chua-co-hieu-luc')
    expect(initialStatus({ effectiveAt: '2020-01-01T00:00:00Z' }, NOW)).toBe('con-hieu-luc')
    expect(initialStatus({ effectiveAt: '2020-01-01T00:00:00Z', expiresAt: '2021-01-01T00:00:00Z' }, NOW)).toBe(
      'het-hieu-luc-toan-bo',
    )
  })
  it('titles laws by name and other documents by type and number', () => {
    expect(displayTitleOf({ type: 'bo-luat', number: '45/2019/QH14', title: 'Bộ luật Lao động 2019' })).toBe(
      'Bộ luật Lao động 2019 (45/2019/QH14)',
    )
    expect(displayTitleOf({ type: 'nghi-dinh', number: '68/2010/NĐ-CP', title: 'Quy định về xử phạt' })).toBe(
      'Nghị định 68/2010/NĐ-CP – Quy định về xử phạt',
    )
  })
  it('makes slugs from the type and number, adding the year when the number has none', () => {
    expect(documentSlugSource({ type: 'bo-luat', number: '45/2019/QH14', title: 'x' })).toBe('Bộ luật 45/2019/QH14')
    expect(documentSlugSource({ type: 'quyet-dinh', number: '927/QĐ-TTg', issuedAt: '2010-06-21T17:00:00.000Z' })).toBe(
      'Quyết định 927/QĐ-TTg 2010',
    )
    expect(documentSlugSource({ type: 'cong-van', number: 'Không số', title: 'Về việc A' })).toBe('Công văn Về việc A')
  })
  it('parses the body after the header and reports gaps in the article numbers', () => {
    const { structure, summary } = buildStructure(
      ['BỘ TƯ PHÁP', 'Số: 01/2024/TT-BTP', 'THÔNG TƯ', 'Quy định thử', 'Điều 1. Một', 'Điều 3. Ba'].join('\n'),
    )
    expect(structure?.nodes.map((n) => n.anchor)).toEqual(['dieu-1', 'dieu-3'])
    expect(summary).toContain('Tìm thấy 2 điều.')
    expect(summary).toContain('Cảnh báo: Không thấy Điều 2')
  })
})
