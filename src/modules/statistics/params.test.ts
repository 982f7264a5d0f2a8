import { describe, expect, it } from 'vitest'
import { monthsBetween, vietnamMonth } from './months'
import { parseStatsParams, periodLabel, statsSearch } from './params'

// 10:00 on 15/05/2026 in Vietnam
const NOW = new Date('2026-05-15T03:00:00Z')
const parse = (q: string) => parseStatsParams(new URLSearchParams(q), NOW)
const ok = (q: string) => {
  const r = parse(q)
  if (!r.ok) throw new Error(r.message)
  return r.params
}

describe('statistics filters', () => {
  it('defaults to this year in Vietnam time', () => {
    const p = ok('')
    expect(p.preset).toBe('nam-nay')
    expect(p.from.toISOString()).toBe('2025-12-31T17:00:00.000Z')
    expect(p.to.toISOString()).toBe('2026-12-31T17:00:00.000Z')
    expect(periodLabel(p)).toBe('01/01/2026 – 31/12/2026')
  })
  it('knows the half-year, last-year and twelve-month presets', () => {
    expect(periodLabel(ok('ky=6-thang-dau'))).toBe('01/01/2026 – 30/06/2026')
    expect(periodLabel(ok('ky=6-thang-cuoi&nam=2024'))).toBe('01/07/2024 – 31/12/2024')
    expect(periodLabel(ok('ky=nam-truoc'))).toBe('01/01/2025 – 31/12/2025')
    expect(periodLabel(ok('ky=ca-nam&nam=2019'))).toBe('01/01/2019 – 31/12/2019')
    expect(periodLabel(ok('ky=12-thang'))).toBe('01/06/2025 – 15/05/2026')
  })
  it('reads custom dates in both forms, the last day included', () => {
    const p = ok('ky=tuy-chon&tu=01/01/2019&den=2021-12-31')
    expect(p.from.toISOString()).toBe('2018-12-31T17:00:00.000Z')
    expect(p.to.toISOString()).toBe('2021-12-31T17:00:00.000Z')
    expect(statsSearch(p)).toBe('?ky=tuy-chon&tu=2019-01-01&den=2021-12-31')
  })
  it('reads the unit and keeps it in links', () => {
    const p = ok('ky=nam-truoc&don-vi=12')
    expect(p.unitId).toBe(12)
    expect(statsSearch(p)).toBe('?ky=nam-truoc&don-vi=12')
  })
  it('ignores the fields of the form that the chosen preset does not use', () => {
    expect(ok('ky=nam-nay&nam=2020&tu=&den=&don-vi=').unitId).toBeNull()
  })
  it.each([
    ['ky=hom-qua', 'Kỳ thống kê không hợp lệ.'],
    ['ky=tuy-chon&tu=31/02/2026&den=01/03/2026', '"Từ ngày" không phải là một ngày hợp lệ (dd/mm/yyyy).'],
    ['ky=tuy-chon&tu=2026-03-01', 'Hãy nhập cả "Từ ngày" và "Đến ngày" cho kỳ tùy chọn.'],
    ['ky=tuy-chon&tu=2026-03-02&den=2026-03-01', '"Từ ngày" phải trước hoặc bằng "Đến ngày".'],
    ['ky=tuy-chon&tu=2010-01-01&den=2020-01-01', 'Khoảng thời gian thống kê tối đa 10 năm.'],
    ['ky=ca-nam&nam=20x5', 'Năm không hợp lệ (ví dụ: 2025).'],
    ['ky=ca-nam&nam=1800', 'Năm phải từ 1990 đến 2027.'],
    ['don-vi=abc', 'Mã đơn vị không hợp lệ.'],
    ['don-vi=1&don-vi=2', 'Tham số "don-vi" chỉ được có một giá trị.'],
    ['trang=2', 'Tham số "trang" không được hỗ trợ.'],
  ])('refuses %s with a Vietnamese message', (q, message) => {
    expect(parse(q)).toEqual({ ok: false, message })
  })
  it('accepts exactly ten years', () => {
    expect(parse('ky=tuy-chon&tu=2010-01-01&den=2019-12-31').ok).toBe(true)
  })
})

describe('months in Vietnam time', () => {
  it('puts an instant after 17:00 UTC into the next day’s month', () => {
    expect(vietnamMonth('2026-01-31T17:30:00Z')).toBe('2026-02')
  })
  it('lists every month of a period', () => {
    const p = ok('ky=tuy-chon&tu=2025-11-15&den=2026-02-01')
    expect(monthsBetween(p.from, p.to)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
  })
})
