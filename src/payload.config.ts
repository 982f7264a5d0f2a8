import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { uploadLimitBytes } from './modules/media/hooks/validate-upload'
import { libraryUploadCapBytes } from './modules/media/library/constants'
import { uploadRoot } from './modules/media/collections/media'
import { enforceTextLimits } from './shared/fields/text-limits'
import { withPublicationLog } from './modules/data-exchange/changes/log'
import { withAuditTrail, withGlobalAuditTrail } from './modules/audit'
import { modules, searchableCollections } from './modules'
import { withSearchIndexing } from './modules/search/hooks/index-for-search'
import { chooseDatabase, postgresPoolOptions, tuneSqlite } from './shared/database'
import { smtpAdapter } from './shared/email/smtp-adapter'
import { guardReferencedDeletes } from './shared/fields/delete-guard'
import { viOverrides } from './shared/i18n/vi-overrides'
import {
  OUTAGE_MESSAGE,
  registerDatabasePool,
  registerDatabaseProbe,
  reportDatabaseError,
  type WatchedPool,
} from './shared/ops/db-outage'
import { portalLogger } from './shared/ops/logger'
import { databaseProbe } from './shared/ops/readiness'
import { installMfaGate } from './modules/organisation/mfa/gate'
import { currentSecret } from './shared/security/secrets'
import { checkPayloadVersions } from './shared/storage/payload-versions'
import { uploadStorage } from './shared/storage/upload-storage'

const dirname = path.dirname(fileURLToPath(import.meta.url))
// Payload's package-version check would refuse @payloadcms/storage-s3 3.90.1 (no 3.90.2 exists);
// checkPayloadVersions (onInit, below) does the same check with that exception.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'
const searchable = new Set(searchableCollections().map((s) => s.collection))
const database = chooseDatabase()

export default buildConfig({
  secret: currentSecret(),
  serverURL: process.env.PUBLIC_URL || undefined,
  telemetry: false,
  // JSON lines carrying the request id in production (src/shared/ops/logger.ts).
  logger: portalLogger(),
  editor: lexicalEditor(),
  collections: modules
    .flatMap((m) => m.collections ?? [])
    .map((c) => (searchable.has(c.slug) ? withSearchIndexing(c) : c))
    // Every collection behind an open API type logs its public changes (the change feed, issue 7 §3).
    .map(withPublicationLog)
    // Accounts, keys, connections: who changed what, when and from where (issue 8 §3).
    .map(withAuditTrail),
  globals: modules.flatMap((m) => m.globals ?? []).map(withGlobalAuditTrail),
  // Uploaded files on disk (UPLOAD_DIR), or in an S3-compatible bucket when S3_BUCKET is set
  // (profile B, several instances): src/shared/storage/upload-storage.ts.
  // Then: every text field's maxLength holds behind our own validators too (src/shared/fields/text-limits.ts);
  // a document that a required relationship needs is not deleted (src/shared/fields/delete-guard.ts).
  plugins: [uploadStorage(uploadRoot()), enforceTextLimits, guardReferencedDeletes],
  db:
    database.dialect === 'postgres'
      ? postgresAdapter({
          pool: { connectionString: database.url, ...postgresPoolOptions() },
          push: false,
          migrationDir: path.resolve(dirname, 'migrations/postgres'),
        })
      : sqliteAdapter({
          client: { url: database.url },
          push: false,
          migrationDir: path.resolve(dirname, 'migrations/sqlite'),
        }),
  sharp,
  email: smtpAdapter(),
  // The precise limit is checked with a Vietnamese message by validateUpload; this hard cap only
  // stops the parser from buffering far more than that (the media library takes larger videos).
  upload: { limits: { fileSize: Math.ceil(Math.max(uploadLimitBytes(), libraryUploadCapBytes()) * 1.25) } },
  graphQL: { disable: true },
  i18n: {
    supportedLanguages: { vi },
    fallbackLanguage: 'vi',
    translations: { vi: viOverrides },
  },
  admin: {
    user: 'users',
    avatar: 'default',
    dateFormat: 'dd/MM/yyyy HH:mm',
    meta: { titleSuffix: ' – Quản trị PBGDPL', icons: [{ rel: 'icon', url: '/favicon.svg' }] },
    importMap: { baseDir: dirname },
    components: {
      graphics: { Icon: '@/shared/ui/admin/brand#AdminIcon', Logo: '@/shared/ui/admin/brand#AdminLogo' },
      beforeDashboard: ['@/modules/news/ui/admin/review-queue#ReviewQueue'],
      afterNavLinks: [...modules.flatMap((m) => m.admin?.navLinks ?? []), '@/shared/ui/admin/guide-link#GuideLink'],
      views: Object.assign({}, ...modules.map((m) => m.admin?.views ?? {})),
    },
  },
  // Types are generated on demand (`npm run generate:types`; CI's `check:generated` fails when they
  // are stale). Payload would otherwise start a `payload generate:types` process at every start
  // outside production: in every test file, seed and script, a whole second load of the config.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  // A lost database connection answers 503 (and the portal recovers by itself), never 500:
  // src/shared/ops/db-outage.ts.
  hooks: {
    afterError: [
      ({ error }) =>
        reportDatabaseError(error)
          ? {
              status: 503,
              response: { errors: [{ message: OUTAGE_MESSAGE }] },
            }
          : undefined,
    ],
  },
  onInit: async (payload) => {
    if (process.env.NODE_ENV !== 'production') await checkPayloadVersions()
    if (database.dialect === 'sqlite' && database.file) {
      await tuneSqlite(payload.db, (err) => payload.logger.error({ msg: 'Could not tune SQLite', err }))
    }
    installMfaGate(payload)
    const probe = databaseProbe(payload.db)
    registerDatabaseProbe(probe)
    const pool = (
      payload.db as { pool?: WatchedPool & { on(event: 'error', listener: (err: Error) => void): unknown } }
    ).pool
    pool?.on('error', (err) => {
      reportDatabaseError(err)
    })
    if (pool) registerDatabasePool(pool, probe)
  },
})
