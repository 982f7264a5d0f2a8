import { describe, expect, it } from 'vitest'
import { SLUG_PATTERN } from '@/shared/text/vietnamese'
import {
  DOCUMENT_TYPES,
  EFFECT_STATUSES,
  RELATION_TYPES,
  documentType,
  documentTypeFromAbbreviation,
  documentTypeFromText,
  effectStatusFromText,
  relationType,
} from './document-types'
import { congbaoRecords, corpusDocuments } from './test-corpus'

describe('DOCUMENT_TYPES', () => {
  it('has unique slug values and labels', () => {
    const values = DOCUMENT_TYPES.map((type) => type.value)
    expect(new Set(values).size).toBe(values.length)
    expect(new Set(DOCUMENT_TYPES.map((type) => type.label)).size).toBe(values.length)
    for (const value of values) expect(value).toMatch(SLUG_PATTERN)
  })

  it('covers the normative types of Luật 64/2025/QH15 and the administrative ones of Nghị định 30/2020', () => {
    const labels = DOCUMENT_TYPES.map((type) => type.label)
    for (const label of [
      'Hiến pháp',
      'Bộ luật',
      'Luật',
      'Nghị quyết',
      'Nghị quyết liên tịch',
      'Pháp lệnh',
      'Lệnh',
      'Nghị định',
      'Quyết định',
      'Thông tư',
      'Thông tư liên tịch',
      'Chỉ thị',
      'Kế hoạch',
      'Hướng dẫn',
      'Thông báo',
      'Công văn',
      'Báo cáo',
      'Tờ trình',
      'Chương trình',
      'Đề án',
      'Văn bản hợp nhất',
      'Công điện',
      'Quy chế',
      'Quy định',
    ]) {
      expect(labels).toContain(label)
    }
  })

  it('gives the số ký hiệu abbreviations of Nghị định 30/2020', () => {
    const abbreviation = (value: Parameters<typeof documentType>[0]) => documentType(value).abbreviation
    expect(abbreviation('quyet-dinh')).toBe('QĐ')
    expect(abbreviation('nghi-quyet')).toBe('NQ')
    expect(abbreviation('thong-tu-lien-tich')).toBe('TTLT')
    expect(abbreviation('to-trinh')).toBe('TTr')
    expect(abbreviation('chuong-trinh')).toBe('CTr')
    expect(abbreviation('de-an')).toBe('ĐA')
    expect(abbreviation('van-ban-hop-nhat')).toBe('VBHN')
    expect(abbreviation('luat')).toBe('QH')
  })

  it('notes that công văn has no type abbreviation in its number', () => {
    const congVan = documentType('cong-van')
    expect(congVan.abbreviation).toBeNull()
    expect(congVan.note).toMatch(/không có chữ viết tắt/)
  })
})

describe('documentTypeFromText', () => {
  it.each([
    ['Luật', 'luat'],
    ['LUẬT', 'luat'],
    ['Bộ luật', 'bo-luat'],
    ['Thông tư liên tịch', 'thong-tu-lien-tich'],
    ['TTLT', 'thong-tu-lien-tich'],
    ['VBHN', 'van-ban-hop-nhat'],
    ['Văn bản hợp nhất', 'van-ban-hop-nhat'],
    ['Nghị quyết', 'nghi-quyet'],
    ['  nghi   quyet ', 'nghi-quyet'],
    ['QĐ', 'quyet-dinh'],
    ['qd', 'quyet-dinh'],
    ['Sao lục', 'sao-luc'],
    ['Đính chính', 'dinh-chinh'],
    ['KẾ HOẠCH', 'ke-hoach'],
  ] as const)('maps %j to %s', (text, value) => {
    expect(documentTypeFromText(text)).toBe(value)
  })

  it.each([null, undefined, '', 'Văn bản khác', 'QH'])('returns null for %j', (text) => {
    expect(documentTypeFromText(text)).toBeNull()
  })

  it('maps every type found in the Công báo catalogue and the corpus', () => {
    const texts = new Set(
      [...congbaoRecords(), ...corpusDocuments()]
        .map((record) => record.loai_van_ban)
        .filter((text): text is string => Boolean(text)),
    )
    const unmapped = [...texts].filter((text) => documentTypeFromText(text) === null)
    expect(unmapped).toEqual([])
    expect(texts.size).toBeGreaterThanOrEqual(19)
  })
})

describe('documentTypeFromAbbreviation', () => {
  it('ignores case and Đ/D but refuses abbreviations shared by several types', () => {
    expect(documentTypeFromAbbreviation('NĐ')).toBe('nghi-dinh')
    expect(documentTypeFromAbbreviation('nd')).toBe('nghi-dinh')
    expect(documentTypeFromAbbreviation('QyĐ')).toBe('quy-dinh')
    expect(documentTypeFromAbbreviation('QH')).toBeNull()
    expect(documentTypeFromAbbreviation('UBND')).toBeNull()
  })
})

describe('effect statuses', () => {
  it('lists the eight statuses with Vietnamese labels', () => {
    expect(EFFECT_STATUSES.map((status) => status.value)).toEqual([
      'con-hieu-luc',
      'chua-co-hieu-luc',
      'het-hieu-luc-mot-phan',
      'het-hieu-luc-toan-bo',
      'ngung-hieu-luc',
      'ngung-hieu-luc-mot-phan',
      'khong-con-phu-hop',
      'chua-xac-dinh',
    ])
    expect(EFFECT_STATUSES[0].label).toBe('Còn hiệu lực')
  })

  it('reads statuses as catalogues write them', () => {
    expect(effectStatusFromText('Còn hiệu lực')).toBe('con-hieu-luc')
    expect(effectStatusFromText('CHƯA CÓ HIỆU LỰC')).toBe('chua-co-hieu-luc')
    expect(effectStatusFromText('Hết hiệu lực')).toBe('het-hieu-luc-toan-bo')
    expect(effectStatusFromText('Hết hiệu lực một phần')).toBe('het-hieu-luc-mot-phan')
    expect(effectStatusFromText('Không rõ')).toBeNull()
    expect(effectStatusFromText(null)).toBeNull()
  })

  it('reads every status in the corpus', () => {
    for (const document of corpusDocuments()) {
      if (document.tinh_trang) expect(effectStatusFromText(document.tinh_trang)).not.toBeNull()
    }
  })
})

describe('relation types', () => {
  it('labels both directions of a relation', () => {
    expect(relationType('can-cu')).toMatchObject({ label: 'Căn cứ', inverseLabel: 'Là căn cứ của' })
    expect(relationType('sua-doi').inverseLabel).toBe('Được sửa đổi, bổ sung bởi')
    expect(relationType('thay-the').inverseLabel).toBe('Bị thay thế bởi')
    expect(relationType('bai-bo').inverseLabel).toBe('Bị bãi bỏ bởi')
    expect(relationType('dinh-chi').inverseLabel).toBe('Bị đình chỉ, ngưng hiệu lực bởi')
    expect(relationType('hop-nhat').inverseLabel).toBe('Được hợp nhất bởi')
    expect(relationType('dinh-chinh').inverseLabel).toBe('Được đính chính bởi')
    expect(relationType('dan-chieu').inverseLabel).toBe('Được dẫn chiếu bởi')
    expect(relationType('huong-dan').label).toBe('Hướng dẫn, quy định chi tiết')
  })

  it('keeps "liên quan" symmetric and all values slugs', () => {
    expect(relationType('lien-quan')).toMatchObject({ label: 'Liên quan', inverseLabel: 'Liên quan' })
    for (const relation of RELATION_TYPES) expect(relation.value).toMatch(SLUG_PATTERN)
    expect(RELATION_TYPES).toHaveLength(10)
  })
})
