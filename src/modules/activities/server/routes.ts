import { headers as nextHeaders } from 'next/headers'
import { APIError } from 'payload'
import { portalPayload } from '@/shared/content/payload'
import { XLSX_MIME } from '@/shared/xlsx/write'
import { exportActivities, parseExportFilter } from './export-xlsx'
import { activityFromArticle } from './from-article'

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } })

function failure(error: unknown): Response {
  if (error instanceof APIError && error.status < 500)
    return json({ errors: [{ message: error.message }] }, error.status)
  console.error(error)
  return json({ errors: [{ message: 'Có lỗi khi xử lý yêu cầu, vui lòng thử lại.' }] }, 500)
}

async function signedIn() {
  const payload = await portalPayload()
  const { user } = await payload.auth({ headers: await nextHeaders() })
  return { payload, user }
}

/** POST {article: id} → {id, created}: the activity recorded from a published article. */
export async function postFromArticle(request: Request): Promise<Response> {
  // JSON only: a cross-site form cannot send it without a preflight the server never allows.
  if (!request.headers.get('content-type')?.includes('application/json')) {
    return json({ errors: [{ message: 'Yêu cầu phải gửi dạng JSON.' }] }, 415)
  }
  try {
    const { payload, user } = await signedIn()
    if (!user) return json({ errors: [{ message: 'Hãy đăng nhập để ghi nhận hoạt động.' }] }, 401)
    const body = (await request.json().catch(() => null)) as { article?: unknown } | null
    const article = Number(body?.article)
    const result = await activityFromArticle(payload, user, article)
    return json({ ...result, url: `/admin/collections/activities/${result.id}` }, result.created ? 201 : 200)
  } catch (error) {
    return failure(error)
  }
}

/** GET ?don-vi=&tu-ngay=&den-ngay=&tinh-trang= → the XLSX list, read with the user's rights. */
export async function getExport(request: Request): Promise<Response> {
  try {
    const { payload, user } = await signedIn()
    if (!user) return json({ errors: [{ message: 'Hãy đăng nhập để xuất danh sách hoạt động.' }] }, 401)
    const filter = parseExportFilter(new URL(request.url).searchParams)
    const { bytes } = await exportActivities(payload, user, filter)
    const stamp = new Date().toISOString().slice(0, 10)
    return new Response(Buffer.from(bytes), {
      status: 200,
      headers: {
        'Content-Type': XLSX_MIME,
        'Content-Disposition': `attachment; filename="hoat-dong-pbgdpl-${stamp}.xlsx"`,
        'Cache-Control': 'private, no-store',
      },
    })
  } catch (error) {
    return failure(error)
  }
}
