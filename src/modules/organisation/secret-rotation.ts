import type { Payload, PayloadRequest } from 'payload'
import { recordAuditEvent } from '@/modules/audit/audit'
import { rehashContestContacts } from '@/modules/contests/server/rekey'
import { STORED_CREDENTIALS } from '@/modules/data-exchange/credentials'
import { rekeyCredentials } from '@/shared/security/rekey-credentials'
import { previousSecret, type RekeyCount } from '@/shared/security/secrets'
import { resealMfaKeys } from './mfa/mfa'

/**
 * Replacing the installation's secret (ASVS V6.4): with PAYLOAD_SECRET set to the new secret and
 * PAYLOAD_SECRET_PREVIOUS to the old one, everything the database keeps that depends on the secret
 * is re-keyed under the new one: two-factor keys and the credentials kept for other systems (a
 * peer portal's API key, webhook secrets), all sealed with AES-GCM, and the hashes that find a
 * contestant's entry. Short-lived values (cursors, cookies, codes, proof-of-work challenges) are not
 * stored: checks accept the previous secret for them while it is set. Running it again re-keys
 * nothing more; `dryRun` only counts. docs/deployment.md gives the whole procedure.
 */
export type RotationReport = { mfaKeys: RekeyCount; credentials: RekeyCount; contestContacts: RekeyCount }

export class RotationRefused extends Error {}

export async function rekeyStoredSecrets(
  payload: Payload,
  options: { dryRun?: boolean } = {},
): Promise<RotationReport> {
  if (!previousSecret()) {
    throw new RotationRefused(
      'Chưa đặt PAYLOAD_SECRET_PREVIOUS (khóa bí mật cũ, khác PAYLOAD_SECRET): không có gì để chuyển sang khóa mới.',
    )
  }
  const mfaKeys = await resealMfaKeys(payload, options)
  let credentials: RekeyCount = { current: 0, rekeyed: 0, unreadable: 0 }
  for (const { collection, fields } of STORED_CREDENTIALS) {
    credentials = sum(credentials, await rekeyCredentials(payload, collection, fields, options))
  }
  const contestContacts = await rehashContestContacts(payload, options)
  const report = { mfaKeys, credentials, contestContacts }
  if (!options.dryRun && stillOnPrevious(report) > 0) {
    const req = { payload, headers: new Headers({ 'user-agent': 'npm run secret:rotate' }), context: {}, user: null }
    await recordAuditEvent(req as unknown as PayloadRequest, {
      action: 'secret-rotated',
      user: null,
      collection: 'installation',
      title: rotationSummary(report),
    })
  }
  return report
}

const sum = (a: RekeyCount, b: RekeyCount): RekeyCount => ({
  current: a.current + b.current,
  rekeyed: a.rekeyed + b.rekeyed,
  unreadable: a.unreadable + b.unreadable,
})

/** How many stored values still depend on the previous secret (0: it can be removed). */
export const stillOnPrevious = (report: RotationReport): number =>
  report.mfaKeys.rekeyed + report.credentials.rekeyed + report.contestContacts.rekeyed

export function rotationSummary(report: RotationReport): string {
  return `${report.mfaKeys.rekeyed} khóa xác thực hai bước, ${report.credentials.rekeyed} khóa kết nối hệ thống khác, ${report.contestContacts.rekeyed} người dự thi chuyển sang khóa mới`
}
