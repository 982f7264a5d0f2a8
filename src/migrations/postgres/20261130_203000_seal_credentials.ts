import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { STORED_CREDENTIALS } from '../../modules/data-exchange/credentials'
import { rekeyCredentials, revealCredentials } from '../../shared/security/rekey-credentials'

/**
 * Data only, no schema change: the credentials earlier versions kept in clear (a source portal's
 * API key and webhook secret, webhook subscriptions' signing secrets) are sealed under the
 * installation's secret (docs/security.md, V6). Down puts them back in clear for the older code.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  for (const { collection, fields } of STORED_CREDENTIALS) await rekeyCredentials(payload, collection, fields, { req })
}

export async function down({ payload, req }: MigrateDownArgs): Promise<void> {
  for (const { collection, fields } of STORED_CREDENTIALS) await revealCredentials(payload, collection, fields, { req })
}
