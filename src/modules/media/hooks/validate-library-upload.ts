import { fileTypeFromBuffer } from 'file-type'
import type { CollectionBeforeOperationHook } from 'payload'
import { userError } from '@/shared/errors'
import { pdfProblem } from '@/shared/security/pdf-check'
import { ensureUploadSpace } from '@/shared/storage/disk-space'
import { FAMILY_LABELS, familyLimitBytes, LIBRARY_FILE_FAMILIES, type LibraryFileFamily } from '../library/constants'

const formatMb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

const ACCEPTED =
  'Thư viện chỉ nhận video MP4 hoặc WebM, âm thanh MP3, M4A hoặc OGG, tài liệu PDF và phụ đề WebVTT (.vtt).'

/** The family of an upload judged by its content, or null when its content is none we accept. */
export async function detectLibraryFamily(data: Buffer, filename: string): Promise<LibraryFileFamily | null> {
  const ext = (filename.split('.').pop() ?? '').toLowerCase()
  const detected = await fileTypeFromBuffer(data)
  // file-type names Ogg Opus "audio/ogg; codecs=opus" in some versions: compare the essence.
  const mime = (detected?.mime ?? '').split(';')[0]!.trim()
  if (!detected || mime === 'text/vtt') return ext === 'vtt' && isWebVtt(data) ? 'captions' : null
  for (const family of ['video', 'audio', 'pdf'] as const) {
    const spec = LIBRARY_FILE_FAMILIES[family]
    if ((spec.mimes as readonly string[]).includes(mime) && (spec.exts as readonly string[]).includes(ext)) {
      return family
    }
  }
  return null
}

/** A WebVTT file: UTF-8 text that starts with "WEBVTT" (after an optional byte-order mark). */
export function isWebVtt(data: Buffer): boolean {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data.subarray(0, 64 * 1024))
  if (text.includes('\uFFFD') || text.includes('\u0000')) return false
  return /^\uFEFF?WEBVTT([ \t].*)?(\r?\n|$)/.test(text)
}

/**
 * Checks an upload to the library by its content, its extension and the size limit of its kind
 * before Payload stores anything, and answers in Vietnamese.
 */
export const validateLibraryUpload: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const family = await detectLibraryFamily(file.data, file.name)
  if (!family) throw userError(`Định dạng tệp không được chấp nhận. ${ACCEPTED}`, 400)
  const limit = familyLimitBytes(family)
  if (file.size > limit || file.data.length > limit) {
    throw userError(`Tệp ${FAMILY_LABELS[family]} quá lớn: tối đa ${formatMb(limit)}.`, 413)
  }
  const problem = family === 'pdf' ? pdfProblem(file.data) : null
  if (problem) throw userError(problem, 400)
  // The declared type is replaced by what the content is, so the stored type can be trusted.
  if (family === 'captions') file.mimetype = 'text/vtt'
  await ensureUploadSpace(collection, file.size)
  return args
}
