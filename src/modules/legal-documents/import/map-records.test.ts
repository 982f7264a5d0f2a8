import { describe, expect, it } from 'vitest'
import { cleanTitle, mapCongbaoRecord, mapCorpusDocument, personName, resolveType, scopeOf } from './map-records'

const NOW = new Date('2026-11-28T00:00:00Z')

describe('mapping source records', () => {
  it('reads a Công báo record, leaving the status undetermined', () => {
    const mapped = mapCongbaoRecord(
      {
        so_hieu: '68/2010/NĐ-CP',
        loai_van_ban: 'Nghị định',
        co_quan_ban_hanh: 'CHÍNH PHỦ',
        ngay_ban_hanh: '2010-06-15',
        ngay_hieu_luc: '2010-08-01',
        nguoi_ky: 'NGUYỄN TẤN DŨNG',
        trich_yeu: 'quy định về xử phạt vi phạm pháp luật trong lĩnh vực điện lực.',
        cong_bao_so: '374 + 375',
        url: 'https://congbao.chinhphu.vn/van-ban/nghi-dinh-so-68-2010-nd-cp-253.htm',
      },
      NOW,
    )
    expect(mapped).toEqual({
      ok: true,
      warnings: [],
      input: expect.objectContaining({
        number: '68/2010/NĐ-CP',
        type: 'nghi-dinh',
        title: 'Quy định về xử phạt vi phạm pháp luật trong lĩnh vực điện lực',
        signer: 'Nguyễn Tấn Dũng',
        issuedAt: '2010-06-14T17:00:00.000Z',
        effectiveAt: '2010-07-31T17:00:00.000Z',
        status: 'chua-xac-dinh',
        scope: 'toan-quoc',
        congBaoNumber: '374 + 375',
      }),
    })
  })

  it('knows a document is not yet in force from a future effective date', () => {
    const mapped = mapCongbaoRecord(
      {
        so_hieu: '07/2026/QH16',
        loai_van_ban: 'Luật',
        co_quan_ban_hanh: 'QUỐC HỘI',
        ngay_ban_hanh: '2026-06-10',
        ngay_hieu_luc: '2027-01-01',
        trich_yeu: 'Luật thử.',
      },
      NOW,
    )
    expect(mapped.ok && mapped.input.status).toBe('chua-co-hieu-luc')
  })

  it('names every missing part instead of guessing', () => {
    expect(mapCongbaoRecord({ so_hieu: '9166/BTC-TCT', ngay_ban_hanh: '2016-07-01' }, NOW)).toEqual({
      ok: false,
      message: 'thiếu cơ quan ban hành, trích yếu, loại văn bản (số 9166/BTC-TCT).',
    })
  })

  it('normalises NFD text and non-breaking spaces in a full-text record', () => {
    const mapped = mapCorpusDocument(
      {
        so_hieu: '1670/NQ-UBTVQH15',
        loai_van_ban: 'Nghị quyết',
        co_quan_ban_hanh: 'Ủy ban Thường vụ Quốc hội'.normalize('NFD'),
        ngay_ban_hanh: '2025-06-16',
        title: 'NGHỊ QUYẾT VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH LAI CHÂU NĂM 2025',
        tinh_trang: 'Còn hiệu lực',
        metadata_origin: 'source (status as of 2023-06)',
        text: 'Điều\u00a01. Nội dung'.normalize('NFD'),
      },
      NOW,
    )
    expect(mapped.ok).toBe(true)
    if (!mapped.ok) return
    expect(mapped.input.issuer).toBe('Ủy ban Thường vụ Quốc hội')
    expect(mapped.input.text).toBe('Điều 1. Nội dung')
    expect(mapped.input.title).toBe('VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH LAI CHÂU NĂM 2025')
    expect(mapped.input.status).toBe('con-hieu-luc')
    expect(mapped.input.statusNote).toBe('Tình trạng hiệu lực theo nguồn dữ liệu, cập nhật đến tháng 06/2023.')
  })
})

describe('helpers', () => {
  it('reads a code from a law whose title starts with “Bộ luật”', () => {
    expect(resolveType('Luật', '10/2012/QH13', 'Bộ luật Lao động')).toEqual({ type: 'bo-luat' })
  })
  it('takes the type from the number when the source gives none, and says so', () => {
    expect(resolveType(null, '12/VBHN-BCT', 'Nghị định')).toEqual({
      type: 'van-ban-hop-nhat',
      warning: 'không ghi loại văn bản; lấy “Văn bản hợp nhất” theo ký hiệu trong số 12/VBHN-BCT.',
    })
    expect(resolveType(null, '45/2019/QH14', 'Bộ luật')).toEqual({ type: null })
  })
  it('keeps law titles whole and drops a repeated type name from other titles', () => {
    expect(cleanTitle('Luật Bưu chính.', 'luat')).toBe('Luật Bưu chính')
    expect(cleanTitle('Quyết định về việc công bố', 'quyet-dinh')).toBe('Về việc công bố')
  })
  it('writes upper-case names of people in title case', () => {
    expect(personName('TRẦN THANH MẪN')).toBe('Trần Thanh Mẫn')
    expect(personName('Trần Thanh Mẫn')).toBe('Trần Thanh Mẫn')
  })
  it('reads the scope from the issuing body', () => {
    expect(scopeOf('HĐND tỉnh Long An')).toBe('dia-phuong')
    expect(scopeOf('BỘ TƯ PHÁP')).toBe('toan-quoc')
    expect(scopeOf('Hội Luật gia Việt Nam')).toBeNull()
  })
})
