import type { PortalModule } from '@/modules/types'
import { ReportPeriods } from './collections/report-periods'
import { UnitReports } from './collections/unit-reports'
import { sendReportReminders } from './server/send-reminders'
import { reportsStatistics } from './statistics'

/** Where the "who has not reported" screen lives, under /admin. */
export const REPORT_STATUS_VIEW_PATH = '/bao-cao/tinh-hinh'

/**
 * Periodic reports (báo cáo định kỳ): administrators define periods and indicators; units fill in
 * their report, pre-filled from their activity records and registries, and submit it; editors
 * accept it or return it with comments; reminders go out before the deadline.
 */
export const reportsModule: PortalModule = {
  name: 'reports',
  collections: [ReportPeriods, UnitReports],
  scheduledTasks: [{ name: 'report-reminders', run: sendReportReminders }],
  statistics: [reportsStatistics],
  admin: {
    views: {
      reportStatus: {
        Component: '@/modules/reports/admin/status-view#ReportStatusView',
        path: REPORT_STATUS_VIEW_PATH,
        exact: true,
        meta: { title: 'Tình hình báo cáo của các đơn vị' },
      },
    },
    navLinks: ['@/modules/reports/admin/status-link#ReportStatusNavLink'],
  },
}
