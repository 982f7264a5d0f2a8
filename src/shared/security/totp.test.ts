import { describe, expect, it } from 'vitest'
import { base32Decode, base32Encode, hotp, newTotpSecret, otpauthUri, totpCode, totpStep, verifyTotp } from './totp'
import { openSecret, sealSecret } from './secret-box'

// RFC 6238 appendix B: the SHA-1 key is the ASCII string "12345678901234567890"; the six-digit
// codes are the last six digits of the eight-digit values listed there.
const RFC_KEY = base32Encode(Buffer.from('12345678901234567890'))
const RFC_VECTORS: [number, string][] = [
  [59, '287082'],
  [1111111109, '081804'],
  [1111111111, '050471'],
  [1234567890, '005924'],
  [2000000000, '279037'],
  [20000000000, '353130'],
]

describe('TOTP (RFC 6238)', () => {
  it('gives the RFC test vectors', () => {
    for (const [seconds, code] of RFC_VECTORS) expect(totpCode(RFC_KEY, seconds * 1000)).toBe(code)
  })

  it('round-trips base32 and reads keys as people type them', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255, 7, 8, 9, 10, 11])
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes)
    expect(base32Decode('jbsw y3dp-ehpk3pxp==')).toEqual(base32Decode('JBSWY3DPEHPK3PXP'))
    expect(base32Decode('ABC1')).toBeNull()
    expect(base32Decode('')).toBeNull()
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/)
    expect(newTotpSecret()).not.toBe(newTotpSecret())
  })

  it('accepts one step either side of now, and each step only after the last one used', () => {
    const now = 1_700_000_000_000
    const step = totpStep(now)
    const key = base32Decode(RFC_KEY)!
    expect(verifyTotp(RFC_KEY, hotp(key, step), { nowMs: now })).toBe(step)
    expect(verifyTotp(RFC_KEY, hotp(key, step - 1), { nowMs: now })).toBe(step - 1)
    expect(verifyTotp(RFC_KEY, hotp(key, step + 1), { nowMs: now })).toBe(step + 1)
    expect(verifyTotp(RFC_KEY, hotp(key, step - 2), { nowMs: now })).toBeNull()
    expect(verifyTotp(RFC_KEY, hotp(key, step + 2), { nowMs: now })).toBeNull()
    // Replays: the step used last time, or one before it, is refused.
    expect(verifyTotp(RFC_KEY, hotp(key, step), { nowMs: now, lastStep: step })).toBeNull()
    expect(verifyTotp(RFC_KEY, hotp(key, step - 1), { nowMs: now, lastStep: step - 1 })).toBeNull()
    expect(verifyTotp(RFC_KEY, hotp(key, step + 1), { nowMs: now, lastStep: step })).toBe(step + 1)
    // Spaces are forgiven; anything but six digits is not a code.
    const spaced = hotp(key, step).replace(/^(\d{3})/, '$1 ')
    expect(verifyTotp(RFC_KEY, spaced, { nowMs: now })).toBe(step)
    for (const bad of ['', '12345', '1234567', 'abcdef', '12345a'])
      expect(verifyTotp(RFC_KEY, bad, { nowMs: now })).toBeNull()
    expect(verifyTotp('not base32!', '123456', { nowMs: now })).toBeNull()
  })

  it('writes the otpauth URI authenticator apps read', () => {
    const uri = otpauthUri('JBSWY3DPEHPK3PXP', 'bientap@pbgdpl.local', 'Cổng PBGDPL')
    expect(uri.startsWith(`otpauth://totp/${encodeURIComponent('Cổng PBGDPL:bientap@pbgdpl.local')}?`)).toBe(true)
    const url = new URL(uri)
    expect(url.searchParams.get('secret')).toBe('JBSWY3DPEHPK3PXP')
    expect(url.searchParams.get('issuer')).toBe('Cổng PBGDPL')
    expect(url.searchParams.get('digits')).toBe('6')
    expect(url.searchParams.get('period')).toBe('30')
  })
})

describe('secret box', () => {
  it('seals with AES-GCM and opens only with the same secret and purpose, untampered', () => {
    const sealed = sealSecret('installation-secret', 'totp-key', 'JBSWY3DPEHPK3PXP')
    expect(sealed).toMatch(/^v1:/)
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP')
    expect(sealSecret('installation-secret', 'totp-key', 'JBSWY3DPEHPK3PXP')).not.toBe(sealed)
    expect(openSecret('installation-secret', 'totp-key', sealed)).toBe('JBSWY3DPEHPK3PXP')
    expect(openSecret('another-secret', 'totp-key', sealed)).toBeNull()
    expect(openSecret('installation-secret', 'other-purpose', sealed)).toBeNull()
    const parts = sealed.split(':')
    const body = Buffer.from(parts[3]!, 'base64url')
    body[0] = body[0]! ^ 1
    expect(
      openSecret('installation-secret', 'totp-key', [...parts.slice(0, 3), body.toString('base64url')].join(':')),
    ).toBeNull()
    for (const bad of [null, undefined, '', 'v1:', 'v2:a:b:c', 'v1:!!:!!:!!'])
      expect(openSecret('s', 'p', bad)).toBeNull()
  })
})
