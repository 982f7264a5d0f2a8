import { describe, expect, it } from 'vitest'
import { normalisePhone, validateAsk, type AskValues } from './validate-question'

const options = { fieldIds: new Set([3, 4]), areaIds: new Set([10]) }
const good: AskValues = {
  name: 'Nguyễn Thị Lan',
  email: 'lan@example.com',
  phone: '',
  field: '3',
  area: '10',
  title: 'Người lao động nghỉ việc có được trả lương những ngày phép chưa nghỉ không?',
  body: 'Tôi làm việc cho một công ty ở Tân An được ba năm, nay nghỉ việc thì công ty có phải thanh toán những ngày phép năm tôi chưa nghỉ không?',
  attachment: '',
  consent: 'on',
}

describe('validateAsk', () => {
  it('accepts a complete question and normalises it', () => {
    const check = validateAsk({ ...good, title: `  ${good.title}  `, area: '' }, options)
    expect(check).toEqual({
      ok: true,
      input: expect.objectContaining({ name: 'Nguyễn Thị Lan', email: 'lan@example.com', field: 3, area: null }),
    })
  })

  it('asks for an email or a phone number', () => {
    const check = validateAsk({ ...good, email: '', phone: '' }, options)
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.errors.email).toMatch(/thư điện tử hoặc số điện thoại/)
  })

  it('refuses a malformed email and phone with Vietnamese messages', () => {
    const check = validateAsk({ ...good, email: 'lan@', phone: '12345' }, options)
    expect(check.ok).toBe(false)
    if (!check.ok) {
      expect(check.errors.email).toMatch(/không hợp lệ/)
      expect(check.errors.phone).toMatch(/không hợp lệ/)
    }
  })

  it('refuses empty, short and oversized text, a missing consent and an unknown field', () => {
    const check = validateAsk(
      { ...good, name: ' ', title: 'x'.repeat(251), body: 'ngắn quá', consent: '', field: '99', area: 'abc' },
      options,
    )
    expect(check.ok).toBe(false)
    if (!check.ok)
      expect(Object.keys(check.errors).sort()).toEqual(['area', 'body', 'consent', 'field', 'name', 'title'])
  })

  it('keeps HTML as plain text rather than refusing it', () => {
    const check = validateAsk({ ...good, body: `${good.body} <script>alert(1)</script>` }, options)
    expect(check.ok && check.input.body.endsWith('<script>alert(1)</script>')).toBe(true)
  })
})

describe('normalisePhone', () => {
  it.each([
    ['0912 345 678', '0912345678'],
    ['+84 912.345.678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0272 3826 456', '02723826456'],
  ])('reads %s as %s', (raw, phone) => expect(normalisePhone(raw)).toBe(phone))

  it.each(['0123', '0612345678', '09123456789', 'abc0912345678', '+1 415 555 0100'])('refuses %s', (raw) =>
    expect(normalisePhone(raw)).toBeNull(),
  )
})
