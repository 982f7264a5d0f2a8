import type { User } from '@/payload-types'
import { portalPayload } from '@/shared/content/payload'
import { Readable } from 'node:stream'
import { importCongbaoStream } from './congbao'
import { csvTemplate } from './csv'
import { CONNECTOR_FORMATS, importConnectorFile, MAX_IMPORT_BYTES, type ConnectorFormat } from './import-file'
import { ConnectorError } from './types'

const PRIVATE = { 'Cache-Control': 'private, no-store' }
const json = (body: unknown, status = 200) => Response.json(body, { status, headers: PRIVATE })
const refuse = (status: number, message: string, errors: string[] = []) => json({ ok: false, message, errors }, status)

/**
 * POST /api/quan-tri/nhap-van-ban (multipart: file, format=vbpl|csv, mode=preview|import): checks
 * the whole file, then previews the counts (nothing written) or imports every record or none.
 */
export async function connectorImportResponse(request: Request): Promise<Response> {
  const payload = await portalPayload()
  const { user } = await payload.auth({ headers: request.headers })
  const declared = Number(request.headers.get('content-length') || 0)
  if (user && declared > MAX_IMPORT_BYTES * 1.1)
    return refuse(413, 'Tệp lớn hơn 10 MB; hãy chia nhỏ rồi nhập từng phần.')
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return refuse(400, 'Yêu cầu không hợp lệ: hãy gửi tệp qua màn hình nhập văn bản.')
  }
  const file = form.get('file')
  const format = form.get('format')
  const mode = form.get('mode') === 'import' ? 'import' : 'preview'
  if (format === 'congbao') return congbaoUpload(payload, user as User | null, file, mode)
  if (!CONNECTOR_FORMATS.includes(format as ConnectorFormat)) {
    return refuse(
      400,
      'Hãy chọn định dạng tệp: JSON của Cơ sở dữ liệu quốc gia về văn bản pháp luật, JSONL của Công báo hoặc CSV.',
    )
  }
  try {
    if (!file || typeof file === 'string' || file.size === 0) {
      // Who may import is told before what is missing.
      if (!user) throw new ConnectorError('Hãy đăng nhập để nhập dữ liệu.', 401)
      return refuse(400, 'Hãy chọn tệp để nhập.')
    }
    const summary = await importConnectorFile({
      payload,
      user: user as User | null,
      format: format as ConnectorFormat,
      content: Buffer.from(await file.arrayBuffer()),
      dryRun: mode === 'preview',
    })
    return json({
      ok: true,
      mode,
      ...summary,
      warnings: summary.warnings.slice(0, 200).map((w) => `Dòng ${w.line}: ${w.message}`),
    })
  } catch (err) {
    if (err instanceof ConnectorError) {
      return refuse(
        err.status,
        err.issues.length > 1 ? `Tệp có ${err.issues.length} lỗi; không nhập văn bản nào.` : err.message,
        err.issues.slice(0, 200).map((i) => i.message),
      )
    }
    payload.logger.error({ err }, 'connector import failed')
    return refuse(500, 'Máy chủ gặp lỗi khi nhập; chưa ghi văn bản nào. Hãy thử lại sau.')
  }
}

/** GET /api/quan-tri/nhap-van-ban/mau.csv: the CSV template (UTF-8 with BOM, “;”). */
export function csvTemplateResponse(): Response {
  return new Response(csvTemplate(), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="mau-nhap-van-ban.csv"',
      'Cache-Control': 'public, max-age=3600',
    },
  })
}

/**
 * GET /api/tu-sach-phap-luat/sach.json and sach.csv: the published e-books for the national
 * e-legal bookshelf. Public data only; cached briefly.
 */
export async function bookshelfResponse(format: 'json' | 'csv'): Promise<Response> {
  const { bookshelfCsv, bookshelfEntries, bookshelfJson } = await import('./bookshelf')
  const payload = await portalPayload()
  const entries = await bookshelfEntries(payload)
  const headers = {
    'Cache-Control': 'public, max-age=300',
    'Access-Control-Allow-Origin': '*',
    'Content-Disposition': `inline; filename="tu-sach-phap-luat.${format}"`,
  }
  return format === 'csv'
    ? new Response(bookshelfCsv(entries), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } })
    : new Response(bookshelfJson(entries, new Date()), {
        headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
      })
}

/** A Công báo JSONL upload: streamed in batches; bad lines and failed batches are listed. */
async function congbaoUpload(
  payload: Awaited<ReturnType<typeof portalPayload>>,
  user: User | null,
  file: FormDataEntryValue | null,
  mode: 'preview' | 'import',
): Promise<Response> {
  try {
    if (!user) throw new ConnectorError('Hãy đăng nhập để nhập dữ liệu.', 401)
    if (!file || typeof file === 'string' || file.size === 0) return refuse(400, 'Hãy chọn tệp để nhập.')
    if (file.size > MAX_IMPORT_BYTES)
      throw new ConnectorError('Tệp lớn hơn 10 MB; hãy chia nhỏ rồi nhập từng phần.', 413)
    const summary = await importCongbaoStream({
      payload,
      user,
      input: Readable.from(Buffer.from(await file.arrayBuffer())),
      dryRun: mode === 'preview',
    })
    return json({
      ok: true,
      mode,
      total: summary.lines,
      created: summary.created,
      updated: summary.updated,
      unchanged: summary.unchanged,
      errors: [
        ...summary.badLines.map((b) => `${b.message} Bỏ qua dòng này.`),
        ...summary.failedBatches.map((b) => `Dòng ${b.fromLine}–${b.toLine} không được nhập: ${b.message}`),
      ].slice(0, 200),
      warnings: summary.warnings.slice(0, 200).map((w) => `Dòng ${w.line}: ${w.message}`),
    })
  } catch (err) {
    if (err instanceof ConnectorError) return refuse(err.status, err.message)
    payload.logger.error({ err }, 'Công báo import failed')
    return refuse(500, 'Máy chủ gặp lỗi khi nhập. Hãy thử lại sau.')
  }
}
