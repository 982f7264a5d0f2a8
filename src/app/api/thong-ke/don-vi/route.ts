import { unitExistsResponse } from '@/modules/statistics/server/unit-exists'

/**
 * GET /api/thong-ke/don-vi?id=<unit id> — 200 when the unit exists, 404 when not, 400 for a
 * malformed id. Asked by src/proxy.ts so /thong-ke?don-vi=<unknown> gets a Vietnamese 400 like
 * every other bad filter (units are public: their list is in the page's own filter).
 */
export function GET(request: Request): Promise<Response> {
  return unitExistsResponse(request)
}
