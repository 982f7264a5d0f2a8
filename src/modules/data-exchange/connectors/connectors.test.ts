import { describe, expect, it } from 'vitest'
import { hostileText, isoDay, normaliseAgency } from './common'
import { parseCsv, splitCsv } from './csv'
import { parseGateway } from './gateway'
import { effectStatusOf, mapSourceRow } from './map-row'

const NOW = new Date('2026-11-29T00:00:00Z')

describe('shared checks', () => {
  it('spells agencies as our catalogue does', () => {
    expect(normaliseAgency('UBND tỉnh Long An')).toBe('Ủy ban nhân dân tỉnh Long An')
    expect(normaliseAgency('HĐND tỉnh Tây Ninh')).toBe('Hội đồng nhân dân tỉnh Tây Ninh')
    expect(normaliseAgency('THỦ TƯỚNG')).toBe('Thủ tướng Chính phủ')
    expect(normaliseAgency('QUỐC HỘI')).toBe('Quốc hội')
    expect(normaliseAgency('Bộ Tư pháp')).toBe('Bộ Tư pháp')
  })

  it('reads days in both spellings and refuses others', () => {
    expect(isoDay('2013-11-29T00:00:00')).toBe('2013-11-29')
    expect(isoDay('4/4/2013')).toBe('2013-04-04')
    expect(isoDay('2013/04/04')).toBeNull()
    expect(isoDay('')).toBeNull()
  })

  it('finds markup, script addresses, control characters and broken encoding', () => {
    expect(hostileText('Luật <b>Đất đai</b>')).toMatch(/thẻ HTML/)
    expect(hostileText('javascript:alert(1)')).toMatch(/javascript/)
    expect(hostileText('Luật\u0007')).toMatch(/điều khiển/)
    expect(hostileText('Lu\ufffdt')).toMatch(/mã hóa/)
    expect(hostileText('Luật số 5 < 7 và 9 > 3')).toBeNull()
  })

  it('maps the statuses catalogues write', () => {
    expect(effectStatusOf('Hết hiệu lực')).toBe('het-hieu-luc-toan-bo')
    expect(effectStatusOf('Còn hiệu lực một phần')).toBe('het-hieu-luc-mot-phan')
    expect(effectStatusOf('Tạm ngưng hiệu lực')).toBe('ngung-hieu-luc')
    expect(effectStatusOf('Đang soạn')).toBeNull()
  })
})

describe('rows', () => {
  it('keys a row without a source id on number + issuer, whatever the spelling', () => {
    const row = { number: '12/2024/QĐ-UBND', type: 'Quyết định', title: 'Quy chế', issuedAt: '2024-03-15' }
    const a = mapSourceRow({ ...row, agency: 'UBND tỉnh Tây Ninh' }, NOW)
    const b = mapSourceRow({ ...row, agency: 'Ủy ban nhân dân tỉnh Tây Ninh' }, NOW)
    expect(a.ok && b.ok && a.sourceKey === b.sourceKey).toBe(true)
  })

  it('refuses an end of effect before the start and a non-web source', () => {
    const mapped = mapSourceRow(
      {
        number: '1/2024/QĐ-UBND',
        type: 'Quyết định',
        title: 'Quy chế',
        agency: 'UBND tỉnh Tây Ninh',
        issuedAt: '2024-01-01',
        effectiveFrom: '2024-02-01',
        effectiveTo: '2024-01-15',
        url: 'ftp://example.vn/a',
      },
      NOW,
    )
    expect(mapped).toEqual({
      ok: false,
      problems: [
        { field: 'url', message: 'phải là địa chỉ http:// hoặc https://.' },
        { field: 'effectiveTo', message: 'ngày hết hiệu lực phải sau ngày có hiệu lực.' },
      ],
    })
  })
})

describe('files', () => {
  it('splits quoted CSV cells with separators, doubled quotes and line breaks', () => {
    expect(splitCsv('a;"b;c";"d ""e""\nf"\r\n1;2;3\n', ';')).toEqual([
      { line: 1, cells: ['a', 'b;c', 'd "e"\nf'] },
      { line: 3, cells: ['1', '2', '3'] },
    ])
    expect(splitCsv('a;"b\n', ';')).toEqual({ error: 'Dòng 1: dấu ngoặc kép mở nhưng không đóng.' })
  })

  it('names the row with too many cells', () => {
    const csv =
      'Số ký hiệu;Loại văn bản;Trích yếu;Cơ quan ban hành;Ngày ban hành\n1/2024/QĐ-UBND;Quyết định;A;UBND tỉnh X;2024-01-01;thừa\n'
    expect(parseCsv(csv, NOW)).toEqual({
      ok: false,
      errors: [{ line: 2, message: 'Dòng 2: có 6 cột, nhiều hơn dòng tiêu đề (5).' }],
    })
  })

  it('refuses a gateway answer without a list, and an empty list', () => {
    expect(parseGateway('{"status":"success"}', NOW)).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/Không thấy danh sách/) }],
    })
    expect(parseGateway('[]', NOW)).toMatchObject({ ok: false, errors: [{ message: 'Tệp không có văn bản nào.' }] })
  })
})
