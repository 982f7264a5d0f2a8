import type { PortalModule } from '@/modules/types'

/**
 * Statistics (issue 5 §4–§5): built on every module's `statistics` providers, never on their
 * collections. The public page lives at /thong-ke (src/app/(frontend)/thong-ke), the XLSX exports
 * under /api/thong-ke; here only the managers' dashboard in the admin. Server code is imported by
 * routes and views directly (this manifest is read by payload.config.ts).
 */
export const statisticsModule: PortalModule = {
  name: 'statistics',
  admin: {
    views: {
      statisticsDashboard: {
        Component: '@/modules/statistics/ui/admin/dashboard-view#StatisticsDashboardView',
        path: '/thong-ke',
        exact: true,
        meta: { title: 'Thống kê, báo cáo' },
      },
    },
    navLinks: ['@/modules/statistics/ui/admin/nav-link#StatisticsNavLink'],
  },
}
