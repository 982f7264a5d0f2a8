import type { PortalModule } from '@/modules/types'
import { ReportPeriods } from './collections/report-periods'
import { UnitReports } from './collections/unit-reports'

/**
 * Periodic reports (báo cáo định kỳ): administrators define periods and indicators; units fill in
 * their report, pre-filled from their activity records and registries, and submit it; editors
 * accept it or return it with comments; reminders go out before the deadline.
 */
export const reportsModule: PortalModule = {
  name: 'reports',
  collections: [ReportPeriods, UnitReports],
}
