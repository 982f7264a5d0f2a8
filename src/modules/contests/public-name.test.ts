import { describe, expect, it } from 'vitest'
import { ageAt, contestPublicName, isMinorAt } from './public-name'

describe('contestPublicName', () => {
  it('shortens a minor’s name to the family name and initials', () => {
    expect(contestPublicName('Nguyễn Văn An', true)).toBe('Nguyễn V. A.')
    expect(contestPublicName('  Trần   thị Mai Anh ', true)).toBe('Trần T. M. A.')
    expect(contestPublicName('Đặng', true)).toBe('Đ.')
  })
  it('keeps an adult’s full name, spaces tidied', () => {
    expect(contestPublicName(' Lê  Hoàng Long ', false)).toBe('Lê Hoàng Long')
  })
})

describe('ageAt / isMinorAt', () => {
  const opens = new Date('2026-09-05T01:00:00Z')
  it('counts a birthday on the opening day as reached', () => {
    expect(ageAt(new Date('2008-09-05'), opens)).toBe(18)
    expect(isMinorAt(new Date('2008-09-05'), opens)).toBe(false)
  })
  it('is a minor the day before the 18th birthday', () => {
    expect(ageAt(new Date('2008-09-06'), opens)).toBe(17)
    expect(isMinorAt(new Date('2008-09-06'), opens)).toBe(true)
  })
})
