import type { Payload } from 'payload'
import { loadMfaState, mfaProof, sealTotpSecret } from '@/modules/organisation/mfa/mfa'
import { requiresMfa } from '@/modules/organisation/mfa/policy'

/** The authenticator key test accounts are enrolled with when they first sign in here. */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

/**
 * The headers of a REST client signed in as `email` through Payload's real login: the JWT and, for
 * roles that need two-factor authentication, the session's proof — as the portal issues it after a
 * valid code (tests/int/mfa.int.test.ts goes through the codes themselves). An account that has not
 * enrolled yet is enrolled with TEST_TOTP_SECRET, as the system.
 */
export async function sessionHeaders(
  payload: Payload,
  email: string,
  password: string,
): Promise<Record<string, string>> {
  const login = await payload.login({ collection: 'users', data: { email, password } })
  const token = login.token ?? ''
  const headers: Record<string, string> = { Authorization: `JWT ${token}` }
  const user = login.user as { id: number; role?: string }
  if (!requiresMfa(user)) return headers
  let state = await loadMfaState(payload, user.id)
  if (!state.enabled || !state.secret) {
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { mfaEnabled: true, mfaSecret: sealTotpSecret(payload, TEST_TOTP_SECRET) },
      overrideAccess: true,
      context: { skipAudit: true },
    })
    state = await loadMfaState(payload, user.id)
  }
  const { sid } = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sid: string }
  headers['X-MFA-Proof'] = mfaProof(payload, user.id, sid, state.secret as string)
  return headers
}
