import { describe, expect, it } from 'vitest'
import { looksLikePandocMarkdown, normalizeText, toLines } from './text'

/** The header of a UBTVQH resolution as dvhcvn converted it: a pandoc simple table, NFD, NBSP. */
const PANDOC_HEADER = [
  '  ----------------------- -----------------------------------------------',
  '    **ỦY BAN THƯỜNG VỤ\\        **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\',
  '         QUỐC HỘI\\                 Độc lập - Tự do - Hạnh phúc\\',
  '     \\-\\-\\-\\-\\-\\-\\--**            \\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\--**',
  '',
  '   Số: 1654/NQ-UBTVQH15         *Hà Nội, ngày 16 tháng 6 năm 2025*',
  '  ----------------------- -----------------------------------------------',
  '',
  '**\u00a0**',
  '',
  '**NGHỊ QUYẾT**',
  '',
  'VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH THÁI NGUYÊN NĂM',
  '2025',
  '',
  '1\\. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của thị trấn An',
  'Phú thành xã mới có tên gọi là **xã An Phú**.',
].join('\n')

/** The signature row of the same documents: a pandoc grid table, recipients left, signature right. */
const PANDOC_SIGNATURE = [
  '+------------------------------+:-------------------------------------:+',
  '| ***\u00a0***                      | **TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\\      |',
  '|                              | CHỦ TỊCH\\                             |',
  '| ***Nơi nhận:\\***             | \\                                     |',
  '| -Chính phủ;\\                 | \\                                     |',
  '| - Ủy ban TW Mặt trận Tổ quốc | \\                                     |',
  '| Việt Nam;\\                   | Trần Thanh Mẫn**                      |',
  '| - Lưu: HC, PLTP.             |                                       |',
  '+------------------------------+---------------------------------------+',
].join('\n')

const nonEmpty = (lines: string[]) => lines.filter((line) => line !== '')

describe('normalizeText', () => {
  it('composes NFD, makes NBSP plain and maps the Icelandic Ð of legacy fonts to Đ', () => {
    expect(normalizeText('Đie\u0302\u0300u\u00a01')).toBe('Điều 1')
    expect(normalizeText('\u00d0iều 317\r\n')).toBe('Điều 317\n')
    expect(normalizeText('\ufeffQUỐC HỘI\u200b')).toBe('QUỐC HỘI')
  })
})

describe('toLines', () => {
  it('leaves plain text line by line, dropping rules and bold markers', () => {
    expect(toLines('QUỐC HỘI \n-------\n**KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**')).toEqual([
      'QUỐC HỘI',
      '',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
    ])
  })

  it('recognises pandoc Markdown by its artefacts', () => {
    expect(looksLikePandocMarkdown(PANDOC_HEADER)).toBe(true)
    expect(looksLikePandocMarkdown('Điều 1. Phạm vi\n1. Bộ luật này…')).toBe(false)
  })

  it('reads a pandoc header table column by column and re-joins wrapped lines', () => {
    expect(nonEmpty(toLines(PANDOC_HEADER.normalize('NFD')))).toEqual([
      'ỦY BAN THƯỜNG VỤ',
      'QUỐC HỘI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 1654/NQ-UBTVQH15',
      'Hà Nội, ngày 16 tháng 6 năm 2025',
      'NGHỊ QUYẾT',
      'VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH THÁI NGUYÊN NĂM 2025',
      '1. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của thị trấn An Phú thành xã mới có tên gọi là xã An Phú.',
    ])
  })

  it('reads a pandoc grid table column by column, keeping hard breaks and list items', () => {
    const lines = nonEmpty(toLines(`${PANDOC_HEADER}\n\n${PANDOC_SIGNATURE}`))
    const tail = lines.slice(lines.indexOf('Nơi nhận:'))
    expect(tail).toEqual([
      'Nơi nhận:',
      '-Chính phủ;',
      '- Ủy ban TW Mặt trận Tổ quốc Việt Nam;',
      '- Lưu: HC, PLTP.',
      'TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI',
      'CHỦ TỊCH',
      'Trần Thanh Mẫn',
    ])
  })
})
