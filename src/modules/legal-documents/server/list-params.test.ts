import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS, listHref, parseDocumentListParams } from './list-params'

describe('the query string of /van-ban', () => {
  it('reads every filter', () => {
    expect(
      parseDocumentListParams({
        loai: 'bo-luat',
        'co-quan': 'quoc-hoi',
        nam: '2019',
        'linh-vuc': 'lao-dong',
        'hieu-luc': 'con-hieu-luc',
        'sap-xep': 'hieu-luc',
        trang: '2',
      }),
    ).toEqual({
      ok: true,
      filters: {
        type: 'bo-luat',
        issuer: 'quoc-hoi',
        year: 2019,
        field: 'lao-dong',
        status: 'con-hieu-luc',
        sort: 'hieu-luc',
        page: 2,
      },
    })
  })
  it('ignores unknown parameters and empty values', () => {
    expect(parseDocumentListParams({ utm_source: 'zalo', loai: '' })).toEqual({ ok: true, filters: EMPTY_FILTERS })
  })
  it.each([
    [{ loai: 'sac-lenh' }, 'Loại văn bản “sac-lenh” không có trong danh mục.'],
    [{ 'hieu-luc': 'con' }, 'Tình trạng hiệu lực “con” không hợp lệ.'],
    [{ nam: '19' }, 'Năm ban hành phải là số có bốn chữ số, từ 1945 đến 2100.'],
    [{ 'co-quan': 'Quốc hội' }, 'Cơ quan ban hành không hợp lệ.'],
    [{ trang: '0' }, 'Số trang không hợp lệ.'],
    [{ 'sap-xep': 'cu-nhat' }, 'Cách sắp xếp không hợp lệ.'],
    [{ loai: ['luat', 'bo-luat'] }, 'Tham số “loai” chỉ được có một giá trị.'],
  ])('refuses %o with a Vietnamese message', (params, message) => {
    expect(parseDocumentListParams(params)).toEqual({ ok: false, message })
  })
  it('builds addresses that keep the other filters and drop page 1 and the default sort', () => {
    const filters = { ...EMPTY_FILTERS, type: 'luat', year: 2020, page: 3 }
    expect(listHref(filters)).toBe('/van-ban?loai=luat&nam=2020')
    expect(listHref(filters, { page: 2 })).toBe('/van-ban?loai=luat&nam=2020&trang=2')
    expect(listHref(filters, { type: null, year: null })).toBe('/van-ban')
  })
})
