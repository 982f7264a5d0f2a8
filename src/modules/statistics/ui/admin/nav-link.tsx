import Link from 'next/link'
import type { RoleUser } from '@/shared/access/roles'
import { dashboardAccess } from '../../access'

/** "Thống kê, báo cáo" in the admin navigation, for those who may open the dashboard. */
export function StatisticsNavLink({ user }: { user?: RoleUser | null }) {
  if (user !== undefined && !dashboardAccess(user).ok) return null
  return (
    <Link className="nav__link" href="/admin/thong-ke">
      Thống kê, báo cáo
    </Link>
  )
}
