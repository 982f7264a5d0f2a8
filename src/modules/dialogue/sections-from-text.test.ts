import { describe, expect, it } from 'vitest'
import { sectionsFromText } from './sections-from-text'

describe('sectionsFromText', () => {
  it('splits a draft at each article and keeps the preamble', () => {
    const text = [
      'Dự thảo Nghị quyết quy định mức hỗ trợ',
      '',
      'Điều 1. Phạm vi điều chỉnh',
      'Nghị quyết này quy định mức hỗ trợ.',
      'Điều 2. Đối tượng áp dụng',
      '1. Hộ gia đình.',
      '2. Cá nhân.',
    ].join('\n')
    expect(sectionsFromText(text)).toEqual([
      { key: 'mo-dau', heading: 'Phần mở đầu', body: 'Dự thảo Nghị quyết quy định mức hỗ trợ' },
      { key: 'dieu-1', heading: 'Điều 1. Phạm vi điều chỉnh', body: 'Nghị quyết này quy định mức hỗ trợ.' },
      { key: 'dieu-2', heading: 'Điều 2. Đối tượng áp dụng', body: '1. Hộ gia đình.\n2. Cá nhân.' },
    ])
  })
  it('makes one section of a text without articles, and none of an empty text', () => {
    expect(sectionsFromText('Chính sách hỗ trợ nông dân.')).toEqual([
      { key: 'toan-bo', heading: 'Toàn bộ nội dung', body: 'Chính sách hỗ trợ nông dân.' },
    ])
    expect(sectionsFromText('  \n ')).toEqual([])
  })
  it('keeps keys unique when an article number repeats', () => {
    const keys = sectionsFromText('Điều 1. A\nx\nĐiều 1. B\ny').map((s) => s.key)
    expect(keys).toEqual(['dieu-1', 'dieu-1-2'])
  })
})
