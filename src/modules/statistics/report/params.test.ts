import { describe, expect, it } from 'vitest'
import { parseReportParams } from './params'

const parse = (qs: string) => parseReportParams(new URLSearchParams(qs), new Date('2026-03-05T03:00:00Z'))

describe('the summary report parameters', () => {
  it('uses the preset programme and its period when the dates are left empty', () => {
    const r = parse('programme=de-an-471&from=&to=&unit=&format=pdf')
    expect(r).toMatchObject({
      ok: true,
      params: { fromDay: '2019-01-01', toDay: '2021-12-31', unitId: null, format: 'pdf' },
    })
    if (r.ok) expect(r.params.programme.name).toBe('Đề án 471')
  })
  it('accepts one year in either date style and a unit', () => {
    expect(parse('programme=de-an-471&from=01/01/2021&to=2021-12-31&unit=12&format=xlsx')).toMatchObject({
      ok: true,
      params: { fromDay: '2021-01-01', toDay: '2021-12-31', unitId: 12, format: 'xlsx' },
    })
  })
  it('takes a typed programme name over the preset, with its own dates', () => {
    const r = parse('programme=de-an-471&ten=K%E1%BA%BF+ho%E1%BA%A1ch+2026&from=2026-01-01&to=2026-06-30')
    expect(r).toMatchObject({ ok: true, params: { programme: { name: 'Kế hoạch 2026', basis: null } } })
    expect(parse('ten=K%E1%BA%BF+ho%E1%BA%A1ch+2026')).toEqual({
      ok: false,
      message: 'Hãy nhập "Từ ngày" và "Đến ngày" của kỳ báo cáo.',
    })
  })
  it('refuses bad input with a Vietnamese message', () => {
    const message = (qs: string) => {
      const r = parse(qs)
      return r.ok ? null : r.message
    }
    expect(message('format=doc')).toBe('Định dạng phải là "pdf" hoặc "xlsx".')
    expect(message('from=31/02/2021&to=2021-12-31')).toBe('"Từ ngày" không hợp lệ (ví dụ: 01/01/2019).')
    expect(message('from=2022-01-01&to=2021-12-31')).toBe('"Từ ngày" phải trước hoặc bằng "Đến ngày".')
    expect(message('from=2000-01-01&to=2021-12-31')).toBe('Kỳ báo cáo không được dài quá 10 năm.')
    expect(message('unit=abc')).toBe('Mã đơn vị không hợp lệ.')
    expect(message('unit=1&unit=2')).toBe('Tham số "unit" chỉ được có một giá trị.')
    expect(message('nam=2021')).toBe('Tham số "nam" không được hỗ trợ.')
    expect(message('ten=%3Cscript%3E&from=2021-01-01&to=2021-12-31')).toBe(
      'Tên chương trình, kế hoạch có ký tự không hợp lệ.',
    )
  })
})
