import { describe, expect, it } from 'vitest'
import { publicName } from './public-name'

describe('publicName', () => {
  it('shows the initials of a Vietnamese name', () => {
    expect(publicName('Nguyễn Văn An', 3)).toBe('N.V.A.')
    expect(publicName('  đặng thị   ánh ', 1)).toBe('Đ.T.Á.')
  })
  it('falls back to a number when the name has no letters', () => {
    expect(publicName('<>123', 7)).toBe('Người góp ý #7')
  })
})
