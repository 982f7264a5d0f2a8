import { fileTypeFromBuffer } from 'file-type'
import type { CollectionBeforeOperationHook } from 'payload'
import { userError } from '@/shared/errors'
import { pdfProblem } from '@/shared/security/pdf-check'
import { ensureUploadSpace } from '@/shared/storage/disk-space'

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
  return async ({ args: opArgs, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return opArgs
    const file = req.file
    if (!file) return opArgs
    if (file.size > uploadLimitBytes()) {
      throw userError(`Tệp quá lớn: tối đa ${formatMb(uploadLimitBytes())}.`, 413)
    }
    const detected = await fileTypeFromBuffer(file.data)
    const ext = (file.name.split('.').pop() ?? '').toLowerCase()
    const mime = detected?.mime ?? ''
    const ok = args.allowed.includes(mime) || (CONTAINER_TYPES[mime]?.includes(ext) ?? false)
    if (!ok) {
      throw userError(`Định dạng tệp không được chấp nhận. ${args.label}`, 400)
    }
    const problem = mime === 'application/pdf' ? pdfProblem(file.data) : null
    if (problem) throw userError(problem, 400)
    await ensureUploadSpace(collection, file.size)
    return opArgs
  }
}
