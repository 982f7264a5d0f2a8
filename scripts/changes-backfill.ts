/**
 * Logs `created` for every already-public document of each open API type whose publication log is
 * empty (the change feed's starting point). Idempotent; run by scripts/start.mjs after migrations.
 */
import { getPayload } from 'payload'
import config from '../src/payload.config'
import { backfillPublicationLog } from '../src/modules/data-exchange/changes/log'

const payload = await getPayload({ config })
const written = await backfillPublicationLog(payload)
const total = Object.values(written).reduce((a, b) => a + b, 0)
if (total > 0) console.log(`Nhật ký công bố: đã ghi ${total} mục ban đầu (${Object.keys(written).join(', ')}).`)
await payload.db.destroy?.()
process.exit(0)
