/**
 * Loads the demo content. `--if-empty` does nothing when the database already has users.
 * Runs with the same DATABASE_URL as the portal and after migrations.
 */
import { getPayload } from 'payload'
import config from '../src/payload.config'
import { seedDemo } from '../src/modules/demo/seed/seed-demo'
import { backfillPublicationLog } from '../src/modules/data-exchange/changes/log'

const ifEmpty = process.argv.includes('--if-empty')
const started = Date.now()
const payload = await getPayload({ config })
const existing = await payload.count({ collection: 'users', overrideAccess: true })
if (ifEmpty && existing.totalDocs > 0) {
  console.log('Cơ sở dữ liệu đã có dữ liệu: bỏ qua nạp dữ liệu mẫu.')
} else {
  await seedDemo(payload, (m) => console.log(`  · ${m}`))
  // Content seeded with its hooks is logged already; this covers anything written around them.
  await backfillPublicationLog(payload)
  console.log(`Đã nạp dữ liệu mẫu trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`)
}
await payload.db.destroy?.()
process.exit(0)
