import { describe, expect, it } from 'vitest'
import { libraryListHref, parseLibraryParams } from './library-params'

describe('parseLibraryParams', () => {
  it('reads kind, field, audience and page', () => {
    expect(
      parseLibraryParams({ loai: 'am-thanh', 'linh-vuc': 'lao-dong', 'doi-tuong': 'hoc-sinh', trang: '2' }),
    ).toEqual({ ok: true, filters: { kind: 'audio', field: 'lao-dong', audience: 'hoc-sinh', page: 2 } })
    expect(parseLibraryParams({})).toEqual({
      ok: true,
      filters: { kind: null, field: null, audience: null, page: 1 },
    })
  })

  it.each([
    [{ loai: 'phim' }, 'Loại tài liệu không hợp lệ.'],
    [{ 'linh-vuc': 'Lao Động' }, 'Lĩnh vực không hợp lệ.'],
    [{ 'doi-tuong': '<script>' }, 'Đối tượng không hợp lệ.'],
    [{ trang: '0' }, 'Số trang không hợp lệ.'],
    [{ trang: '1e3' }, 'Số trang không hợp lệ.'],
    [{ loai: ['video', 'am-thanh'] }, 'Mỗi tiêu chí lọc chỉ được chọn một giá trị.'],
  ])('refuses %j', (params, message) => {
    expect(parseLibraryParams(params)).toEqual({ ok: false, message })
  })

  it('builds list addresses that read back the same filters', () => {
    const href = libraryListHref({ kind: 'ebook', field: 'lao-dong', audience: null }, 3)
    expect(href).toBe('/thu-vien?loai=sach-dien-tu&linh-vuc=lao-dong&trang=3')
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams)
    expect(parseLibraryParams(params)).toEqual({
      ok: true,
      filters: { kind: 'ebook', field: 'lao-dong', audience: null, page: 3 },
    })
  })
})
