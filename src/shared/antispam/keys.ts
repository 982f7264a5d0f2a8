import { createHmac } from 'node:crypto'

/**
 * Keys for the anti-spam checks, derived from PAYLOAD_SECRET so that every copy of the portal
 * agrees without another secret to configure, and one purpose's key never serves another.
 */
export function derivedKey(purpose: 'pow' | 'ip' | 'contact'): Buffer {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is not set')
  return createHmac('sha256', secret).update(`pbgdpl:antispam:${purpose}`).digest()
}

export const hmacHex = (key: Buffer, value: string): string => createHmac('sha256', key).update(value).digest('hex')
