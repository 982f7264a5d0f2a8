import { logPrivacyEvent } from '@/modules/privacy/audit'
import type { Payload } from 'payload'
import { isEditorial, type RoleUser } from '@/shared/access/roles'
import { portalPayload } from '@/shared/content/payload'
import { XLSX_MIME } from '@/shared/xlsx/write'
import {
  applyQuestionImport,
  exportQuestions,
  planQuestionImport,
  questionProblemText,
  questionTemplate,
} from '../xlsx/questions'
import { resultsWorkbook } from './round-report'
import { getRound } from './rounds'

/**
 * The organisers' files: /api/quan-tri/cuoc-thi/cau-hoi/{mau,xuat,nhap} (the question bank) and
 * /api/quan-tri/cuoc-thi/ket-qua/<round id> (a round's results with contact data). Signed-in
 * editorial board only; refusals are Vietnamese JSON.
 */

export const QUESTION_IMPORT_MAX_BYTES = 5 * 1024 * 1024

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } })
const refuse = (status: number, message: string, errors: string[] = []) => json({ ok: false, message, errors }, status)

async function organiser(request: Request): Promise<{ payload: Payload; user: RoleUser } | Response> {
  const payload = await portalPayload()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return refuse(401, 'Hãy đăng nhập trang quản trị.')
  const role = user as unknown as RoleUser
  if (!isEditorial(role)) return refuse(403, 'Chỉ Ban Biên tập (ban tổ chức cuộc thi) được dùng chức năng này.')
  return { payload, user: role }
}

const xlsx = (bytes: Uint8Array, filename: string, cache = 'private, no-store') =>
  new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': XLSX_MIME,
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': cache,
    },
  })

export function questionTemplateResponse(): Response {
  return xlsx(questionTemplate(), 'mau-ngan-hang-cau-hoi.xlsx', 'public, max-age=3600')
}

export async function questionExportResponse(request: Request): Promise<Response> {
  const who = await organiser(request)
  if (who instanceof Response) return who
  return xlsx(await exportQuestions(who.payload, who.user), 'ngan-hang-cau-hoi.xlsx')
}

export async function questionImportResponse(request: Request): Promise<Response> {
  const who = await organiser(request)
  if (who instanceof Response) return who
  if (Number(request.headers.get('content-length') || 0) > QUESTION_IMPORT_MAX_BYTES * 1.1) {
    return refuse(413, 'Tệp quá lớn: tối đa 5 MB.')
  }
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return refuse(400, 'Yêu cầu không hợp lệ: hãy gửi tệp qua biểu mẫu nhập.')
  }
  const file = form.get('file')
  const mode = form.get('mode') === 'import' ? 'import' : 'preview'
  if (!file || typeof file === 'string' || file.size === 0) return refuse(400, 'Hãy chọn tệp XLSX để nhập.')
  if (file.size > QUESTION_IMPORT_MAX_BYTES) return refuse(413, 'Tệp quá lớn: tối đa 5 MB.')
  const plan = await planQuestionImport(who.payload, who.user, new Uint8Array(await file.arrayBuffer()))
  if (!plan.ok) {
    const errors = plan.problems.map(questionProblemText)
    const withRows = plan.problems.some((p) => p.row)
    const message =
      withRows && plan.status === 400
        ? `Tệp có ${errors.length} lỗi; chưa nhập câu hỏi nào. Hãy sửa rồi gửi lại.`
        : (errors[0] ?? 'Tệp không hợp lệ.')
    return refuse(plan.status, message, withRows ? errors : [])
  }
  if (mode === 'preview') {
    return json({
      ok: true,
      mode,
      total: plan.rows.length,
      creates: plan.rows.filter((r) => r.existingId === null).length,
      updates: plan.rows.filter((r) => r.existingId !== null).length,
      rows: plan.rows.slice(0, 200).map((r) => ({
        row: r.row,
        code: r.data.code,
        text: r.data.text.slice(0, 120),
        action: r.existingId === null ? 'create' : 'update',
      })),
    })
  }
  const result = await applyQuestionImport(who.payload, who.user, plan.rows)
  if (!result.ok) {
    const errors = result.problems.map(questionProblemText)
    return refuse(result.status, errors[0] ?? 'Không nhập được tệp.', errors)
  }
  return json({ ok: true, mode, created: result.created, updated: result.updated })
}

export async function resultsExportResponse(request: Request, roundParam: string): Promise<Response> {
  const who = await organiser(request)
  if (who instanceof Response) return who
  if (!/^[1-9][0-9]{0,9}$/.test(roundParam)) return refuse(404, 'Không tìm thấy vòng thi.')
  const round = await getRound(who.payload, roundParam)
  if (!round) return refuse(404, 'Không tìm thấy vòng thi.')
  const bytes = await resultsWorkbook(who.payload, who.user, round.id)
  // The workbook carries contestants' contact data and birth dates: the export is recorded in the
  // personal-data audit trail, like every other disclosure of personal data to staff.
  await logPrivacyEvent(who.payload, {
    user: who.user,
    action: 'export',
    collection: 'contest-rounds',
    documentId: round.id,
    fields: ['fullName', 'birthDate', 'contact', 'school', 'unit'],
    note: 'Xuất kết quả vòng thi (XLSX) kèm thông tin liên hệ người dự thi',
  })
  return xlsx(bytes, `ket-qua-${round.contestSlug || 'cuoc-thi'}-vong-${round.number}.xlsx`)
}
