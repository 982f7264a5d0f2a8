import { describe, expect, it } from 'vitest'
import { formatMeasure, formatNumber } from './format'

describe('Vietnamese number format', () => {
  it('puts dots between thousands and a comma before decimals', () => {
    expect(formatNumber(1234567)).toBe('1.234.567')
    expect(formatNumber(0)).toBe('0')
    expect(formatNumber(999)).toBe('999')
    expect(formatNumber(12.5)).toBe('12,5')
    expect(formatNumber(1234.56, 2)).toBe('1.234,56')
    expect(formatNumber(3.0)).toBe('3')
    expect(formatNumber(-1500)).toBe('-1.500')
    expect(formatNumber(Number.NaN)).toBe('–')
  })
  it('adds the measure', () => {
    expect(formatMeasure(2500, 'người')).toBe('2.500 người')
  })
})
