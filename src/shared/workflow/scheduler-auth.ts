import { createHmac, timingSafeEqual } from 'node:crypto'
import { currentSecret, secretsToCheck } from '@/shared/security/secrets'

const tokenOf = (secret: string): string => createHmac('sha256', secret).update('publish-scheduled').digest('hex')

/** The token the server's timer sends to its own scheduler endpoint, derived from the secret. */
export function schedulerToken(): string {
  return tokenOf(currentSecret())
}

/** True for the current secret's token, or the previous secret's while a rotation rolls through the instances. */
export function isSchedulerRequest(token: string | null): boolean {
  if (!token) return false
  const given = Buffer.from(token)
  return secretsToCheck().some((secret) => {
    const expected = Buffer.from(tokenOf(secret))
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
}
