import { createHmac } from 'node:crypto'
import { currentSecret, secretsToCheck } from '@/shared/security/secrets'

/**
 * Keys for the anti-spam checks, derived from PAYLOAD_SECRET so that every copy of the portal
 * agrees without another secret to configure, and one purpose's key never serves another.
 */
type Purpose = 'pow' | 'ip' | 'contact'
const keyOf = (secret: string, purpose: Purpose): Buffer =>
  createHmac('sha256', secret).update(`pbgdpl:antispam:${purpose}`).digest()

export const derivedKey = (purpose: Purpose): Buffer => keyOf(currentSecret(), purpose)

/** The keys a check accepts: the current one, and the previous secret's during a rotation. */
export const derivedKeys = (purpose: Purpose): Buffer[] => secretsToCheck().map((s) => keyOf(s, purpose))

export const hmacHex = (key: Buffer, value: string): string => createHmac('sha256', key).update(value).digest('hex')
