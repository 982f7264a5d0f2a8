import { describe, expect, it } from 'vitest'
import { eliUri, formatFromAccept, parseAknPath, parseEliPath, provinceCode, workUri } from './uris'

const key = { slug: 'quyet-dinh-25-2024-qd-ubnd', issuedDay: '2024-05-15', national: false, type: 'quyet-dinh' }

describe('permanent identifiers', () => {
  it('derives the province code from the settings name', () => {
    expect(provinceCode('tỉnh Long An')).toBe('longan')
    expect(provinceCode('Thành phố Hồ Chí Minh')).toBe('hochiminh')
    expect(provinceCode('tỉnh Đắk Lắk')).toBe('daklak')
    expect(provinceCode('')).toBe('local')
  })

  it('builds and reads back the AKN and ELI forms', () => {
    expect(workUri(key, 'longan')).toBe('/akn/vn-longan/act/2024-05-15/quyet-dinh-25-2024-qd-ubnd')
    expect(workUri({ ...key, national: true }, 'longan')).toBe('/akn/vn/act/2024-05-15/quyet-dinh-25-2024-qd-ubnd')
    expect(eliUri(key, 'longan')).toBe('/eli/vn-longan/quyet-dinh/2024/05/15/quyet-dinh-25-2024-qd-ubnd')
    const segs = (p: string) => p.split('/').filter(Boolean).slice(1)
    expect(parseAknPath(segs(`${workUri(key, 'longan')}/vie@/main.docx`))).toEqual({
      jurisdiction: 'vn-longan',
      issuedDay: '2024-05-15',
      slug: key.slug,
      format: 'docx',
    })
    expect(parseEliPath(segs(`${eliUri(key, 'longan')}/vie/pdf`))?.format).toBe('pdf')
    expect(parseAknPath(segs('/akn/vn-longan/act/2024-02-30/x'))).toBeNull()
    expect(parseAknPath(segs('/akn/us/act/2024-02-03/x'))).toBeNull()
    expect(parseAknPath(segs('/akn/vn/act/2024-02-03/x/vie@/main.xml/extra'))).toBeNull()
    expect(parseEliPath(segs('/eli/vn/luat/2024/5/1/x'))).toBeNull()
  })

  it('reads the wanted format from Accept; browsers get the page', () => {
    expect(formatFromAccept('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toBeNull()
    expect(formatFromAccept('application/akn+xml')).toBe('xml')
    expect(formatFromAccept('application/pdf')).toBe('pdf')
    expect(formatFromAccept('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('docx')
    expect(formatFromAccept(null)).toBeNull()
  })
})
