import { describe, expect, it } from 'vitest'
import {
  anchorPart,
  isRoman,
  matchChuong,
  matchDieu,
  matchDiem,
  matchKhoan,
  matchMuc,
  matchNumberedSection,
  matchPhan,
  matchRomanSection,
  ordinalValue,
  romanValue,
} from './markers'

describe('ordinals and Roman numerals', () => {
  it.each([
    ['nhất', 1],
    ['hai', 2],
    ['TƯ', 4],
    ['mười', 10],
    ['mười một', 11],
    ['mười lăm', 15],
    ['hai mươi', 20],
    ['hai mươi mốt', 21],
    ['không', null],
  ])('ordinalValue(%j) = %j', (words, value) => {
    expect(ordinalValue(words)).toBe(value)
  })

  it('accepts well-formed Roman numerals only', () => {
    expect(romanValue('XXIII')).toBe(23)
    expect(romanValue('XIV')).toBe(14)
    expect(isRoman('IIII')).toBe(false)
    expect(isRoman('')).toBe(false)
    expect(romanValue('ABC')).toBeNull()
  })

  it('turns numbers into anchor parts', () => {
    expect(anchorPart('đ')).toBe('dd')
    expect(anchorPart('d')).toBe('d')
    expect(anchorPart('II')).toBe('ii')
    expect(anchorPart('2.1')).toBe('2-1')
  })
})

describe('line markers', () => {
  it('reads parts written in words or numerals', () => {
    expect(matchPhan('Phần thứ nhất:QUY ĐỊNH CHUNG')).toEqual({
      number: '1',
      label: 'Phần thứ nhất',
      rest: 'QUY ĐỊNH CHUNG',
    })
    expect(matchPhan('PHẦN THỨ BẢY:THỦ TỤC ĐẶC BIỆT')?.number).toBe('7')
    expect(matchPhan('Phần thứ mười hai')?.number).toBe('12')
    expect(matchPhan('Phần II. CÁC TỘI PHẠM')?.number).toBe('2')
    expect(matchPhan('Phần vốn góp của thành viên')).toBeNull()
    expect(matchPhan('Phần thứ hai của Bộ luật này')).toBeNull()
  })

  it('reads chapters and sections, not sentences that start with the same word', () => {
    expect(matchChuong('Chương I:NHỮNG QUY ĐỊNH CHUNG')).toEqual({
      number: 'I',
      label: 'Chương I',
      rest: 'NHỮNG QUY ĐỊNH CHUNG',
    })
    expect(matchChuong('CHƯƠNG XII')?.rest).toBe('')
    expect(matchChuong('Chương này quy định')).toBeNull()
    expect(matchChuong('Chương II của Luật này')).toBeNull()
    expect(matchMuc('Mục 1. NĂNG LỰC PHÁP LUẬT DÂN SỰ')?.number).toBe('1')
    expect(matchMuc('Mục I. THẨM QUYỀN CỦA TÒA ÁN CÁC CẤP')?.number).toBe('I')
    expect(matchMuc('Mục đích yêu cầu')).toBeNull()
  })

  it('reads articles, clauses and points', () => {
    expect(matchDieu('Điều 1. Phạm vi điều chỉnh')).toEqual({
      number: '1',
      label: 'Điều 1',
      rest: 'Phạm vi điều chỉnh',
    })
    expect(matchDieu('Điều 12: Hiệu lực')?.rest).toBe('Hiệu lực')
    expect(matchDieu('Điều 5a. Điều mới')?.number).toBe('5a')
    expect(matchDieu('Điều 12')?.rest).toBe('')
    expect(matchDieu('Điều 12 của Luật này được sửa đổi')).toBeNull()
    expect(matchKhoan('2. Quyền dân sự')?.number).toBe('2')
    expect(matchKhoan('3.000.000 đồng')).toBeNull()
    expect(matchDiem('đ) Thi tìm hiểu')?.number).toBe('đ')
    expect(matchDiem('(a) không phải')).toBeNull()
  })

  it('reads the numbering of plans', () => {
    expect(matchRomanSection('II. Nội dung thực hiện')?.number).toBe('II')
    expect(matchRomanSection('IIII. Sai')).toBeNull()
    expect(matchNumberedSection('2.1. Tài liệu giới thiệu')?.number).toBe('2.1')
    expect(matchNumberedSection('2.1 Tài liệu giới thiệu')?.number).toBe('2.1')
    expect(matchNumberedSection('2021 là năm')).toBeNull()
  })
})
