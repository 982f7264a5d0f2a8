import type { Payload } from 'payload'
import { hasRole, isContributor, unitIdOf, type RoleUser } from '@/shared/access/roles'
import { slugify } from '@/shared/text/vietnamese'
import { XLSX_MIME } from '@/shared/xlsx/write'
import { resolveUnitScope } from '../server/collect'
import { buildSummaryReport } from './build'
import { parseReportParams, type ReportParams } from './params'
import { summaryReportPdf } from './pdf'
import { summaryReportXlsx } from './xlsx'

const text = (message: string, status: number) =>
  new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
  })

/** "2019-2021", "2021" or "20210301-20210630" for file names. */
function periodSlug(p: ReportParams): string {
  const fullYears = p.fromDay.endsWith('-01-01') && p.toDay.endsWith('-12-31')
  if (!fullYears) return `${p.fromDay.replace(/-/g, '')}-${p.toDay.replace(/-/g, '')}`
  const [a, b] = [p.fromDay.slice(0, 4), p.toDay.slice(0, 4)]
  return a === b ? a : `${a}-${b}`
}

/**
 * `attachment` with an ASCII name for old clients and the Vietnamese one in RFC 5987 form
 * (`filename*=UTF-8''…`), which every current browser prefers.
 */
export function contentDisposition(name: string, extension: string): string {
  const ascii = `${slugify(name, 100) || 'bao-cao'}.${extension}`
  const utf8 = encodeURIComponent(`${name.normalize('NFC')}.${extension}`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`
}

/** May this user download the report of `unitId` (null: the whole province)? A message if not. */
async function refusal(payload: Payload, user: RoleUser, unitId: number | null): Promise<string | null> {
  if (hasRole(user, 'admin', 'editor-in-chief', 'editor', 'viewer')) return null
  if (!isContributor(user)) return 'Tài khoản của bạn không có quyền lập báo cáo tổng hợp.'
  const own = unitIdOf(user)
  if (own === null) return 'Tài khoản cộng tác viên chưa được gắn với đơn vị nào.'
  if (unitId === null) return 'Cộng tác viên chỉ được lập báo cáo của đơn vị mình: hãy chọn đơn vị của bạn.'
  const scope = await resolveUnitScope(payload, own)
  if (!scope?.unitIds.some((id) => String(id) === String(unitId)))
    return 'Cộng tác viên chỉ được lập báo cáo của đơn vị mình và các đơn vị trực thuộc.'
  return null
}

/**
 * GET /api/thong-ke/bao-cao-tong-hop: the summary report as a PDF or an XLSX file, for the staff
 * who read statistics (administrators, the editorial board, viewers) and for contributors about
 * their own unit. The signed-in user is read from the request's cookie or Authorization header.
 */
export async function summaryReportResponse(request: Request, payload: Payload): Promise<Response> {
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return text('Bạn cần đăng nhập bằng tài khoản cán bộ để tải báo cáo tổng hợp.', 401)
  const parsed = parseReportParams(new URL(request.url).searchParams)
  if (!parsed.ok) return text(parsed.message, 400)
  const p = parsed.params
  try {
    // The contributor's unit is chosen for them when they leave the unit empty.
    const unitId = p.unitId ?? (isContributor(user as RoleUser) ? (unitIdOf(user as RoleUser) as number | null) : null)
    const refused = await refusal(payload, user as RoleUser, unitId)
    if (refused) return text(refused, 403)
    const report = await buildSummaryReport(payload, { ...p, unitId })
    const bytes = p.format === 'pdf' ? await summaryReportPdf(report) : summaryReportXlsx(report)
    const name = `Báo cáo ${p.programme.name} ${periodSlug(p)}${report.unit ? ` ${report.unit.title}` : ''}`
    return new Response(Buffer.from(bytes), {
      status: 200,
      headers: {
        'Content-Type': p.format === 'pdf' ? 'application/pdf' : XLSX_MIME,
        'Content-Disposition': contentDisposition(name, p.format),
        'Cache-Control': 'private, no-store',
      },
    })
  } catch (err) {
    const status = (err as { status?: number }).status
    if (typeof status === 'number' && status >= 400 && status < 500) return text((err as Error).message, status)
    throw err
  }
}
