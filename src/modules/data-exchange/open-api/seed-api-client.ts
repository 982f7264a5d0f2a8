import type { Payload } from 'payload'
import { API_CLIENTS_SLUG } from './api-clients'

type Log = (message: string) => void

/** The demo's API client: the national portal following this province's open data. */
export const DEMO_API_CLIENT = { name: 'Cổng PBGDPL quốc gia (mẫu)', rateLimit: 1200 } as const

/**
 * Adds the demo API client. Its key is issued by the collection's hook and deliberately dropped
 * here: it is neither logged nor stored in clear, so a demo key cannot leak through seed output.
 * An administrator gets a usable key by ticking "Cấp khóa mới khi lưu" on the client. Runs as
 * the system (seed work, no visitor); idempotent: skipped when a client of that name exists.
 */
export async function seedApiClient(payload: Payload, log: Log = () => {}): Promise<void> {
  const existing = await payload.count({
    collection: API_CLIENTS_SLUG,
    where: { name: { equals: DEMO_API_CLIENT.name } },
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) return
  await payload.create({
    collection: API_CLIENTS_SLUG,
    data: { name: DEMO_API_CLIENT.name, rateLimit: DEMO_API_CLIENT.rateLimit, active: true },
    overrideAccess: true,
  })
  log(`Khóa API dữ liệu mở: 1 đơn vị mẫu (khóa không in ra; quản trị cấp khóa mới trong trang quản trị)`)
}
