import { fileTypeFromBuffer } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'

export const uploadLimitBytes = (): number => Number(process.env.UPLOAD_MAX_BYTES || 20 * 1024 * 1024)

const formatMb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

/** Office formats are ZIP or OLE containers; their sniffed type is checked against the extension. */
const CONTAINER_TYPES: Record<string, string[]> = {
  'application/zip': ['docx', 'xlsx', 'pptx', 'odt', 'ods'],
  'application/x-cfb': ['doc', 'xls', 'ppt'],
}

/**
 * Checks an upload by its content (not its name or declared type) and its size before Payload
 * stores anything, and answers in Vietnamese.
 */
export function validateUpload(args: { allowed: string[]; label: string }): CollectionBeforeOperationHook {
  return async ({ args: opArgs, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return opArgs
    const file = req.file
    if (!file) return opArgs
    if (file.size > uploadLimitBytes()) {
      throw new APIError(`Tệp quá lớn: tối đa ${formatMb(uploadLimitBytes())}.`, 413, null, true)
    }
    const detected = await fileTypeFromBuffer(file.data)
    const ext = (file.name.split('.').pop() ?? '').toLowerCase()
    const mime = detected?.mime ?? ''
    const ok = args.allowed.includes(mime) || (CONTAINER_TYPES[mime]?.includes(ext) ?? false)
    if (!ok) {
      throw new APIError(`Định dạng tệp không được chấp nhận. ${args.label}`, 400, null, true)
    }
    if (mime === 'application/pdf' && !looksLikeCompletePdf(file.data)) {
      throw new APIError(
        'Tệp PDF bị hỏng hoặc không đầy đủ. Vui lòng xuất lại tệp và tải lên lần nữa.',
        400,
        null,
        true,
      )
    }
    return opArgs
  }
}

/** A PDF starts with %PDF- and ends with a cross-reference table and %%EOF (what Payload also checks). */
function looksLikeCompletePdf(data: Buffer): boolean {
  if (!data.subarray(0, 8).toString('latin1').startsWith('%PDF-')) return false
  const tail = data.subarray(Math.max(0, data.length - 1024)).toString('latin1')
  return tail.includes('%%EOF') && tail.includes('xref')
}
