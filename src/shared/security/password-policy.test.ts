import { describe, expect, it } from 'vitest'
import { passwordProblem } from './password-policy'

describe('password policy', () => {
  it('accepts long passwords and passphrases of any characters', () => {
    for (const ok of ['Mat-khau-manh-123', 'trời hôm nay xanh lắm', 'correct horse battery staple', 'Bảy chú lùn 7!']) {
      expect(passwordProblem(ok), ok).toBeNull()
    }
  })

  it('refuses short, overlong, common and personal passwords with a Vietnamese reason', () => {
    expect(passwordProblem('Demo@2026')).toMatch(/ít nhất 12 ký tự/)
    expect(passwordProblem('a'.repeat(129))).toMatch(/tối đa 128/)
    expect(passwordProblem('matkhau123456')).toMatch(/quá phổ biến/)
    expect(passwordProblem('Mật-khẩu 123456')).toMatch(/quá phổ biến/)
    expect(passwordProblem('aaaaaaaaaaaaaa')).toMatch(/quá phổ biến/)
    expect(passwordProblem('ababababababab')).toMatch(/quá phổ biến/)
    expect(passwordProblem('bientap-2026-moi', { email: 'bientap@pbgdpl.local' })).toMatch(/tên đăng nhập/)
    expect(passwordProblem('Nguyễn Văn Thành!!', { name: 'Nguyễn Văn Thành' })).toMatch(/họ tên/)
    // Counted in characters, not bytes: twelve Vietnamese letters pass.
    expect(passwordProblem('đường-phố-xá')).toBeNull()
  })
})
