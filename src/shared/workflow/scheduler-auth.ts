import { createHmac, timingSafeEqual } from 'node:crypto'

/** The token the server's timer sends to its own scheduler endpoint, derived from the secret. */
export function schedulerToken(): string {
  const secret = process.env.PAYLOAD_SECRET || 'pbgdpl-demo-secret-change-me-in-production'
  return createHmac('sha256', secret).update('publish-scheduled').digest('hex')
}

export function isSchedulerRequest(token: string | null): boolean {
  if (!token) return false
  const expected = Buffer.from(schedulerToken())
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
