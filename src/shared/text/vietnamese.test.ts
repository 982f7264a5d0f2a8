import { describe, expect, it } from 'vitest'
import { fold, foldedWords, formatDate, formatDateTime, nfc, slugify } from './vietnamese'

describe('slugify', () => {
  it('folds tone marks and đ into ASCII', () => {
    expect(slugify('Phổ biến, giáo dục pháp luật về Đất đai')).toBe('pho-bien-giao-duc-phap-luat-ve-dat-dai')
  })
  it('treats decomposed (NFD) input like composed input', () => {
    expect(slugify('Luật Đất đai'.normalize('NFD'))).toBe(slugify('Luật Đất đai'))
  })
  it('drops punctuation and collapses separators', () => {
    expect(slugify('  Hỏi – đáp: “Quyền & nghĩa vụ”?! ')).toBe('hoi-dap-quyen-nghia-vu')
  })
  it('cuts long titles on a word boundary', () => {
    const slug = slugify('Hội nghị triển khai '.repeat(20), 40)
    expect(slug.length).toBeLessThanOrEqual(40)
    expect(slug.endsWith('-')).toBe(false)
  })
  it('returns an empty string when nothing is left', () => {
    expect(slugify('!!!')).toBe('')
  })
})

describe('fold', () => {
  it('makes search diacritics-insensitive', () => {
    expect(fold('ĐẤT ĐAI')).toBe('dat dai')
    expect(fold('Nghị định')).toBe(fold('nghi dinh'))
  })
  it('splits into words', () => {
    expect(foldedWords('Luật số 14/2012/QH13')).toEqual(['luat', 'so', '14', '2012', 'qh13'])
  })
  it('normalises NBSP and NFD', () => {
    expect(nfc('Điều\u00a01')).toBe('Điều 1')
  })
})

describe('formatDate', () => {
  it('shows dd/mm/yyyy in Vietnam time', () => {
    expect(formatDate('2026-01-31T20:00:00Z')).toBe('01/02/2026')
    expect(formatDateTime('2026-01-31T20:05:00Z')).toBe('03:05, 01/02/2026')
  })
  it('returns empty text for missing or invalid dates', () => {
    expect(formatDate(null)).toBe('')
    expect(formatDate('không phải ngày')).toBe('')
  })
})
