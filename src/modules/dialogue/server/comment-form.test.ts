import { describe, expect, it } from 'vitest'
import { FORM, readCommentForm } from './comment-form'

const form = (values: Record<string, string>): FormData => {
  const f = new FormData()
  for (const [k, v] of Object.entries(values)) f.set(k, v)
  return f
}
const valid = {
  [FORM.name]: 'Nguyễn Văn An',
  [FORM.email]: 'an@example.vn',
  [FORM.body]: 'Đề nghị làm rõ đối tượng được hỗ trợ.',
  [FORM.section]: 'dieu-2',
  [FORM.consent]: 'co',
}

describe('readCommentForm', () => {
  it('accepts a complete comment and normalises the phone number', () => {
    const result = readCommentForm(form({ ...valid, [FORM.phone]: '0912 345.678' }))
    expect(result).toEqual({
      ok: true,
      input: {
        authorName: 'Nguyễn Văn An',
        email: 'an@example.vn',
        phone: '0912345678',
        sectionKey: 'dieu-2',
        body: 'Đề nghị làm rõ đối tượng được hỗ trợ.',
      },
    })
  })
  it('names every problem in Vietnamese', () => {
    const result = readCommentForm(form({ [FORM.email]: 'khong-hop-le', [FORM.phone]: '12ab', [FORM.body]: 'ngắn' }))
    expect(result.ok).toBe(false)
    const messages = result.ok ? [] : result.errors.map((e) => e.message)
    expect(messages).toEqual([
      'Hãy nhập họ và tên.',
      'Thư điện tử không hợp lệ (ví dụ: ten@example.vn).',
      'Số điện thoại không hợp lệ (ví dụ: 0912 345 678).',
      'Nội dung góp ý cần ít nhất 10 ký tự.',
      'Hãy đồng ý với thông báo xử lý dữ liệu cá nhân trước khi gửi.',
    ])
  })
  it('requires some way to reach the commenter and refuses oversized text', () => {
    const result = readCommentForm(form({ ...valid, [FORM.email]: '', [FORM.body]: 'x'.repeat(5001) }))
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([FORM.email, FORM.body])
  })
})
