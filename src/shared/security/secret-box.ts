import crypto from 'node:crypto'

/**
 * Encrypts small secrets kept in the database (two-factor keys) with AES-256-GCM, under a key
 * derived from the installation's secret by HKDF for one `purpose`. A database dump alone does not
 * reveal them; changing PAYLOAD_SECRET makes them unreadable (docs/security.md says what to do).
 */
const VERSION = 'v1'

function keyFor(secret: string, purpose: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', secret, 'pbgdpl-secret-box', purpose, 32))
}

export function sealSecret(secret: string, purpose: string, plaintext: string): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', keyFor(secret, purpose), iv)
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  const tag = cipher.getAuthTag()
  return [VERSION, iv.toString('base64url'), tag.toString('base64url'), body.toString('base64url')].join(':')
}

/** The plaintext, or null when the box was tampered with, is malformed or was sealed under another secret. */
export function openSecret(secret: string, purpose: string, sealed: string | null | undefined): string | null {
  if (typeof sealed !== 'string') return null
  const [version, iv, tag, body] = sealed.split(':')
  if (version !== VERSION || !iv || !tag || body === undefined) return null
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', keyFor(secret, purpose), Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}
