import { getExport } from '@/modules/activities/server/routes'

export const dynamic = 'force-dynamic'

/** The activities list as XLSX for staff (a contributor gets their unit's records only). */
export function GET(request: Request) {
  return getExport(request)
}
