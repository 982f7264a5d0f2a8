import { describe, expect, it } from 'vitest'
import { parseSearchFilters, searchHref } from './parse-filters'

describe('search filters from the query string', () => {
  it('reads the Vietnamese names of the page and the English names of the API', () => {
    expect(parseSearchFilters({ q: 'đất đai', linh_vuc: 'dat-dai', hieu_luc: 'con-hieu-luc', nam: '2024' })).toEqual({
      ok: true,
      filters: { field: 'dat-dai', status: 'con-hieu-luc', year: 2024 },
    })
    const api = new URLSearchParams('q=x&type=Luật&field=lao-dong&status=het-hieu-luc-mot-phan')
    expect(parseSearchFilters(api)).toEqual({
      ok: true,
      filters: { type: 'Luật', field: 'lao-dong', status: 'het-hieu-luc-mot-phan' },
    })
  })

  it('takes an empty value as no filter', () => {
    expect(parseSearchFilters({ linh_vuc: '', hieu_luc: '' })).toEqual({ ok: true, filters: {} })
  })

  it.each([
    [{ hieu_luc: 'xyz' }, 'Tình trạng hiệu lực “xyz” không hợp lệ.'],
    [{ status: 'Còn hiệu lực' }, 'Tình trạng hiệu lực “Còn hiệu lực” không hợp lệ.'],
    [{ linh_vuc: 'Đất đai' }, 'Lĩnh vực không hợp lệ.'],
    [{ linh_vuc: "a' OR 1=1 --" }, 'Lĩnh vực không hợp lệ.'],
    [{ nhom: 'legal documents' }, 'Nhóm nội dung không hợp lệ.'],
    [{ nam: '12345' }, 'Năm không hợp lệ.'],
    [{ loai: '<script>' }, 'Bộ lọc tìm kiếm không hợp lệ.'],
    [{ hieu_luc: ['con-hieu-luc', 'chua-co-hieu-luc'] }, 'Bộ lọc “Tình trạng hiệu lực” chỉ được có một giá trị.'],
    [{ linh_vuc: 'dat-dai', field: 'lao-dong' }, 'Bộ lọc “Lĩnh vực” chỉ được có một giá trị.'],
  ])('refuses %j with a Vietnamese message', (params, message) => {
    expect(parseSearchFilters(params)).toEqual({ ok: false, message })
  })

  it('builds links that keep the query and every filter, and read back the same', () => {
    const href = searchHref('luật đất đai', { type: 'Luật', field: 'dat-dai', status: 'con-hieu-luc', year: 2024 }, 3)
    const url = new URL(href, 'http://localhost')
    expect(url.pathname).toBe('/tim-kiem')
    expect(url.searchParams.get('q')).toBe('luật đất đai')
    expect(url.searchParams.get('trang')).toBe('3')
    expect(parseSearchFilters(url.searchParams)).toEqual({
      ok: true,
      filters: { type: 'Luật', field: 'dat-dai', status: 'con-hieu-luc', year: 2024 },
    })
    expect(searchHref('a', { field: undefined, status: 'con-hieu-luc' })).toBe('/tim-kiem?q=a&hieu_luc=con-hieu-luc')
  })
})
