import { describe, expect, it } from 'vitest'
import { formatCertificateCode, newCertificateCode, normaliseCertificateCode } from './certificate-code'

describe('certificate codes', () => {
  it('are 12 characters that pass their own check, read in any case and with hyphens', () => {
    const code = newCertificateCode()
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/)
    expect(normaliseCertificateCode(code)).toBe(code)
    expect(normaliseCertificateCode(formatCertificateCode(code).toLowerCase())).toBe(code)
  })
  it('refuse a code with one character changed', () => {
    const code = newCertificateCode()
    const other = code[0] === 'A' ? 'B' : 'A'
    expect(normaliseCertificateCode(other + code.slice(1))).toBeNull()
  })
  it('refuse text of the wrong shape', () => {
    expect(normaliseCertificateCode('')).toBeNull()
    expect(normaliseCertificateCode('ABC')).toBeNull()
    expect(normaliseCertificateCode('ABCD-EFGH-!JKL')).toBeNull()
  })
})
