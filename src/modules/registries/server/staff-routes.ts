import type { Payload } from 'payload'
import { isEditorial, isStaff, type RoleUser } from '@/shared/access/roles'
import { portalPayload } from '@/shared/content/payload'
import { writeXlsx, XLSX_MIME } from '@/shared/xlsx/write'
import { REGISTRY_KINDS } from '../constants'
import { kindByPath } from '../constants-public'
import { COLUMNS } from '../xlsx/columns'
import { staffExport } from '../xlsx/export'
import { applyImport, planImport, problemText } from '../xlsx/import'

/** The largest XLSX accepted for import. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024
const PREVIEW_ROWS = 200

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } })
const refuse = (status: number, message: string, errors: string[] = []) => json({ ok: false, message, errors }, status)

async function signedIn(request: Request): Promise<{ payload: Payload; user: RoleUser | null }> {
  const payload = await portalPayload()
  const { user } = await payload.auth({ headers: request.headers })
  return { payload, user: user ? (user as unknown as RoleUser) : null }
}

const xlsxResponse = (bytes: Uint8Array, filename: string, cache = 'private, no-store') =>
  new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': XLSX_MIME,
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': cache,
    },
  })

/** GET /api/doi-ngu/mau: the empty template with the header row and one example row. */
export function templateResponse(): Response {
  const example: Record<string, string> = {
    'Họ và tên': 'Nguyễn Văn An',
    'Đội ngũ': REGISTRY_KINDS[0].label,
    Cấp: 'Cấp tỉnh',
    'Đơn vị': 'Sở Tư pháp',
    'Chức vụ': 'Phó Giám đốc',
    'Lĩnh vực': 'Dân sự; Hành chính',
    'Số QĐ công nhận': '125/QĐ-UBND',
    'Ngày QĐ công nhận': '15/03/2024',
    'Cơ quan công nhận': 'Ủy ban nhân dân tỉnh',
    'Tình trạng': 'Đang hoạt động',
  }
  const bytes = writeXlsx([
    {
      name: 'Đội ngũ',
      widths: COLUMNS.map((c) => c.width),
      rows: [
        { cells: COLUMNS.map((c) => c.header), style: 'header' },
        { cells: COLUMNS.map((c) => example[c.header] ?? '') },
      ],
    },
  ])
  return xlsxResponse(bytes, 'mau-nhap-doi-ngu.xlsx', 'public, max-age=3600')
}

/** GET /api/doi-ngu/xuat?doi-ngu=<path>: staff export, with contact columns for those allowed. */
export async function staffExportResponse(request: Request): Promise<Response> {
  const { payload, user } = await signedIn(request)
  if (!user || !isStaff(user)) return refuse(401, 'Hãy đăng nhập trang quản trị để xuất danh sách có thông tin nội bộ.')
  const wanted = new URL(request.url).searchParams.get('doi-ngu')
  const kind = wanted && wanted !== 'tat-ca' ? kindByPath(wanted) : null
  if (wanted && wanted !== 'tat-ca' && !kind) return refuse(400, 'Đội ngũ không hợp lệ.')
  const bytes = await staffExport(payload, user, kind?.value ?? null)
  return xlsxResponse(bytes, `doi-ngu-${kind?.path ?? 'tat-ca'}.xlsx`)
}

/** POST /api/doi-ngu/nhap (multipart: file, mode=preview|import). */
export async function importResponse(request: Request): Promise<Response> {
  const { payload, user } = await signedIn(request)
  if (!user) return refuse(401, 'Hãy đăng nhập trang quản trị.')
  if (!isEditorial(user)) return refuse(403, 'Chỉ Ban Biên tập được nhập danh sách đội ngũ từ tệp.')
  const declared = Number(request.headers.get('content-length') || 0)
  if (declared > IMPORT_MAX_BYTES * 1.1) return refuse(413, 'Tệp quá lớn: tối đa 10 MB.')
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return refuse(400, 'Yêu cầu không hợp lệ: hãy gửi tệp qua biểu mẫu nhập.')
  }
  const file = form.get('file')
  const mode = form.get('mode') === 'import' ? 'import' : 'preview'
  if (!file || typeof file === 'string' || file.size === 0) return refuse(400, 'Hãy chọn tệp XLSX để nhập.')
  if (file.size > IMPORT_MAX_BYTES) return refuse(413, 'Tệp quá lớn: tối đa 10 MB.')
  const bytes = new Uint8Array(await file.arrayBuffer())
  const plan = await planImport(payload, user, bytes)
  if (!plan.ok) {
    const errors = plan.problems.map(problemText)
    const message =
      plan.problems.some((p) => p.row) && plan.status === 400
        ? `Tệp có ${errors.length} lỗi; chưa nhập dòng nào. Hãy sửa rồi gửi lại.`
        : (errors[0] ?? 'Tệp không hợp lệ.')
    return refuse(plan.status, message, plan.problems.some((p) => p.row) ? errors : [])
  }
  if (mode === 'preview') {
    const kindLabel = (k: string) => REGISTRY_KINDS.find((x) => x.value === k)?.label ?? k
    return json({
      ok: true,
      mode,
      total: plan.rows.length,
      creates: plan.rows.filter((r) => r.existingId === null).length,
      updates: plan.rows.filter((r) => r.existingId !== null).length,
      rows: plan.rows.slice(0, PREVIEW_ROWS).map((r) => ({
        row: r.row,
        fullName: r.data.fullName,
        kind: kindLabel(r.data.kind),
        unit: r.unitTitle,
        action: r.existingId === null ? 'create' : 'update',
      })),
    })
  }
  const result = await applyImport(payload, user, plan.rows)
  if (!result.ok) {
    const errors = result.problems.map(problemText)
    return refuse(result.status, errors[0] ?? 'Không nhập được tệp.', errors)
  }
  return json({ ok: true, mode, created: result.created, updated: result.updated })
}
