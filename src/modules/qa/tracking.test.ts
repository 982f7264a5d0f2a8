import { describe, expect, it } from 'vitest'
import { createTrackingKey, generateTrackingCode, normaliseTrackingCode, verifyTrackingKey } from './tracking'

describe('question tracking codes and keys', () => {
  it('makes codes with the month of receipt in Vietnam time', () => {
    // 31/10/2026 20:00 UTC is already 1 November in Vietnam.
    expect(generateTrackingCode(new Date('2026-10-31T20:00:00Z'))).toMatch(/^HD-2611-[0-9A-Z]{6}$/)
  })
  it('normalises a code typed in lower case with spaces', () => {
    expect(normaliseTrackingCode(' hd 2611 7q4k9p ')).toBe('HD-2611-7Q4K9P')
    expect(normaliseTrackingCode('HD-26-XX')).toBeNull()
    expect(normaliseTrackingCode(42)).toBeNull()
  })
  it('verifies the key it made and nothing else', () => {
    const { key, hash } = createTrackingKey()
    expect(hash).not.toContain(key)
    expect(verifyTrackingKey({ trackingKeyHash: hash }, key)).toBe(true)
    expect(verifyTrackingKey({ trackingKeyHash: hash }, `${key.slice(0, -1)}x`)).toBe(false)
    expect(verifyTrackingKey({ trackingKeyHash: hash }, undefined)).toBe(false)
    expect(verifyTrackingKey({ trackingKeyHash: null }, key)).toBe(false)
  })
})
