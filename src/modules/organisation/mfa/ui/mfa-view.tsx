import type { AdminViewServerProps } from 'payload'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { RoleUser } from '@/shared/access/roles'
import { MfaForm } from './mfa-form'
import { safeAdminRedirect } from './redirect'

/**
 * Takes the place of the admin's "unauthorized" view. Payload sends a signed-in person there when
 * `access.admin` refuses them; a session that still owes its two-factor code is refused that way
 * (users.ts), so this is the second sign-in step: enrolment with a QR code the first time, the
 * six-digit code afterwards. Anyone else really has no access, and is told so.
 */
export function MfaView({ initPageResult, searchParams }: AdminViewServerProps) {
  const user = initPageResult.req.user as (RoleUser & { email?: string }) | null
  if (!user) redirect('/admin/login')
  const next = safeAdminRedirect(searchParams?.redirect)
  if (user._mfaPending) {
    return <MfaForm mode={user._mfaPending} email={user.email ?? ''} next={next} />
  }
  return (
    <div className="app-mfa">
      <h1>Không có quyền truy cập</h1>
      <p>Tài khoản {user.email} không có quyền vào trang quản trị này. Vui lòng liên hệ quản trị hệ thống.</p>
      <p>
        <Link className="btn btn--style-primary" href="/admin/logout">
          Đăng xuất
        </Link>
      </p>
    </div>
  )
}
