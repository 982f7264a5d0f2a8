/**
 * Certificate verification codes: 11 random characters of Crockford's base32 (no I, L, O, U: ≈ 55
 * bits, unguessable) and one check character, shown as XXXX-XXXX-XXXX. Reading is forgiving —
 * any case, with or without hyphens or spaces, O for 0 and I/L for 1 — and a typo fails the
 * check before any database query.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const BODY = 11

function checkChar(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i++) sum += (i + 1) * ALPHABET.indexOf(body[i]!)
  return ALPHABET[sum % 32]!
}

export function newCertificateCode(): string {
  // Web Crypto (not node:crypto) so that src/proxy.ts can import this file; 256 is a multiple of 32.
  const bytes = crypto.getRandomValues(new Uint8Array(BODY))
  let body = ''
  for (const b of bytes) body += ALPHABET[b % 32]
  return body + checkChar(body)
}

/** The canonical 12 characters, or null when the text cannot be a certificate code. */
export function normaliseCertificateCode(input: string): string | null {
  if (input.length > 40) return null
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (s.length !== BODY + 1 || [...s].some((c) => !ALPHABET.includes(c))) return null
  return checkChar(s.slice(0, BODY)) === s[BODY] ? s : null
}

export const formatCertificateCode = (code: string): string => code.replace(/(.{4})(?=.)/g, '$1-')
