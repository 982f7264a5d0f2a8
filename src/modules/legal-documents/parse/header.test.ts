import { describe, expect, it } from 'vitest'
import { fold } from '@/shared/text/vietnamese'
import { parseHeader } from './header'
import { corpusDocuments, planFixture } from './test-corpus'

describe('parseHeader on the Long An education plan (issue brief)', () => {
  const header = parseHeader(planFixture())

  it('reads the number with its serial left blank, and reports it', () => {
    expect(header.numberText).toBe('/KH-SGDĐT')
    expect(header.number).toMatchObject({ serial: null, symbol: 'KH-SGDĐT', typeAbbr: 'KH', normalized: '/KH-SGDĐT' })
    expect(header.warnings.some((warning) => /chưa có số thứ tự/.test(warning))).toBe(true)
  })

  it('reads place and month but leaves the date empty because the day is blank', () => {
    expect(header.place).toBe('Long An')
    expect(header.dateParts).toEqual({ day: null, month: 3, year: 2021 })
    expect(header.date).toBeNull()
    expect(header.warnings.some((warning) => /để trống ngày/.test(warning))).toBe(true)
  })

  it('reads type and title', () => {
    expect(header.typeLine).toBe('KẾ HOẠCH')
    expect(header.documentType).toBe('ke-hoach')
    expect(header.title).toBe(
      'Triển khai thực hiện Đề án “Tăng cường ứng dụng công nghệ thông tin trong công tác phổ biến, giáo dục pháp luật giai đoạn 2019 - 2021” ngành GD&ĐT năm 2021',
    )
  })

  it('reports what the copy lacks instead of guessing it', () => {
    expect(header.issuer).toBeNull()
    expect(header.hasNationalMotto).toBe(false)
    expect(header.warnings).toContain('Không thấy tên cơ quan ban hành ở đầu văn bản.')
    expect(header.warnings.some((warning) => /Quốc hiệu/.test(warning))).toBe(true)
  })

  it('reads the signature block without the Markdown bold markers', () => {
    expect(header.signature).toEqual({
      titleLines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      position: 'PHÓ GIÁM ĐỐC',
      signer: 'Lê Thị Song An',
    })
  })

  it('separates body, recipients and appendix', () => {
    expect(header.body.startsWith('Thực hiện Kế hoạch số 952/KH-UBND')).toBe(true)
    expect(header.body.endsWith('nội dung kế hoạch này./.')).toBe(true)
    expect(header.recipients).toHaveLength(12)
    expect(header.recipients[0]).toBe('Vụ Pháp chế Bộ GD&ĐT')
    expect(header.appendix?.startsWith('CẤU TRÚC TRANG THÔNG TIN ĐIỆN TỬ')).toBe(true)
  })
})

describe('parseHeader on small fixtures', () => {
  const twoColumns = [
    'UBND TỈNH LONG AN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'SỞ GIÁO DỤC VÀ ĐÀO TẠO                Độc lập - Tự do - Hạnh phúc',
    '      -------                         ---------------------------',
    'Số: 123/KH-SGDĐT                 Long An, ngày 25 tháng 3 năm 2021',
    '',
    'KẾ HOẠCH',
    'Tuyên truyền, phổ biến pháp luật năm 2021',
    '',
    'I. MỤC ĐÍCH',
    'Nâng cao nhận thức.',
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    '',
    'GIÁM ĐỐC',
    '',
    '',
    'Nguyễn Văn A',
  ].join('\n')

  it('reads a plain-text header whose two columns share lines', () => {
    const header = parseHeader(twoColumns)
    expect(header.issuerLines).toEqual(['UBND TỈNH LONG AN', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'])
    expect(header.issuer).toBe('UBND TỈNH LONG AN SỞ GIÁO DỤC VÀ ĐÀO TẠO')
    expect(header.number?.normalized).toBe('123/KH-SGDĐT')
    expect(header.date).toBe('2021-03-25')
    expect(header.title).toBe('Tuyên truyền, phổ biến pháp luật năm 2021')
    expect(header.recipients).toEqual(['Như trên', 'Lưu: VT'])
    expect(header.signature).toEqual({ titleLines: ['GIÁM ĐỐC'], position: 'GIÁM ĐỐC', signer: 'Nguyễn Văn A' })
    expect(header.warnings).toEqual([])
  })

  it('reads "Hà Nội, ngày 24 tháng 11 năm 2015" and a signer on the title line', () => {
    const header = parseHeader(
      'QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLuật số: 91/2015/QH13\nHà Nội, ngày 24 tháng 11 năm 2015\n\nBỘ LUẬT\nDÂN SỰ\nCăn cứ Hiến pháp;\nĐiều 1. Phạm vi\nNội dung.\n\nCHỦ TỊCH QUỐC HỘI Nguyễn Sinh Hùng\n',
    )
    expect(header).toMatchObject({ place: 'Hà Nội', date: '2015-11-24', documentType: 'bo-luat', title: 'DÂN SỰ' })
    expect(header.signature).toEqual({
      titleLines: ['CHỦ TỊCH QUỐC HỘI'],
      position: 'CHỦ TỊCH QUỐC HỘI',
      signer: 'Nguyễn Sinh Hùng',
    })
    expect(header.body).toBe('Căn cứ Hiến pháp;\nĐiều 1. Phạm vi\nNội dung.')
  })

  it('reports a missing motto and signer name, an impossible date and a type that contradicts the number', () => {
    const header = parseHeader(
      'ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 25/2024/KH-UBND\nLong An, ngày 31 tháng 2 năm 2024\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\nĐiều 1. Ban hành.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n',
    )
    expect(header.date).toBeNull()
    expect(header.signature).toEqual({
      titleLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
      position: 'CHỦ TỊCH',
      signer: null,
    })
    expect(header.warnings).toEqual([
      'Ngày ban hành "Long An, ngày 31 tháng 2 năm 2024" không phải ngày có thật.',
      'Không thấy Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".',
      'Có chức vụ "CHỦ TỊCH" nhưng không thấy họ tên người ký.',
      'Tên loại "Quyết định" không khớp chữ viết tắt "KH" trong số ký hiệu "25/2024/KH-UBND".',
    ])
  })

  it('takes the subject of a công văn from its "V/v" line and says the type is missing', () => {
    const header = parseHeader(
      'BỘ TƯ PHÁP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 123/BTP-PBGDPL\nV/v hướng dẫn tổ chức Ngày Pháp luật\nHà Nội, ngày 05 tháng 10 năm 2024\nKính gửi: Ủy ban nhân dân các tỉnh.\n',
    )
    expect(header.number).toMatchObject({ typeAbbr: null, issuerAbbr: 'BTP-PBGDPL' })
    expect(header.title).toBe('hướng dẫn tổ chức Ngày Pháp luật')
    expect(header.documentType).toBeNull()
    expect(header.warnings.some((warning) => /tên loại văn bản/.test(warning))).toBe(true)
  })

  it('reports a header with no "Số:" and no date', () => {
    const header = parseHeader('KẾ HOẠCH\nNăm 2024\n')
    expect(header.number).toBeNull()
    expect(header.date).toBeNull()
    expect(header.warnings).toContain('Không thấy dòng "Số:" (số ký hiệu) ở đầu văn bản.')
  })
})

describe('parseHeader on documents.jsonl (6 codes, 34 UBTVQH resolutions)', () => {
  const documents = corpusDocuments()
  const results = documents.map((document) => ({ document, header: parseHeader(document.text) }))

  it('agrees with the catalogued number and date for at least 95% of documents', () => {
    // Measured: 40 of 40 agree on both number and date.
    const mismatches = results
      .filter(({ document, header }) => {
        const numberOk = header.number?.normalized === document.so_hieu
        const dateOk = document.ngay_ban_hanh === null || header.date === document.ngay_ban_hanh
        return !(numberOk && dateOk)
      })
      .map(({ document, header }) => `${document.so_hieu}: ${header.number?.normalized} ${header.date}`)
    const rate = (documents.length - mismatches.length) / documents.length
    console.info(`Header number+date: ${documents.length - mismatches.length}/${documents.length} agree`, mismatches)
    expect(documents).toHaveLength(40)
    expect(rate).toBeGreaterThanOrEqual(0.95)
  })

  it('finds the issuer, the type and the signer the catalogue records', () => {
    for (const { document, header } of results) {
      expect(fold(header.issuer ?? ''), document.so_hieu).toBe(fold(document.co_quan_ban_hanh ?? ''))
      expect(header.signature?.signer, document.so_hieu).toBe(document.nguoi_ky)
      expect(header.documentType, document.so_hieu).toMatch(/^(bo-luat|nghi-quyet)$/)
    }
  })

  it('reads the resolutions despite NFD sequences, NBSPs and pandoc tables', () => {
    const resolutions = results.filter(({ document }) => document.so_hieu.includes('UBTVQH'))
    expect(resolutions).toHaveLength(34)
    for (const { document, header } of resolutions) {
      expect(document.text.normalize('NFC')).not.toBe(document.text)
      expect(document.text).toContain('\u00a0')
      expect(`${header.typeLine} ${header.title}`, document.so_hieu).toBe(document.title)
      expect(header.signature?.titleLines).toEqual(['TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'CHỦ TỊCH'])
      expect(header.recipients[0]).toBe('Chính phủ')
      expect(header.body).toMatch(/^ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nCăn cứ Hiến pháp/)
      expect(header.warnings).toEqual([])
    }
  })

  it('reads the codes, whose header is plain text', () => {
    const codes = results.filter(({ document }) => !document.so_hieu.includes('UBTVQH'))
    expect(codes).toHaveLength(6)
    for (const { header } of codes) {
      expect(header.typeLine).toBe('BỘ LUẬT')
      expect(header.body.startsWith('Căn cứ')).toBe(true)
      expect(header.warnings).toEqual([])
    }
  })
})
