/**
 * Rebuilds the search index from every published document: `npm run search:reindex`.
 * Safe to run at any time (entries are replaced by key).
 */
import { getPayload } from 'payload'
import config from '../src/payload.config'
import { reindexAll } from '../src/modules/search/server/sync'

const started = Date.now()
const payload = await getPayload({ config })
const total = await reindexAll(payload, (m) => console.log(`  · ${m}`))
console.log(`Đã lập chỉ mục ${total} mục trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`)
await payload.db.destroy?.()
process.exit(0)
