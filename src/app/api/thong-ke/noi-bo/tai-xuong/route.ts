import { statisticsExport } from '@/modules/statistics/server/export-response'

/** GET /api/thong-ke/noi-bo/tai-xuong?… — the managers' dashboard (or one table) as XLSX; staff only. */
export function GET(request: Request): Promise<Response> {
  return statisticsExport(request, 'internal')
}
