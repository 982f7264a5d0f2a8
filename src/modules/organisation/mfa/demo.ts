import type { Payload } from 'payload'
import { sealTotpSecret } from './mfa'
import { requiresMfa } from './policy'
import { DEMO_TOTP_SECRET } from './demo-secret'

export { DEMO_TOTP_SECRET }

/** Enrols every demo account whose role requires it with DEMO_TOTP_SECRET (as the system). */
export async function enrolDemoAccounts(payload: Payload, emails: string[]): Promise<number> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { in: emails } },
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  let enrolled = 0
  for (const user of docs) {
    if (!requiresMfa(user)) continue
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { mfaEnabled: true, mfaSecret: sealTotpSecret(payload, DEMO_TOTP_SECRET), mfaRecoveryCodes: [] },
      overrideAccess: true,
      depth: 0,
      context: { skipAudit: true },
    })
    enrolled++
  }
  return enrolled
}
