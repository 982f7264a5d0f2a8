import { createHash } from 'node:crypto'
import { openSecret, sealSecret } from './secret-box'

/**
 * The installation's secret (PAYLOAD_SECRET) and, while it is being replaced, the one before it
 * (PAYLOAD_SECRET_PREVIOUS). What is signed, sealed or hashed now always uses the current secret;
 * checks also accept the previous one, so that cursors held by sync followers, cookies in flight
 * and two-factor keys stored before a rotation keep working until `npm run secret:rotate` has
 * re-sealed what the database keeps and the previous secret is removed (docs/deployment.md).
 */

/** The secret Payload falls back to outside production (src/payload.config.ts). */
export const DEMO_SECRET = 'pbgdpl-demo-secret-change-me-in-production'

/**
 * The current secret, as Payload's config takes it (src/payload.config.ts): PAYLOAD_SECRET when it
 * has at least 16 characters; outside production (development, tests, the production build) the
 * published demo secret otherwise; in production a missing one stops start-up (scripts/preflight.ts
 * says so first, in one Vietnamese line).
 */
export function currentSecret(): string {
  const value = process.env.PAYLOAD_SECRET
  if (value && value.length >= 16) return value
  const building = process.env.NEXT_PHASE === 'phase-production-build'
  if (process.env.NODE_ENV === 'production' && !building && process.env.ALLOW_DEMO_SECRET !== '1') {
    throw new Error('PAYLOAD_SECRET phải được đặt (ít nhất 16 ký tự) khi chạy ở chế độ production.')
  }
  return DEMO_SECRET
}

/** The secret being replaced, when one is set and differs from the current one. */
export function previousSecret(): string | null {
  const previous = process.env.PAYLOAD_SECRET_PREVIOUS?.trim()
  return previous && previous !== process.env.PAYLOAD_SECRET ? previous : null
}

/** The secrets a check accepts, newest first: `current`, then the previous one when set. */
export function secretsToCheck(current: string = currentSecret()): string[] {
  const previous = previousSecret()
  return previous && previous !== current ? [current, previous] : [current]
}

/** Payload's own key for a configured secret (what `payload.secret` holds). */
export const payloadKeyOf = (secret: string): string => createHash('sha256').update(secret).digest('hex').slice(0, 32)

/** What re-keying found in one kind of stored value after a rotation (`npm run secret:rotate`). */
export type RekeyCount = {
  /** already under the current secret */
  current: number
  /** under the previous secret: re-keyed (or, in a dry run, to be re-keyed) */
  rekeyed: number
  /** under neither: left as they are */
  unreadable: number
}

/**
 * Credentials the portal must keep in clear to use them (a peer portal's API key, webhook signing
 * secrets) are stored sealed (AES-256-GCM, src/shared/security/secret-box.ts) under a key derived
 * from the current secret for `purpose`, so that a database dump or a backup does not reveal them.
 */
export const sealCredential = (purpose: string, plain: string): string => sealSecret(currentSecret(), purpose, plain)

/** A sealed value as secret-box writes it: version, 12-byte IV, 16-byte tag, body. */
export const isSealed = (value: string): boolean =>
  /^v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]*$/.test(value)

/**
 * A stored credential in clear: sealed under the current secret or the previous one, or kept in
 * clear by a version before sealing (returned as it is; the upgrade migration seals those). Null
 * when it is missing or sealed under neither secret (it must be entered again).
 */
export function openCredential(purpose: string, stored: string | null | undefined): string | null {
  if (typeof stored !== 'string' || !stored) return null
  if (!isSealed(stored)) return stored
  for (const secret of secretsToCheck()) {
    const plain = openSecret(secret, purpose, stored)
    if (plain !== null) return plain
  }
  return null
}
