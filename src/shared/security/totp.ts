import crypto from 'node:crypto'

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1, 30-second steps,
 * six digits — what every authenticator app (Google Authenticator, Microsoft Authenticator,
 * FreeOTP, Aegis…) expects from an `otpauth://totp/` key.
 */
export const TOTP_PERIOD_SECONDS = 30
export const TOTP_DIGITS = 6

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31]
  return out
}

/** Decodes a base32 key as people type it (any case, spaces, dashes, padding); null when invalid. */
export function base32Decode(text: string): Buffer | null {
  const clean = text.toUpperCase().replace(/[\s=-]/g, '')
  if (!clean || /[^A-Z2-7]/.test(clean)) return null
  let bits = 0
  let value = 0
  const out: number[] = []
  for (const char of clean) {
    value = (value << 5) | BASE32.indexOf(char)
    bits += 5
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255)
      bits -= 8
    }
  }
  return Buffer.from(out)
}

/** A new random key of 160 bits (RFC 4226's recommended length), base32. */
export function newTotpSecret(): string {
  return base32Encode(crypto.randomBytes(20))
}

/** The step (30-second window since the epoch) that `nowMs` falls in. */
export const totpStep = (nowMs: number): number => Math.floor(nowMs / 1000 / TOTP_PERIOD_SECONDS)

/** The HOTP code of `key` for counter `step`. */
export function hotp(key: Buffer, step: number): string {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(step))
  const mac = crypto.createHmac('sha1', key).update(counter).digest()
  const offset = mac.readUInt8(mac.length - 1) & 0x0f
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** TOTP_DIGITS
  return String(binary).padStart(TOTP_DIGITS, '0')
}

/** The code an authenticator shows for the base32 `secret` at `nowMs`. */
export function totpCode(secret: string, nowMs = Date.now()): string {
  const key = base32Decode(secret)
  if (!key) throw new Error('invalid base32 secret')
  return hotp(key, totpStep(nowMs))
}

/**
 * Checks a typed code against the steps around now (one step either side, for clocks that drift
 * and people who type slowly). Returns the matched step, or null. A step at or before `lastStep`
 * never matches: each code is accepted once (RFC 6238 §5.2).
 */
export function verifyTotp(
  secret: string,
  code: string,
  options: { nowMs?: number; lastStep?: number | null; window?: number } = {},
): number | null {
  const key = base32Decode(secret)
  const typed = code.replace(/\s/g, '')
  if (!key || !/^\d{6}$/.test(typed)) return null
  const now = totpStep(options.nowMs ?? Date.now())
  const window = options.window ?? 1
  let matched: number | null = null
  for (let step = now - window; step <= now + window; step++) {
    if (options.lastStep !== null && options.lastStep !== undefined && step <= options.lastStep) continue
    const expected = Buffer.from(hotp(key, step))
    // Compare every candidate in constant time and do not stop early.
    if (crypto.timingSafeEqual(expected, Buffer.from(typed)) && matched === null) matched = step
  }
  return matched
}

/** The `otpauth://` URI an authenticator app reads from a QR code. */
export function otpauthUri(secret: string, account: string, issuer: string): string {
  const label = encodeURIComponent(`${issuer}:${account}`)
  const params = new URLSearchParams({
    secret,
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_PERIOD_SECONDS),
  })
  return `otpauth://totp/${label}?${params.toString()}`
}
