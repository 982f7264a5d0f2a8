import { statisticsExport } from '@/modules/statistics/server/export-response'

/** GET /api/thong-ke/tai-xuong?ky=…&bang=… — the public statistics page (or one table) as XLSX. */
export function GET(request: Request): Promise<Response> {
  return statisticsExport(request, 'public')
}
