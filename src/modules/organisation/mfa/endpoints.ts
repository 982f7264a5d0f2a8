import type { Endpoint, PayloadRequest } from 'payload'
import { isAdmin, type RoleUser } from '@/shared/access/roles'
import { userError } from '@/shared/errors'
import { recordAuditEvent } from '@/modules/audit/audit'
import { beginEnrolment, confirmCode, mfaCookie, renewRecoveryCodes, resetMfa } from './mfa'

type SessionUser = RoleUser & { email?: string | null; _sid?: string }

const signedIn = (req: PayloadRequest): SessionUser => {
  if (!req.user || (req.user as { collection?: string }).collection !== 'users') {
    throw userError('Vui lòng đăng nhập trước.', 401)
  }
  return req.user as unknown as SessionUser
}

async function readBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body = (await req.json?.()) as unknown
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>
  } catch {
    // fall through to the Vietnamese error
  }
  throw userError('Dữ liệu gửi lên không hợp lệ (cần JSON dạng { "code": "123456" }).')
}

const noStore = { 'Cache-Control': 'no-store' }

/** The second sign-in step's API, used by the admin's "Xác thực hai bước" screen and API clients. */
export const mfaEndpoints: Endpoint[] = [
  {
    // A new key to scan (enrolment); answered only to the signed-in person themselves.
    path: '/mfa/setup',
    method: 'post',
    handler: async (req) => {
      const user = signedIn(req)
      const result = await beginEnrolment(req.payload, user, req)
      return Response.json(result, { headers: noStore })
    },
  },
  {
    // The code from the authenticator app (or a recovery code): trusts this session.
    path: '/mfa/verify',
    method: 'post',
    handler: async (req) => {
      const user = signedIn(req)
      const body = await readBody(req)
      const result = await confirmCode(req.payload, user, body.code, req)
      const maxAge = (req.payload.collections.users?.config.auth.tokenExpiration as number | undefined) ?? 8 * 3600
      return Response.json(
        {
          message: result.enrolled
            ? 'Đã bật xác thực hai bước. Hãy cất giữ các mã khôi phục ở nơi an toàn.'
            : 'Xác thực thành công.',
          ...result,
        },
        { headers: { ...noStore, 'Set-Cookie': mfaCookie(result.proof, maxAge) } },
      )
    },
  },
  {
    // Ten new recovery codes for the signed-in person, against a current code; the old ones stop working.
    path: '/mfa/recovery-codes',
    method: 'post',
    handler: async (req) => {
      const user = signedIn(req)
      const body = await readBody(req)
      const recoveryCodes = await renewRecoveryCodes(req.payload, user, body.code, req)
      return Response.json(
        {
          message: 'Đã tạo 10 mã khôi phục mới; các mã cũ không dùng được nữa. Hãy cất giữ chúng ở nơi an toàn.',
          recoveryCodes,
        },
        { headers: noStore },
      )
    },
  },
  {
    // An administrator turns it off for an account (lost phone): they enrol again at next sign-in.
    path: '/:id/mfa-reset',
    method: 'post',
    handler: async (req) => {
      const actor = signedIn(req)
      if (!isAdmin(actor)) throw userError('Chỉ quản trị hệ thống được đặt lại xác thực hai bước.', 403)
      const id = String(req.routeParams?.id ?? '')
      if (!/^\d+$/.test(id)) throw userError('Mã tài khoản không hợp lệ.', 400)
      const target = await req.payload
        .findByID({
          collection: 'users',
          id,
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req,
          disableErrors: true,
        })
        .catch(() => null)
      if (!target) throw userError('Không tìm thấy tài khoản.', 404)
      await resetMfa(req.payload, target.id, req)
      await recordAuditEvent(req, {
        action: 'mfa-reset',
        user: actor,
        documentId: target.id,
        title: (target as { email?: string }).email ?? null,
      })
      return Response.json(
        { message: 'Đã đặt lại xác thực hai bước. Người dùng sẽ đăng ký lại ở lần đăng nhập tới.' },
        { headers: noStore },
      )
    },
  },
]
